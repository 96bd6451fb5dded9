import { sql, type Kysely } from 'kysely'
import type { DB, RegistrationStatus } from '../../platform/db/schema.js'
import { inScope } from './scope.js'

/** The text the trigram index covers: exactly the expression of 0011_officers.sql. */
const NAME_TEXT = sql<string>`lower(
    coalesce(first_name_th, '') || ' ' || coalesce(middle_name_th, '') || ' ' || coalesce(last_name_th, '') || ' ' ||
    coalesce(first_name_en, '') || ' ' || coalesce(middle_name_en, '') || ' ' || coalesce(last_name_en, '')
  )`

function likeFragment(fragment: string): string {
  return `%${fragment.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

export interface PersonSummaryRow {
  id: string
  national_id_enc: Buffer
  national_id_enc_key_id: string
  title_th: string | null
  first_name_th: string | null
  middle_name_th: string | null
  last_name_th: string | null
  title_en: string | null
  first_name_en: string | null
  middle_name_en: string | null
  last_name_en: string | null
}

export type SearchCriterion =
  { by: 'id'; hmac: Buffer } | { by: 'name'; fragment: string } | { by: 'email'; email: string }

/**
 * Registrants matching one criterion, in scope, with their newest profile; at most `limit`
 * (the caller asks for one more than it shows, to know that there are more).
 */
export async function searchPersons(
  db: Kysely<DB>,
  criterion: SearchCriterion,
  limit: number,
): Promise<PersonSummaryRow[]> {
  let q = db
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
    .select([
      'p.id',
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
    ])
    .where(inScope)
  if (criterion.by === 'id') {
    q = q.where('p.national_id_hmac', '=', criterion.hmac)
  } else if (criterion.by === 'name') {
    // Any snapshot matches, so that a registrant is found by a name they had before.
    q = q.where('p.id', 'in', (eb) =>
      eb
        .selectFrom('person_profiles')
        .select('person_id')
        .where(NAME_TEXT, 'like', likeFragment(criterion.fragment)),
    )
  } else {
    const email = criterion.email.toLowerCase()
    q = q.where((eb) =>
      eb.or([
        eb(
          'p.id',
          'in',
          eb
            .selectFrom('registrations')
            .select('person_id')
            .where(sql<string>`lower(email)`, '=', email)
            .where('person_id', 'is not', null)
            .$narrowType<{ person_id: string }>(),
        ),
        eb(
          'p.id',
          'in',
          eb
            .selectFrom('applications')
            .select('person_id')
            .where(sql<string>`lower(email)`, '=', email)
            .where('person_id', 'is not', null)
            .$narrowType<{ person_id: string }>(),
        ),
      ]),
    )
  }
  return q.limit(limit).execute()
}

/** The registrations of these people (status and kind), for the result list. */
export async function registrationStatuses(
  db: Kysely<DB>,
  personIds: string[],
): Promise<{ person_id: string; kind: string; status: RegistrationStatus }[]> {
  if (personIds.length === 0) return []
  const rows = await db
    .selectFrom('registrations')
    .select(['person_id', 'kind', 'status'])
    .where('person_id', 'in', personIds)
    .orderBy('created_at', 'desc')
    .execute()
  return rows.flatMap((r) => (r.person_id ? [{ ...r, person_id: r.person_id }] : []))
}
