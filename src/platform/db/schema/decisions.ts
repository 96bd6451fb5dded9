import type { ColumnType, Generated } from 'kysely'
import type { StoredMailing } from './applications.js'
import type { GeneratedTimestamp, Json, Timestamp } from './columns.js'

// Decisions with their rule results, registrations and each registration's status history.

export interface RuleResult {
  rule: string
  passed: boolean
  facts: Record<string, unknown>
}

export interface DecisionsTable {
  id: string
  application_id: string
  rule_set_id: string
  rule_set_version: string
  outcome: 'approved' | 'refused'
  results: Json<RuleResult[]>
  verification_id: string | null
  profile_id: string | null
  receipt_id: string | null
  dbd_snapshot_id: ColumnType<string | null, string | null | undefined, string | null>
  submit_key: string
  decided_at: GeneratedTimestamp
}

export type RegistrationStatus = 'ACTIVE' | 'SUSPENDED' | 'CANCELLED' | 'EXPIRED'

export interface RegistrationsTable {
  id: string
  registrant_type: 'person' | 'company'
  person_id: string | null
  juristic_person_id: string | null
  kind: ColumnType<
    'importer_exporter' | 'customs_broker',
    'importer_exporter' | 'customs_broker' | undefined,
    'importer_exporter' | 'customs_broker'
  >
  channel: 'online' | 'counter'
  status: RegistrationStatus
  application_id: string | null
  decision_id: string | null
  email: string
  mobile: string
  mailing_address: Json<StoredMailing> | null
  contact_name: ColumnType<string | null, string | null | undefined, string | null>
  branch_code: ColumnType<string | null, string | null | undefined, string | null>
  public_listing: Generated<boolean>
  /** The newest signed receipt of this registration (0090): first decision, reactivation, renewal… */
  latest_receipt_id: ColumnType<string | null, string | null | undefined, string | null>
  valid_from: Timestamp
  valid_until: Timestamp | null
  last_activity_at: Timestamp
  created_at: GeneratedTimestamp
}

export interface RegistrationStatusHistoryTable {
  id: string
  registration_id: string
  status: RegistrationStatus
  reason: string
  changed_at: GeneratedTimestamp
}
