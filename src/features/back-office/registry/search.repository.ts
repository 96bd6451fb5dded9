import { sql, type Kysely } from 'kysely'
import { jsonArrayFrom } from 'kysely/helpers/postgres'
import type { DB, RegistrationStatus } from '../../../platform/db/schema.js'
import { inScope } from '../../officers/index.js'

/** The names one searches, as 0016_name_search_by_suffixes.sql indexes them. */
const SEARCH_NAME = sql<string>`person_search_name(
    pf.first_name_th, pf.middle_name_th, pf.last_name_th,
    pf.first_name_en, pf.middle_name_en, pf.last_name_en
  )`

function likeFragment(fragment: string): string {
  return `%${fragment.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** One lexeme of a text search query, quoted so that every character is taken as it is. */
function lexeme(text: string, prefix: boolean): string {
  return `'${text.replace(/['\\]/g, (c) => `\\${c}`)}'${prefix ? ':*' : ''}`
}

/**
 * The suffix-index question for a fragment (lower case, single spaces; see parseSearch). The
 * index holds every suffix of three or more characters of every name word, so a fragment inside
 * one word begins one of its suffixes: a prefix search. A fragment over several words ends the
 * first ("chai" of "somchai"), holds the middle ones whole and begins the last: its pieces of
 * three or more characters are asked that way, and the whole fragment is checked on what the
 * index finds. Pieces shorter than three characters are left to that check.
 */
export function suffixQuery(fragment: string): string {
  const pieces = fragment.split(' ')
  const last = pieces.length - 1
  return pieces
    .map((piece, i) => ([...piece].length < 3 ? '' : lexeme(piece, i === last)))
    .filter((part) => part !== '')
    .join(' & ')
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
    const question = suffixQuery(criterion.fragment)
    if (question === '') return [] // parseSearch asks for a piece of three characters or more
    let q = db
      .selectFrom('person_profiles as pf')
      .innerJoin('natural_persons as p', 'p.id', 'pf.person_id')
      .select('pf.person_id as id')
      .where(sql<boolean>`name_search_suffixes(${SEARCH_NAME}) @@ ${question}::tsquery`)
      .where(inScope)
    // Within one word the index's answer is exact; over several it is checked whole.
    if (criterion.fragment.includes(' '))
      q = q.where(SEARCH_NAME, 'like', likeFragment(criterion.fragment))
    // The limit (a constant of the service, never input) is written into the text: as a
    // parameter, PostgreSQL's generic plan assumes it returns a tenth of the rows, looks too
    // dear, and the statement is planned again on every search (0.5–0.8 ms of its 2–3 ms).
    const rows = await q.limit(sql.lit(limit)).execute()
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
  const rows = await q.limit(sql.lit(limit)).execute()
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
    // Written into the text like the match's limit (whole numbers from the service).
    q = q.orderBy('p.id').offset(sql.lit(page.offset)).limit(sql.lit(page.limit))
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
