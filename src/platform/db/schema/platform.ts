import type { ColumnType, Generated } from 'kysely'
import type { BusinessDate, GeneratedJson, GeneratedTimestamp, Json, Timestamp } from './columns.js'

// The platform's tables: sessions, journey events, the audit events, the outbox, and the
// published documents with their acceptances.

export interface SessionsTable {
  id: string
  data: Json
  expires_at: Timestamp
  created_at: GeneratedTimestamp
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
  kind: 'terms' | 'privacy' | 'ethics_code' | 'policy'
  version: number
  title_th: string
  title_en: string
  body_th: string
  body_en: string
  published_at: GeneratedTimestamp
  /** The date a code of ethics or a policy takes effect (migration 0050; NULL for the others). */
  effective_on: ColumnType<string | null, string | null | undefined, string | null>
  /** SHA-256 (hex) of a code's or a policy's text, which each signature stores (0050). */
  content_sha256: ColumnType<string | null, string | null | undefined, string | null>
}
export interface DocumentAcceptancesTable {
  id: string
  application_id: string | null
  person_id: string | null
  document_id: string
  accepted_at: GeneratedTimestamp
}
