import type { ColumnType, Generated } from 'kysely'

/** A timestamptz column: written as a Date or ISO string, read as a Date. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>
/** A timestamptz column with a database default. */
export type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>
/** A date column (Asia/Bangkok business date), read and written as YYYY-MM-DD. */
export type BusinessDate = ColumnType<string, string, string>
/** A jsonb column, written as JSON text (the same on pg and PGlite), read as an object. */
export type Json<T = Record<string, unknown>> = ColumnType<T, string, string>
type GeneratedJson = ColumnType<Record<string, unknown>, string | undefined, string>

export interface SessionsTable {
  id: string
  data: Json
  expires_at: Timestamp
  created_at: GeneratedTimestamp
}

export interface NaturalPersonsTable {
  id: string
  national_id_hmac: Buffer
  national_id_hmac_key_id: string
  national_id_enc: Buffer
  national_id_enc_key_id: string
  created_at: GeneratedTimestamp
}

export interface JuristicPersonsTable {
  id: string
  juristic_id: string
  created_at: GeneratedTimestamp
}

export interface IdentityAccountsTable {
  id: string
  person_id: string
  issuer: string
  subject: string
  created_at: GeneratedTimestamp
  last_used_at: GeneratedTimestamp
}

export interface JourneyEventsTable {
  id: string
  journey_id: string
  journey_kind: string
  event: string
  step: string | null
  channel: 'online' | 'counter'
  occurred_at: GeneratedTimestamp
  business_date: BusinessDate
}

export interface AuditEventsTable {
  seq: Generated<string>
  id: string
  occurred_at: GeneratedTimestamp
  actor_type: 'anonymous' | 'registrant' | 'officer' | 'system'
  actor_id: string | null
  actor_role: string | null
  action: string
  subject_type: string | null
  subject_id: string | null
  outcome: Generated<'ok' | 'refused' | 'failed'>
  request_id: string | null
  data: GeneratedJson
}

export interface AuditEventDetailsTable {
  event_id: string
  reason: string | null
  ip: string | null
}

export interface OutboxTable {
  id: string
  topic: string
  payload: Json
  created_at: GeneratedTimestamp
  available_at: GeneratedTimestamp
  attempts: Generated<number>
  last_error: string | null
  sent_at: Timestamp | null
}

export interface DocumentsTable {
  id: string
  kind: 'terms' | 'privacy'
  version: number
  title_th: string
  title_en: string
  body_th: string
  body_en: string
  published_at: GeneratedTimestamp
}

export interface DB {
  sessions: SessionsTable
  natural_persons: NaturalPersonsTable
  juristic_persons: JuristicPersonsTable
  identity_accounts: IdentityAccountsTable
  journey_events: JourneyEventsTable
  audit_events: AuditEventsTable
  audit_event_details: AuditEventDetailsTable
  outbox: OutboxTable
  documents: DocumentsTable
}
