import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'

/**
 * What acting for a company reads about the parties: the company's row, its registration's
 * status, and the person's own sign-in verification.
 */

/** The company known by a 13-digit juristic ID. */
export async function findJuristicPerson(db: Kysely<DB>, juristicId: string) {
  return db
    .selectFrom('juristic_persons')
    .select('id')
    .where('juristic_id', '=', juristicId)
    .executeTakeFirst()
}

/** The status of a company's newest registration, or null when it has none. */
export async function companyRegistrationStatus(db: Kysely<DB>, juristicPersonId: string) {
  const reg = await db
    .selectFrom('registrations')
    .select('status')
    .where('juristic_person_id', '=', juristicPersonId)
    .orderBy('created_at', 'desc')
    .executeTakeFirst()
  return reg?.status ?? null
}

/** The company's registrations, newest first: what its page lists and acts on. */
export async function companyRegistrations(db: Kysely<DB>, juristicPersonId: string) {
  return db
    .selectFrom('registrations')
    .select(['id', 'kind', 'status', 'valid_until as validUntil'])
    .where('juristic_person_id', '=', juristicPersonId)
    .orderBy('created_at', 'desc')
    .execute()
}

/** The person's newest completed verification: a director's signature on a grant they start. */
export async function latestVerification(db: Kysely<DB>, personId: string) {
  return db
    .selectFrom('identity_verifications')
    .select(['id', 'completed_at'])
    .where('person_id', '=', personId)
    .where('status', '=', 'verified')
    .orderBy('completed_at', 'desc')
    .limit(1)
    .executeTakeFirst()
}
