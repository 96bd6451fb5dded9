import { sql, type Kysely } from 'kysely'
import { jsonArrayFrom } from 'kysely/helpers/postgres'
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
  registrations: { kind: string; status: RegistrationStatus }[]
}

export type SearchCriterion =
  { by: 'id'; hmac: Buffer } | { by: 'name'; fragment: string } | { by: 'email'; email: string }

/**
 * The ids of the registrants in scope that match one criterion, looking at no more than
 * `limit` records: by national ID and by e-mail a handful at most; by name the profile
 * snapshots whose names contain the fragment (any snapshot, so that a registrant is found by a
 * name they had before: a person may appear more than once, the caller counts distinct ids).
 * The work is bounded by `limit`, not by how many people match, so a broad fragment costs no
 * more than a narrow one.
 */
export async function matchingPersonIds(
  db: Kysely<DB>,
  criterion: SearchCriterion,
  limit: number,
): Promise<string[]> {
  if (criterion.by === 'name') {
    const rows = await db
      .selectFrom('person_profiles as pf')
      .innerJoin('natural_persons as p', 'p.id', 'pf.person_id')
      .select('pf.person_id as id')
      .where(NAME_TEXT, 'like', likeFragment(criterion.fragment))
      .where(inScope)
      .limit(limit)
      .execute()
    return rows.map((r) => r.id)
  }
  let q = db.selectFrom('natural_persons as p').select('p.id').where(inScope)
  if (criterion.by === 'id') {
    q = q.where('p.national_id_hmac', '=', criterion.hmac)
  } else {
    const email = criterion.email.toLowerCase()
    // The address given on a registration or on an application.
    q = q.where((eb) =>
      eb.or(
        (['registrations', 'applications'] as const).map((table) =>
          eb(
            'p.id',
            'in',
            eb
              .selectFrom(table)
              .select('person_id')
              .where(sql<string>`lower(email)`, '=', email)
              .where('person_id', 'is not', null)
              .$narrowType<{ person_id: string }>(),
          ),
        ),
      ),
    )
  }
  const rows = await q.limit(limit).execute()
  return rows.map((r) => r.id)
}

/** The ICU Thai collation PostgreSQL builds with; PGlite has no ICU. */
const THAI_COLLATION = 'th-TH-x-icu'
const collates = new WeakMap<Kysely<DB>, Promise<boolean>>()

/** Whether this database can sort in Thai (asked once per database handle). */
export function collatesThai(db: Kysely<DB>): Promise<boolean> {
  let known = collates.get(db)
  if (!known) {
    known = sql<{ ok: boolean }>`select exists (
        select 1 from pg_collation where collname = ${THAI_COLLATION}
      ) as ok`
      .execute(db)
      .then((r) => r.rows[0]?.ok === true)
    collates.set(db, known)
  }
  return known
}

/**
 * These people with their newest profile. With `page` the database sorts them in Thai order
 * (first name, middle name, surname, then the English names; the title is not part of the
 * order) and returns that page only; without it, all of them unsorted (the caller sorts where
 * the database cannot collate Thai).
 */
export async function personsWithNewestProfile(
  db: Kysely<DB>,
  ids: string[],
  page?: { offset: number; limit: number },
): Promise<PersonSummaryRow[]> {
  if (ids.length === 0) return []
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
    .select((eb) => [
      // Their registrations ride along: one round trip for the page.
      jsonArrayFrom(
        eb
          .selectFrom('registrations as r')
          .select(['r.kind', 'r.status'])
          .whereRef('r.person_id', '=', 'p.id')
          .orderBy('r.created_at', 'desc'),
      ).as('registrations'),
    ])
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
    .where('p.id', 'in', ids)
  if (page) {
    const thai = (column: string) =>
      sql`coalesce(${sql.ref(column)}, '') collate ${sql.id(THAI_COLLATION)}`
    for (const column of SORT_COLUMNS) q = q.orderBy(thai(`pp.${column}`))
    q = q.orderBy('p.id').offset(page.offset).limit(page.limit)
  }
  return q.execute()
}

/** The order of a result list, in the database and in the fallback alike. */
export const SORT_COLUMNS = [
  'first_name_th',
  'middle_name_th',
  'last_name_th',
  'first_name_en',
  'middle_name_en',
  'last_name_en',
] as const
