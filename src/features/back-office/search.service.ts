import { recordAudit } from '../../platform/audit.js'
import type { RegistrationStatus } from '../../platform/db/schema.js'
import type { BackOfficeDeps } from './auth.service.js'
import { authorise } from './policy.js'
import { fullName, maskedValue } from './registry.presenter.js'
import type { SearchQuery } from './registry.schema.js'
import { roleLabel, type OfficerAuth } from './roles.js'
import { registrationStatuses, searchPersons, type SearchCriterion } from './search.repository.js'

export const PAGE_SIZE = 20
/** A search shows at most this many matches; beyond it the officer narrows the search. */
export const SEARCH_CAP = 500

export interface SearchItem {
  personId: string
  maskedId: string
  nameTh: string
  nameEn: string
  registrations: { kind: string; status: RegistrationStatus }[]
}

export interface SearchResult {
  items: SearchItem[]
  total: number
  /** More matches exist than SEARCH_CAP. */
  capped: boolean
  page: number
  pages: number
}

// Thai ordering in the application: PGlite has no ICU collations, and an explicit collator
// gives both engines the same order. Leading vowels (เ แ โ ใ ไ) sort by the consonant.
const thaiCollator = new Intl.Collator('th', { sensitivity: 'base', numeric: true })

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
  const rows = await searchPersons(deps.db, criterion, SEARCH_CAP + 1)
  const capped = rows.length > SEARCH_CAP
  const all = rows.slice(0, SEARCH_CAP).map((r) => ({
    personId: r.id,
    nameTh: fullName(r.title_th, r.first_name_th, r.middle_name_th, r.last_name_th, 'th'),
    nameEn: fullName(r.title_en, r.first_name_en, r.middle_name_en, r.last_name_en, 'en'),
    row: r,
  }))
  // Thai directories sort by first name, then surname (the title is not part of the order).
  const th = (x: string | null) => x ?? ''
  all.sort(
    (a, b) =>
      thaiCollator.compare(th(a.row.first_name_th), th(b.row.first_name_th)) ||
      thaiCollator.compare(th(a.row.middle_name_th), th(b.row.middle_name_th)) ||
      thaiCollator.compare(th(a.row.last_name_th), th(b.row.last_name_th)) ||
      thaiCollator.compare(a.nameEn, b.nameEn) ||
      a.personId.localeCompare(b.personId),
  )
  const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE))
  const current = Math.min(page, pages)
  const slice = all.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE)
  const regs = await registrationStatuses(
    deps.db,
    slice.map((s) => s.personId),
  )
  const items = slice.map((s) => ({
    personId: s.personId,
    maskedId: maskedValue(
      'nationalId',
      deps.crypto.decrypt({ keyId: s.row.national_id_enc_key_id, blob: s.row.national_id_enc }),
    ),
    nameTh: s.nameTh,
    nameEn: s.nameEn,
    registrations: regs
      .filter((r) => r.person_id === s.personId)
      .map((r) => ({ kind: r.kind, status: r.status })),
  }))
  // Results carry names: the search is a read of personal data. The query itself is not kept
  // (it may be a national ID); what was searched by and how much was shown is.
  await recordAudit(deps.db, {
    actorType: 'officer',
    actorId: auth.officerId,
    actorRole: roleLabel(auth.roles),
    action: 'registry.searched',
    requestId: auth.requestId,
    data: { by: query.by, matches: all.length, capped, page: current, shown: items.length },
    details: { ip: auth.ip },
  })
  return { items, total: all.length, capped, page: current, pages }
}
