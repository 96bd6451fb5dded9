import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import type { FormBody, Parsed } from '../../platform/form.js'
import { formText } from '../../platform/form.js'
import { hasOwnRegistration, insertListingChoice, listingChoices } from './listing.repository.js'

/** A person's listing: whether they are listed now, and every choice they made. */
export interface Listing {
  listed: boolean
  history: { listed: boolean; chosenAt: Date }[]
}

/** The listing of a person with a registration of their own; undefined for anyone else. */
export async function listingOf(db: Kysely<DB>, personId: string): Promise<Listing | undefined> {
  if (!(await hasOwnRegistration(db, personId))) return undefined
  const rows = await listingChoices(db, personId)
  return {
    listed: rows[0]?.listed ?? false,
    history: rows.map((r) => ({ listed: r.listed, chosenAt: r.chosen_at })),
  }
}

export type ListingProblem = 'listing.error.required'

/** The form: `listed` is yes or no; anything else is tampering, refused before this. */
export function parseListing(body: FormBody): Parsed<boolean, ListingProblem> {
  const v = formText(body, 'listed')
  if (v === 'yes' || v === 'no') return { ok: true, value: v === 'yes' }
  return { ok: false, problems: [{ field: 'listed', key: 'listing.error.required' }], values: {} }
}

/** True when the form sent a value the page never offers. */
export function tamperedListing(body: FormBody): boolean {
  const v = body.listed
  return v !== undefined && v !== '' && v !== 'yes' && v !== 'no'
}

/** Records the person's choice with its audit event, in one transaction. */
export async function chooseListing(
  db: Kysely<DB>,
  personId: string,
  listed: boolean,
  requestId: string,
): Promise<Buffer> {
  return db.transaction().execute(async (trx) => {
    const hmac = await insertListingChoice(trx, personId, listed)
    await recordAudit(trx, {
      actorType: 'registrant',
      actorId: personId,
      action: listed ? 'registration_check.listed' : 'registration_check.unlisted',
      subjectType: 'person',
      subjectId: personId,
      requestId,
    })
    return hmac
  })
}
