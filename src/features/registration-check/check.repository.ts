import type { Kysely } from 'kysely'
import type { DB, RegistrationCheckTables } from '../../platform/db/schema.js'

// The only SQL of the public check. Both reads run for every question, whatever the number
// looks like, so that a person's number costs the same work whether they are listed or not.

/** The registrations of these companies, any status, newest first, with DBD's newest record. */
export async function companyRegistrations(db: Kysely<DB>, juristicIds: string[]) {
  if (juristicIds.length === 0) return []
  return db
    .selectFrom('juristic_persons as j')
    .innerJoin('registrations as r', 'r.juristic_person_id', 'j.id')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('dbd_snapshots')
          .select(['body_enc', 'body_key_id'])
          .whereRef('juristic_id', '=', 'j.juristic_id')
          .where('found', '=', true)
          .orderBy('fetched_at', 'desc')
          .limit(1)
          .as('s'),
      (join) => join.onTrue(),
    )
    .select([
      'j.juristic_id',
      'r.kind',
      'r.status',
      'r.valid_from',
      'r.valid_until',
      's.body_enc',
      's.body_key_id',
    ])
    .where('j.juristic_id', 'in', juristicIds)
    .orderBy('r.created_at', 'desc')
    .execute()
}

/**
 * The registrations of the persons with these keyed hashes who chose, last, to be listed, with
 * their newest name. An unlisted person's rows are never read out of the database.
 */
export async function listedPersonRegistrations(db: Kysely<DB>, hmacs: Buffer[]) {
  if (hmacs.length === 0) return []
  return db
    .withTables<RegistrationCheckTables>()
    .selectFrom('natural_persons as p')
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('public_listing_choices')
          .select(['listed'])
          .whereRef('person_id', '=', 'p.id')
          .orderBy('chosen_at', 'desc')
          .orderBy('id', 'desc')
          .limit(1)
          .as('c'),
      (join) => join.onTrue(),
    )
    .innerJoin('registrations as r', 'r.person_id', 'p.id')
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
    .select([
      'p.national_id_hmac',
      'r.kind',
      'r.status',
      'r.valid_from',
      'r.valid_until',
      'pp.title_th',
      'pp.first_name_th',
      'pp.middle_name_th',
      'pp.last_name_th',
      'pp.title_en',
      'pp.first_name_en',
      'pp.middle_name_en',
      'pp.last_name_en',
    ])
    .where('p.national_id_hmac', 'in', hmacs)
    .where('c.listed', '=', true)
    .orderBy('r.created_at', 'desc')
    .execute()
}
