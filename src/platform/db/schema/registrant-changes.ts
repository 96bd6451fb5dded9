import type { ColumnType } from 'kysely'
import type { Json, Timestamp } from './columns.js'
import type { RuleResult } from './decisions.js'

// Changes a registrant makes to their registration themselves (issue 23): reactivation after a
// suspension and cancellation, each decision with its receipt
// (db/migrations/0075_reactivation_and_cancellation.sql, 0076_cancellation_withdrawn.sql).

export interface RegistrationReactivationsTable {
  id: string
  registration_id: string
  reference: string
  person_id: string
  verification_id: string
  dbd_snapshot_id: string | null
  rule_set_version: string
  outcome: 'approved' | 'refused'
  results: Json<RuleResult[]>
  receipt_id: string
  status_history_id: string | null
  decided_at: Timestamp
}

export interface RegistrationCancellationsTable {
  id: string
  registration_id: string
  reference: string
  started_by: string
  status: 'awaiting_directors' | 'cancelled' | 'withdrawn'
  dbd_snapshot_id: string | null
  results: Json<RuleResult[]> | null
  receipt_id: string | null
  status_history_id: string | null
  created_at: Timestamp
  decided_at: Timestamp | null
  /** The director who withdrew a cancellation still waiting (0076). */
  withdrawn_by: ColumnType<string | null, string | null | undefined, string | null>
}

export interface RegistrationCancellationConfirmationsTable {
  cancellation_id: string
  person_id: string
  verification_id: string
  director_index: number | null
  confirmed_at: Timestamp
}

// A type alias, not an interface: withTables() needs the implicit index signature.
/** Reactivations and cancellations, added to the DB type with db.withTables<RegistrantChangeTables>(). */
export type RegistrantChangeTables = {
  registration_reactivations: RegistrationReactivationsTable
  registration_cancellations: RegistrationCancellationsTable
  registration_cancellation_confirmations: RegistrationCancellationConfirmationsTable
}
