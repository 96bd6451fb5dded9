import type { ColumnType } from 'kysely'
import type { BusinessDate, GeneratedTimestamp, Json, Timestamp } from './columns.js'

// The help desk's tables (db/migrations/0040_help_desk.sql), used through
// db.withTables<HelpDeskTables>() by src/features/help-desk.

export type TicketCategory =
  'registration' | 'identity' | 'company' | 'technical' | 'service_complaint' | 'corruption'

export type TicketStatus = 'new' | 'open' | 'pending' | 'resolved' | 'closed'

export type TicketEventKind = 'message' | 'reply' | 'note' | 'status' | 'assign' | 'merge'

/** What the contact page shows, as an administrator last saved it. */
export interface ContactContent {
  phone: string
  email: string
  addressTh: string
  addressEn: string
  hoursTh: string
  hoursEn: string
  sectionsTh: string
  sectionsEn: string
}

export interface HelpdeskContactVersionsTable {
  version: number
  content: Json<ContactContent>
  created_by: string | null
  created_at: GeneratedTimestamp
}

export interface HelpdeskHolidaysTable {
  day: BusinessDate
  name_th: string
  name_en: string
  source: string
}

type Defaulted<T> = ColumnType<T, T | undefined, T>

export interface HelpdeskSlaTargetsTable {
  category: TicketCategory
  first_response_hours: number
  resolution_hours: number
  /** Counts the changes (migration 0041): a stale edit is refused. */
  version: Defaulted<number>
}

/** What the SLA job e-mailed to officers about a ticket, each once (migration 0041). */
export type SlaNoticeKind = 'warning' | 'first_response_breached' | 'resolution_breached'

export interface HelpdeskSlaNoticesTable {
  ticket_id: string
  kind: SlaNoticeKind
  at: Timestamp
  recipients: number
}

/** Every change of a category's SLA targets (append-only, migration 0041). */
export interface AuditHelpdeskSlaTargetChangesTable {
  id: string
  category: TicketCategory
  version: number
  old_first_response_hours: number
  old_resolution_hours: number
  new_first_response_hours: number
  new_resolution_hours: number
  changed_by: string
  changed_at: Timestamp
  reason: string
}

export interface HelpdeskTicketsTable {
  id: string
  reference: string
  category: TicketCategory
  subject: string
  status: Defaulted<TicketStatus>
  email: string | null
  person_id: string | null
  sealed_identity: Buffer | null
  sealed_key_id: string | null
  secret_hash: Buffer | null
  locale: Defaulted<'th' | 'en'>
  origin_step: string | null
  origin_error_ref: string | null
  assignee_id: string | null
  merged_into: string | null
  version: Defaulted<number>
  created_at: Timestamp
  first_response_at: Timestamp | null
  resolved_at: Timestamp | null
  closed_at: Timestamp | null
  /** bigint: read as a string by pg, a number by PGlite; Number() it. */
  sla_used_ms: ColumnType<string | number, number | undefined, number>
  sla_clock_at: Timestamp
  first_response_breached: Defaulted<boolean>
  resolution_breached: Defaulted<boolean>
  warned_at: Timestamp | null
}

export interface HelpdeskTicketEventsTable {
  id: string
  ticket_id: string
  at: Timestamp
  kind: TicketEventKind
  actor_type: 'reporter' | 'officer' | 'system'
  officer_id: string | null
  body: string | null
  from_status: TicketStatus | null
  to_status: TicketStatus | null
}

export interface HelpdeskAttachmentsTable {
  id: string
  ticket_id: string
  event_id: string
  file_name: string
  content_type: 'application/pdf' | 'image/jpeg' | 'image/png'
  size_bytes: number
}

export interface HelpdeskFollowCodesTable {
  ticket_id: string
  code_hash: Buffer
  expires_at: Timestamp
  attempts: Defaulted<number>
}

export interface HelpdeskCannedAnswersTable {
  id: string
  title_th: string
  title_en: string
  body_th: string
  body_en: string
  updated_by: string | null
  updated_at: GeneratedTimestamp
}

// A type alias, not an interface: Kysely's withTables<T>() needs an index-signature-compatible type.
/** The help desk's tables, used through db.withTables<HelpDeskTables>(). */
export type HelpDeskTables = {
  helpdesk_contact_versions: HelpdeskContactVersionsTable
  helpdesk_holidays: HelpdeskHolidaysTable
  helpdesk_sla_targets: HelpdeskSlaTargetsTable
  helpdesk_tickets: HelpdeskTicketsTable
  helpdesk_ticket_events: HelpdeskTicketEventsTable
  helpdesk_attachments: HelpdeskAttachmentsTable
  helpdesk_follow_codes: HelpdeskFollowCodesTable
  helpdesk_canned_answers: HelpdeskCannedAnswersTable
  helpdesk_sla_notices: HelpdeskSlaNoticesTable
  audit_helpdesk_sla_target_changes: AuditHelpdeskSlaTargetChangesTable
}
