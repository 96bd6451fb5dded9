import { recordAudit } from '../../../platform/audit.js'
import type { RegistrationStatus } from '../../../platform/db/schema.js'
import {
  authorise,
  type BackOfficeDeps,
  type OfficerAuth,
  roleLabel,
} from '../../officers/index.js'
import { fullName } from '../../registrations/index.js'
import { maskedValue } from '../presenter.js'
import type { SearchQuery } from './registry.schema.js'
import {
  collatesThai,
  matchingPersonIds,
  personsWithNewestProfile,
  SORT_COLUMNS,
  type PersonSummaryRow,
  type SearchCriterion,
} from './search.repository.js'

export const PAGE_SIZE = 20
/**
 * A search lists at most this many registrants. Beyond it the officer is asked to narrow the
 * search instead of being shown an arbitrary part of the matches: an ordered list that leaves
 * people out would mislead.
 */
export const SEARCH_CAP = 200
/** Name matches are profile snapshots (someone renamed matches twice): look at this many. */
export const RECORDS_LOOKED_AT = SEARCH_CAP * 2

export interface SearchItem {
  personId: string
  maskedId: string
  nameTh: string
  nameEn: string
  registrations: { kind: string; status: RegistrationStatus }[]
}

export interface SearchResult {
  items: SearchItem[]
  /** How many registrants match (SEARCH_CAP when capped: "more than"). */
  total: number
  /** More registrants match than SEARCH_CAP: nothing is listed. */
  capped: boolean
  page: number
  pages: number
}

// Thai ordering: in PostgreSQL through its ICU Thai collation, so that only the page shown
// leaves the database; PGlite has no ICU, so there the same order comes from the same ICU
// rules in Node. Leading vowels (เ แ โ ใ ไ) sort by the consonant.
const thaiCollator = new Intl.Collator('th')

function thaiOrder(a: PersonSummaryRow, b: PersonSummaryRow): number {
  for (const column of SORT_COLUMNS) {
    const c = thaiCollator.compare(a[column] ?? '', b[column] ?? '')
    if (c !== 0) return c
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** Registrants by national ID (through the keyed hash), name fragment or e-mail; audited. */
export async function searchRegistrants(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  query: SearchQuery,
  page: number,
): Promise<SearchResult> {
  await authorise(deps.db, auth, 'registry.search', 'registry.search')
  const criterion: SearchCriterion =
    query.by === 'id'
      ? { by: 'id', hmac: deps.crypto.hmac(query.nationalId).blob }
      : query.by === 'name'
        ? { by: 'name', fragment: query.fragment }
        : { by: 'email', email: query.email }
  // First as many records as it takes to tell "more than SEARCH_CAP people" when everyone has
  // one name record (most people); only if renamed people repeat among them, look further.
  let matched = await matchingPersonIds(deps.db, criterion, SEARCH_CAP + 1)
  let ids = [...new Set(matched)]
  if (matched.length > SEARCH_CAP && ids.length <= SEARCH_CAP) {
    matched = await matchingPersonIds(deps.db, criterion, RECORDS_LOOKED_AT + 1)
    ids = [...new Set(matched)]
  }
  const capped = ids.length > SEARCH_CAP || matched.length > RECORDS_LOOKED_AT
  const total = capped ? SEARCH_CAP : ids.length
  const pages = capped ? 1 : Math.max(1, Math.ceil(ids.length / PAGE_SIZE))
  const current = Math.min(page, pages)
  let rows: PersonSummaryRow[] = []
  if (!capped) {
    const window = { offset: (current - 1) * PAGE_SIZE, limit: PAGE_SIZE }
    rows = (await collatesThai(deps.db))
      ? await personsWithNewestProfile(deps.db, ids, window)
      : (await personsWithNewestProfile(deps.db, ids))
          .sort(thaiOrder)
          .slice(window.offset, window.offset + window.limit)
  }
  const items = rows.map((r) => ({
    personId: r.id,
    maskedId: maskedValue(
      'nationalId',
      deps.crypto.decrypt({ keyId: r.national_id_enc_key_id, blob: r.national_id_enc }),
    ),
    nameTh: fullName(r.title_th, r.first_name_th, r.middle_name_th, r.last_name_th, 'th'),
    nameEn: fullName(r.title_en, r.first_name_en, r.middle_name_en, r.last_name_en, 'en'),
    registrations: r.registrations,
  }))
  // Results carry names: the search is a read of personal data. The query itself is not kept
  // (it may be a national ID); what was searched by and how much was shown is.
  await recordAudit(deps.db, {
    actorType: 'officer',
    actorId: auth.officerId,
    actorRole: roleLabel(auth.roles),
    action: 'registry.searched',
    requestId: auth.requestId,
    data: { by: query.by, matches: total, capped, page: current, shown: items.length },
    details: { ip: auth.ip },
  })
  return { items, total, capped, page: current, pages }
}
