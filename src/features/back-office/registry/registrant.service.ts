import { recordAudit } from '../../../platform/audit.js'
import type { RegistrationStatus, RuleResult } from '../../../platform/db/schema.js'
import { NotFoundError } from '../../../platform/errors.js'
import { fullName, idCardAddressText, mailingLine } from '../../registrations/index.js'
import {
  auditRefusal,
  authorise,
  type BackOfficeDeps,
  can,
  isUuid,
  type OfficerAuth,
  roleLabel,
} from '../../officers/index.js'
import {
  MASKED_FIELDS,
  maskedValue,
  type FieldName,
  type FieldSource,
  type FieldView,
} from '../presenter.js'
import {
  auditHistoryOf,
  grantsOf,
  type AuditRecord,
  type GrantRecord,
} from './registrant-records.repository.js'
import {
  applicationsOf,
  findPersonInScope,
  profilesOf,
  registrationsOf,
} from './registrant.repository.js'
import type { RevealReason } from './registry.schema.js'

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
  /** Grants of authority the person holds or was named in, and those they made as a director. */
  grants: GrantRecord[]
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
  const [profiles, registrations, grants] = await Promise.all([
    profilesOf(deps.db, person.id),
    registrationsOf(deps.db, person.id),
    grantsOf(deps.db, person),
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
      value: idCardAddressText(idCard),
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
    grants,
    history,
    revealed: reveal !== undefined,
    canReveal: can(auth.roles, 'registry.reveal'),
  }
}
