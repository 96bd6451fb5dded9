import type { Kysely } from 'kysely'
import type {
  DB,
  IdCardAddress,
  RegistrationStatus,
  RuleResult,
  StoredMailing,
} from '../../../platform/db/schema.js'
import { inScope, isUuid } from '../../officers/index.js'

export interface PersonRecord {
  id: string
  national_id_hmac: Buffer
  national_id_enc: Buffer
  national_id_enc_key_id: string
  created_at: Date
}

/** One registrant, only when in scope. */
export async function findPersonInScope(
  db: Kysely<DB>,
  personId: string,
): Promise<PersonRecord | undefined> {
  if (!isUuid(personId)) return undefined
  return db
    .selectFrom('natural_persons as p')
    .select([
      'p.id',
      'p.national_id_hmac',
      'p.national_id_enc',
      'p.national_id_enc_key_id',
      'p.created_at',
    ])
    .where('p.id', '=', personId)
    .where(inScope)
    .executeTakeFirst()
}

export interface ProfileRecord {
  id: string
  source: 'bank' | 'counter'
  title_th: string | null
  first_name_th: string
  middle_name_th: string | null
  last_name_th: string
  title_en: string | null
  first_name_en: string | null
  middle_name_en: string | null
  last_name_en: string | null
  birth_date: string | null
  nationality: string | null
  id_card_address: IdCardAddress | null
  effective_from: Date
}

/** Every snapshot of the person's verified data, newest first. */
export async function profilesOf(db: Kysely<DB>, personId: string): Promise<ProfileRecord[]> {
  return db
    .selectFrom('person_profiles')
    .select([
      'id',
      'source',
      'title_th',
      'first_name_th',
      'middle_name_th',
      'last_name_th',
      'title_en',
      'first_name_en',
      'middle_name_en',
      'last_name_en',
      'birth_date',
      'nationality',
      'id_card_address',
      'effective_from',
    ])
    .where('person_id', '=', personId)
    .orderBy('effective_from', 'desc')
    .execute()
}

export interface RegistrationRecord {
  id: string
  kind: 'importer_exporter' | 'customs_broker'
  channel: 'online' | 'counter'
  status: RegistrationStatus
  email: string
  mobile: string
  mailing_address: StoredMailing | null
  valid_from: Date
  valid_until: Date | null
  last_activity_at: Date
  created_at: Date
  history: { status: RegistrationStatus; reason: string; changed_at: Date }[]
}

/** The person's registrations, newest first, each with its status history. */
export async function registrationsOf(
  db: Kysely<DB>,
  personId: string,
): Promise<RegistrationRecord[]> {
  const regs = await db
    .selectFrom('registrations')
    .select([
      'id',
      'kind',
      'channel',
      'status',
      'email',
      'mobile',
      'mailing_address',
      'valid_from',
      'valid_until',
      'last_activity_at',
      'created_at',
    ])
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .execute()
  if (regs.length === 0) return []
  const history = await db
    .selectFrom('registration_status_history')
    .select(['registration_id', 'status', 'reason', 'changed_at'])
    .where(
      'registration_id',
      'in',
      regs.map((r) => r.id),
    )
    .orderBy('changed_at')
    .execute()
  return regs.map((r) => ({
    ...r,
    history: history.filter((h) => h.registration_id === r.id),
  }))
}

export interface ApplicationRecord {
  id: string
  reference: string
  kind: string
  channel: 'online' | 'counter'
  status: string
  email: string | null
  mobile: string | null
  created_at: Date
  submitted_at: Date | null
  decided_at: Date | null
  decision: {
    outcome: 'approved' | 'refused'
    rule_set_id: string
    rule_set_version: string
    results: RuleResult[]
    decided_at: Date
  } | null
}

/** The person's applications (verified as them, or typed with their ID), with their decisions. */
export async function applicationsOf(
  db: Kysely<DB>,
  person: PersonRecord,
): Promise<ApplicationRecord[]> {
  const rows = await db
    .selectFrom('applications as a')
    .leftJoin('decisions as d', 'd.application_id', 'a.id')
    .select([
      'a.id',
      'a.reference',
      'a.kind',
      'a.channel',
      'a.status',
      'a.email',
      'a.mobile',
      'a.created_at',
      'a.submitted_at',
      'a.decided_at',
      'd.outcome',
      'd.rule_set_id',
      'd.rule_set_version',
      'd.results',
      'd.decided_at as d_decided_at',
    ])
    .where((eb) =>
      eb.or([
        eb('a.person_id', '=', person.id),
        eb('a.national_id_hmac', '=', person.national_id_hmac),
      ]),
    )
    .orderBy('a.created_at', 'desc')
    .limit(50)
    .execute()
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    kind: r.kind,
    channel: r.channel,
    status: r.status,
    email: r.email,
    mobile: r.mobile,
    created_at: r.created_at,
    submitted_at: r.submitted_at,
    decided_at: r.decided_at,
    decision:
      r.outcome && r.rule_set_id && r.rule_set_version && r.results && r.d_decided_at
        ? {
            outcome: r.outcome,
            rule_set_id: r.rule_set_id,
            rule_set_version: r.rule_set_version,
            results: r.results,
            decided_at: r.d_decided_at,
          }
        : null,
  }))
}
