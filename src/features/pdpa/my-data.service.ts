import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB, RuleResult } from '../../platform/db/schema.js'
import { NotFoundError } from '../../platform/errors.js'
import type { PiiCrypto } from '../../platform/pii-crypto.js'
import { maskThaiId } from '../../platform/thai-id.js'
import { isRole, type Role } from '../officers/index.js'
import { fullName, idCardAddressText, mailingLine } from '../registrations/index.js'
import {
  acceptancesOf,
  applicationsOf,
  grantsOf,
  latestProfile,
  officerAccessOf,
  personOf,
  registrationsOf,
  signaturesOf,
  verificationsOf,
} from './my-data.repository.js'
import { WITHHELD_REASON_CODES, type Source } from './processing.js'
import { ownRequests, type RequestRecord } from './requests.service.js'

export const FIELD_NAMES = [
  'nationalId',
  'nameTh',
  'nameEn',
  'birthDate',
  'nationality',
  'idCardAddress',
  'email',
  'mobile',
  'mailingAddress',
] as const
export type FieldName = (typeof FIELD_NAMES)[number]

export interface FieldRow {
  name: FieldName
  value: string
  source: Source
}

export interface AccessEntry {
  occurredAt: Date
  roles: Role[]
  unit: string | null
  action: string
  refused: boolean
  reasonCode: string | null
  /** The officer's own words; null when withheld, cleared by retention, or none was needed. */
  reasonText: string | null
  reasonWithheld: boolean
  reasonCleared: boolean
}

export interface MyData {
  personId: string
  nameTh: string
  /** The full ID: only the JSON export carries it; pages show `identity`, masked. */
  nationalId: string
  verifiedAt: Date | null
  identity: FieldRow[]
  contact: FieldRow[]
  registrations: {
    id: string
    number: string
    kind: 'importer_exporter' | 'customs_broker'
    channel: 'online' | 'counter'
    status: string
    validFrom: Date
    validUntil: Date | null
    lastActivity: Date
  }[]
  applications: {
    reference: string
    status: string
    createdAt: Date
    submittedAt: Date | null
    decision: {
      outcome: 'approved' | 'refused'
      ruleSet: string
      decidedAt: Date
      passed: number
      total: number
      failed: string[]
    } | null
  }[]
  companies: {
    juristicId: string | null
    kind: string
    reference: string
    directorName: string | null
    status: string
    verifiedAt: Date | null
  }[]
  grants: {
    juristicId: string
    role: 'grantee' | 'grantor'
    scopes: string[]
    validFrom: string
    validUntil: string
    status: string
  }[]
  verifications: {
    startedAt: Date
    purpose: string
    status: string
    ial: string | null
    rawHeld: boolean
  }[]
  acceptances: {
    kind: 'terms' | 'privacy'
    version: number
    title: { th: string; en: string }
    acceptedAt: Date
  }[]
  access: AccessEntry[]
  requests: RequestRecord[]
}

const rolesOf = (label: string | null): Role[] => (label ?? '').split(',').filter(isRole)

function decisionSummary(results: RuleResult[]) {
  return {
    passed: results.filter((r) => r.passed).length,
    total: results.length,
    failed: results.filter((r) => !r.passed).map((r) => r.rule),
  }
}

/** Everything held about the signed-in person, the source of each field, and who accessed it. */
export async function myData(
  deps: { db: Kysely<DB>; crypto: PiiCrypto },
  personId: string,
): Promise<MyData> {
  const { db } = deps
  const person = await personOf(db, personId)
  if (!person) throw new NotFoundError('no such person')
  const [profile, registrations, applications, signatures, grants, verifications, acceptances] =
    await Promise.all([
      latestProfile(db, personId),
      registrationsOf(db, personId),
      applicationsOf(db, personId, person.national_id_hmac),
      signaturesOf(db, personId),
      grantsOf(db, personId),
      verificationsOf(db, personId),
      acceptancesOf(db, personId),
    ])
  const [access, requests] = await Promise.all([
    officerAccessOf(db, personId),
    ownRequests(db, personId),
  ])
  const nationalId = deps.crypto.decrypt({
    keyId: person.national_id_enc_key_id,
    blob: person.national_id_enc,
  })
  const identitySource: Source = profile?.source === 'counter' ? 'counter' : 'bank'
  const idCard = profile?.id_card_address ?? null
  const nameTh = profile
    ? fullName(
        profile.title_th,
        profile.first_name_th,
        profile.middle_name_th,
        profile.last_name_th,
        'th',
      )
    : ''
  const identity: FieldRow[] = [
    { name: 'nationalId', value: maskThaiId(nationalId), source: identitySource },
    { name: 'nameTh', value: nameTh, source: identitySource },
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
      source: identitySource,
    },
    { name: 'birthDate', value: profile?.birth_date ?? '', source: identitySource },
    { name: 'nationality', value: profile?.nationality ?? '', source: identitySource },
    { name: 'idCardAddress', value: idCardAddressText(idCard), source: identitySource },
  ]
  const reg = registrations[0]
  const app = applications.find((a) => a.email !== null)
  const mailing = reg?.mailing_address ?? null
  const contact: FieldRow[] = [
    { name: 'email', value: reg?.email ?? app?.email ?? '', source: 'you' },
    { name: 'mobile', value: reg?.mobile ?? app?.mobile ?? '', source: 'you' },
    {
      name: 'mailingAddress',
      value: reg ? mailingLine(mailing, idCard) : '',
      source: mailing && mailing.kind === 'other' ? 'you' : identitySource,
    },
  ]
  return {
    personId,
    nameTh,
    nationalId,
    verifiedAt: profile?.effective_from ?? null,
    identity,
    contact,
    registrations: registrations.map((r) => ({
      id: r.id,
      number: maskThaiId(nationalId),
      kind: r.kind,
      channel: r.channel,
      status: r.status,
      validFrom: r.valid_from,
      validUntil: r.valid_until,
      lastActivity: r.last_activity_at,
    })),
    applications: applications.map((a) => ({
      reference: a.reference,
      status: a.status,
      createdAt: a.created_at,
      submittedAt: a.submitted_at,
      decision:
        a.outcome && a.rule_set_id && a.rule_set_version && a.results && a.decided_at
          ? {
              outcome: a.outcome,
              ruleSet: `${a.rule_set_id} ${a.rule_set_version}`,
              decidedAt: a.decided_at,
              ...decisionSummary(a.results),
            }
          : null,
    })),
    companies: signatures.map((s) => ({
      juristicId: s.juristic_id,
      kind: s.kind,
      reference: s.reference,
      directorName: s.director_name,
      status: s.application_status,
      verifiedAt: s.verified_at,
    })),
    grants: grants.map((g) => ({
      juristicId: g.juristic_id,
      role: g.grantee_person_id === personId ? 'grantee' : 'grantor',
      scopes: g.scopes,
      validFrom: g.valid_from,
      validUntil: g.valid_until,
      status: g.status,
    })),
    verifications: verifications.map((v) => ({
      startedAt: v.created_at,
      purpose: v.purpose,
      status: v.status,
      ial: v.ial,
      rawHeld: v.raw_held,
    })),
    acceptances: acceptances.map((a) => ({
      kind: a.kind,
      version: a.version,
      title: { th: a.title_th, en: a.title_en },
      acceptedAt: a.accepted_at,
    })),
    access: access.map((e) => {
      const code = typeof e.data.reasonCode === 'string' ? e.data.reasonCode : null
      const withheld = code !== null && WITHHELD_REASON_CODES.includes(code)
      const text =
        e.reason && code && e.reason.startsWith(`${code}: `)
          ? e.reason.slice(code.length + 2)
          : e.reason
      return {
        occurredAt: e.occurred_at,
        roles: rolesOf(e.actor_role),
        unit: e.unit,
        action: e.action,
        refused: e.outcome === 'refused',
        reasonCode: code,
        reasonText: withheld ? null : text,
        reasonWithheld: withheld && e.reason !== null,
        reasonCleared: code !== null && e.reason === null,
      }
    }),
    requests,
  }
}

/** Records that the person took a copy of their data (JSON or the print view). */
export async function recordExport(
  db: Kysely<DB>,
  personId: string,
  format: 'json' | 'print',
  requestId: string,
): Promise<void> {
  await recordAudit(db, {
    actorType: 'registrant',
    actorId: personId,
    action: 'pdpa.data_exported',
    subjectType: 'person',
    subjectId: personId,
    requestId,
    data: { format },
  })
}
