import type { ColumnType } from 'kysely'
import type { GeneratedTimestamp, Timestamp } from '../../platform/db/schema.js'

export const REQUEST_KINDS = ['access', 'rectification', 'objection', 'erasure'] as const
export type RequestKind = (typeof REQUEST_KINDS)[number]

export const OUTCOMES = ['fulfilled', 'partly_fulfilled', 'refused'] as const
export type Outcome = (typeof OUTCOMES)[number]

export const REMINDER_STAGES = ['due_in_7_days', 'due_in_1_day', 'overdue'] as const
export type ReminderStage = (typeof REMINDER_STAGES)[number]

type RequestStatus = 'open' | 'closed'

/** A data-subject request (db/migrations/0013_pdpa.sql). */
export interface DataSubjectRequestsTable {
  id: string
  reference: string
  person_id: string
  kind: RequestKind
  details: string
  locale: ColumnType<'th' | 'en', 'th' | 'en' | undefined, 'th' | 'en'>
  status: ColumnType<RequestStatus, RequestStatus | undefined, RequestStatus>
  received_at: Timestamp
  due_at: Timestamp
  outcome: Outcome | null
  outcome_note: string | null
  decided_by: string | null
  decided_at: Timestamp | null
  texts_cleared_at: Timestamp | null
}

export interface DataSubjectRequestRemindersTable {
  request_id: string
  stage: ReminderStage
  sent_at: GeneratedTimestamp
}

// A type alias, not an interface: Kysely's withTables<T>() needs an index-signature-compatible type.
/** The PDPA feature's own tables, used through db.withTables<PdpaTables>(). */
export type PdpaTables = {
  data_subject_requests: DataSubjectRequestsTable
  data_subject_request_reminders: DataSubjectRequestRemindersTable
}
