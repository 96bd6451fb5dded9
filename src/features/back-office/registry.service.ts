import { recordAudit } from '../../platform/audit.js'
import type { RegistrationStatus, RuleResult } from '../../platform/db/schema.js'
import { NotFoundError } from '../../platform/errors.js'
import type { BackOfficeDeps } from './auth.service.js'
import { isUuid } from './officers.repository.js'
import { auditRefusal, authorise } from './policy.js'
import {
  fullName,
  idCardAddressLine,
  MASKED_FIELDS,
  mailingLine,
  maskedValue,
  type FieldName,
  type FieldSource,
  type FieldView,
} from './registry.presenter.js'
import {
  applicationsOf,
  auditHistoryOf,
  findPersonInScope,
  profilesOf,
  registrationStatuses,
  registrationsOf,
  searchPersons,
  type AuditRecord,
  type SearchCriterion,
} from './registry.repository.js'
import type { RevealReason, SearchQuery } from './registry.schema.js'
import { can, roleLabel, type OfficerAuth } from './roles.js'

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

export interface RegistrationView {
  id: string
  kind: string
  channel: string
  status: RegistrationStatus
  validFrom: Date
  validUntil: Date | null
  lastActivity: Date
  history: { status: RegistrationStatus; reason: string; changedAt: Date }[]
}

export interface ApplicationView {
  id: string
  reference: string
  kind: string
  channel: string
  status: string
  createdAt: Date
  submittedAt: Date | null
  decision: {
    outcome: 'approved' | 'refused'
    ruleSet: string
    decidedAt: Date
    /** Every rule's result; absent when the role may not see them. */
    results: RuleResult[] | null
  } | null
}

export interface RegistrantView {
  personId: string
  nameTh: string
  fields: FieldView[]
  /** When the verified data was taken from the bank. */
  verifiedAt: Date | null
  registrations: RegistrationView[]
  applications: ApplicationView[]
  /** The audit history; absent when the role may not see it. */
  history: AuditRecord[] | null
  revealed: boolean
  canReveal: boolean
}

/**
 * A registrant's page: data (masked unless revealed), the source of each field, registrations,
 * applications with every rule result, and the audit history. A person outside the officer's
 * scope is "not found", and the attempt is recorded.
 */
export async function viewRegistrant(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  personId: string,
  reveal?: RevealReason,
): Promise<RegistrantView> {
  const subject = isUuid(personId) ? { type: 'person', id: personId } : undefined
  await authorise(deps.db, auth, 'registry.search', 'registry.view', subject)
  if (reveal) await authorise(deps.db, auth, 'registry.reveal', 'registry.reveal', subject)
  const person = await findPersonInScope(deps.db, personId)
  if (!person) {
    if (subject)
      await auditRefusal(deps.db, auth, {
        action: reveal ? 'registry.reveal' : 'registry.view',
        subjectType: 'person',
        subjectId: personId,
      })
    throw new NotFoundError('no such registrant in scope')
  }
  const [profiles, registrations] = await Promise.all([
    profilesOf(deps.db, person.id),
    registrationsOf(deps.db, person.id),
  ])
  const applications = await applicationsOf(deps.db, person)
  const profile = profiles[0]
  const latestReg = registrations[0]
  const latestApp = applications.find((a) => a.email !== null)
  const nationalId = deps.crypto.decrypt({
    keyId: person.national_id_enc_key_id,
    blob: person.national_id_enc,
  })
  const idCard = profile?.id_card_address ?? null
  const province = idCard?.province
  const mailing = latestReg?.mailing_address ?? null
  const mailingProvince = mailing && mailing.kind === 'other' ? mailing.province : province
  const bank: FieldSource = profile?.source === 'counter' ? 'system' : 'bank'
  const raw: { name: FieldName; value: string; source: FieldSource; province?: string }[] = [
    { name: 'nationalId', value: nationalId, source: bank },
    {
      name: 'nameTh',
      value: profile
        ? fullName(
            profile.title_th,
            profile.first_name_th,
            profile.middle_name_th,
            profile.last_name_th,
            'th',
          )
        : '',
      source: bank,
    },
    {
      name: 'nameEn',
      value: profile
        ? fullName(
            profile.title_en,
            profile.first_name_en,
            profile.middle_name_en,
            profile.last_name_en,
            'en',
          )
        : '',
      source: bank,
    },
    { name: 'birthDate', value: profile?.birth_date ?? '', source: bank },
    { name: 'nationality', value: profile?.nationality ?? '', source: bank },
    {
      name: 'idCardAddress',
      value: idCardAddressLine(idCard),
      source: bank,
      ...(province ? { province } : {}),
    },
    { name: 'email', value: latestReg?.email ?? latestApp?.email ?? '', source: 'registrant' },
    { name: 'mobile', value: latestReg?.mobile ?? latestApp?.mobile ?? '', source: 'registrant' },
    {
      name: 'mailingAddress',
      value: mailingLine(mailing, idCard),
      source: mailing && mailing.kind === 'other' ? 'registrant' : bank,
      ...(mailingProvince ? { province: mailingProvince } : {}),
    },
  ]
  const fields: FieldView[] = raw.map((f) => {
    const maskable = MASKED_FIELDS.includes(f.name)
    const masked = maskable && !reveal && f.value !== ''
    return {
      name: f.name,
      source: f.source,
      masked,
      value: masked
        ? maskedValue(f.name, f.value, f.province ? { province: f.province } : {})
        : f.value,
    }
  })
  const showResults = can(auth.roles, 'registry.decisions')
  const history = can(auth.roles, 'registry.history')
    ? await auditHistoryOf(
        deps.db,
        person.id,
        applications.map((a) => a.id),
        registrations.map((r) => r.id),
      )
    : null
  // Opening the page is a read of personal data; revealing records the reason given.
  await recordAudit(deps.db, {
    actorType: 'officer',
    actorId: auth.officerId,
    actorRole: roleLabel(auth.roles),
    action: reveal ? 'registry.personal_data_revealed' : 'registry.person_viewed',
    subjectType: 'person',
    subjectId: person.id,
    requestId: auth.requestId,
    data: reveal
      ? {
          reasonCode: reveal.code,
          fields: fields
            .filter((f) => MASKED_FIELDS.includes(f.name) && f.value !== '')
            .map((f) => f.name),
        }
      : {},
    details: { ip: auth.ip, ...(reveal ? { reason: `${reveal.code}: ${reveal.text}` } : {}) },
  })
  return {
    personId: person.id,
    nameTh: raw[1]?.value ?? '',
    fields,
    verifiedAt: profile?.effective_from ?? null,
    registrations: registrations.map((r) => ({
      id: r.id,
      kind: r.kind,
      channel: r.channel,
      status: r.status,
      validFrom: r.valid_from,
      validUntil: r.valid_until,
      lastActivity: r.last_activity_at,
      history: r.history.map((h) => ({
        status: h.status,
        reason: h.reason,
        changedAt: h.changed_at,
      })),
    })),
    applications: applications.map((a) => ({
      id: a.id,
      reference: a.reference,
      kind: a.kind,
      channel: a.channel,
      status: a.status,
      createdAt: a.created_at,
      submittedAt: a.submitted_at,
      decision: a.decision
        ? {
            outcome: a.decision.outcome,
            ruleSet: `${a.decision.rule_set_id} ${a.decision.rule_set_version}`,
            decidedAt: a.decision.decided_at,
            results: showResults ? a.decision.results : null,
          }
        : null,
    })),
    history,
    revealed: reveal !== undefined,
    canReveal: can(auth.roles, 'registry.reveal'),
  }
}
