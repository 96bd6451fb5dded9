import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'

/**
 * The address a person's sign-in is told to, or undefined when they may not sign in: their
 * own newest registration, else a registration they signed as a director, else a grant of
 * authority they hold. Every read is scoped to that person.
 */
export async function signInAddress(db: Kysely<DB>, personId: string): Promise<string | undefined> {
  const own = await db
    .selectFrom('registrations')
    .select(['email'])
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .executeTakeFirst()
  if (own) return own.email
  const signed = await db
    .selectFrom('application_signers as s')
    .innerJoin('applications as a', 'a.id', 's.application_id')
    .innerJoin('registrations as r', 'r.application_id', 'a.id')
    .select(['r.email'])
    .where('s.person_id', '=', personId)
    .where('s.status', '=', 'verified')
    .orderBy('r.created_at', 'desc')
    .executeTakeFirst()
  if (signed) return signed.email
  const held = await db
    .selectFrom('authority_grants')
    .select(['grantee_email as email'])
    .where('grantee_person_id', '=', personId)
    .where('status', '=', 'active')
    .orderBy('created_at', 'desc')
    .executeTakeFirst()
  return held?.email
}

/**
 * One statement (one pool connection): the person, their newest profile and their
 * registrations, newest first; no rows when the person does not exist.
 */
export async function accountRows(db: Kysely<DB>, personId: string) {
  return db
    .selectFrom('natural_persons as p')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('person_profiles')
          .select([
            'title_th',
            'first_name_th',
            'middle_name_th',
            'last_name_th',
            'title_en',
            'first_name_en',
            'middle_name_en',
            'last_name_en',
          ])
          .whereRef('person_id', '=', 'p.id')
          .orderBy('effective_from', 'desc')
          .limit(1)
          .as('pp'),
      (join) => join.onTrue(),
    )
    .leftJoin('registrations as r', 'r.person_id', 'p.id')
    .leftJoin('decisions as d', 'd.id', 'r.decision_id')
    .select([
      'p.national_id_enc',
      'p.national_id_enc_key_id',
      'pp.title_th',
      'pp.first_name_th',
      'pp.middle_name_th',
      'pp.last_name_th',
      'pp.title_en',
      'pp.first_name_en',
      'pp.middle_name_en',
      'pp.last_name_en',
      'r.id',
      'r.kind',
      'r.status',
      'r.valid_from',
      'r.valid_until',
      'r.last_activity_at',
      'r.created_at',
      (eb) => eb.fn.coalesce('r.latest_receipt_id', 'd.receipt_id').as('receipt_id'),
    ])
    .where('p.id', '=', personId)
    .orderBy('r.created_at', 'desc')
    .execute()
}
