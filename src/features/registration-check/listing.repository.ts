import type { Kysely } from 'kysely'
import type { DB, RegistrationCheckTables } from '../../platform/db/schema.js'
import { newId } from '../../platform/ids.js'

const tables = (db: Kysely<DB>) => db.withTables<RegistrationCheckTables>()

/** A person's choices to be listed, newest first (the first one counts). */
export function listingChoices(db: Kysely<DB>, personId: string) {
  return tables(db)
    .selectFrom('public_listing_choices')
    .select(['listed', 'chosen_at'])
    .where('person_id', '=', personId)
    .orderBy('chosen_at', 'desc')
    .orderBy('id', 'desc')
    .limit(50)
    .execute()
}

/** Records a choice; returns the person's keyed hash (to drop their cached answer). */
export async function insertListingChoice(db: Kysely<DB>, personId: string, listed: boolean) {
  await tables(db)
    .insertInto('public_listing_choices')
    .values({ id: newId(), person_id: personId, listed })
    .execute()
  const p = await db
    .selectFrom('natural_persons')
    .select(['national_id_hmac'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow()
  return p.national_id_hmac
}

/** True when the person holds a registration of their own (only they have a number to list). */
export async function hasOwnRegistration(db: Kysely<DB>, personId: string): Promise<boolean> {
  const r = await db
    .selectFrom('registrations')
    .select('id')
    .where('person_id', '=', personId)
    .limit(1)
    .executeTakeFirst()
  return r !== undefined
}
