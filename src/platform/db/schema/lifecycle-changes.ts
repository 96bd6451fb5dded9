import type { Generated } from 'kysely'
import type { GeneratedTimestamp, Json, Timestamp } from './columns.js'
import type { RuleResult } from './decisions.js'

// A registration's changes by its registrant (issue 23): contact details with their history
// and pending e-mail codes (db/migrations/0072_registration_contact_changes.sql), and refreshes
// from the data's source with their rule results (0073_registration_refreshes.sql).

export type ContactField = 'email' | 'mobile' | 'mailing_address'

export interface RegistrationContactChangesTable {
  id: string
  registration_id: string
  field: ContactField
  old_value: Json<unknown> | null
  new_value: Json<unknown>
  changed_by: string
  changed_at: GeneratedTimestamp
}

export interface RegistrationEmailCodesTable {
  id: string
  registration_id: string
  new_email: string
  code_hash: Buffer
  expires_at: Timestamp
  attempts: Generated<number>
  requested_by: string
  created_at: GeneratedTimestamp
  confirmed_at: Timestamp | null
  superseded_at: Timestamp | null
}

export interface RegistrationRefreshesTable {
  id: string
  registration_id: string
  reference: string
  source: 'bank' | 'dbd'
  profile_id: string | null
  verification_id: string | null
  dbd_snapshot_id: string | null
  rule_set_id: string
  rule_set_version: string
  outcome: 'approved' | 'refused'
  results: Json<RuleResult[]>
  receipt_id: string | null
  status_history_id: string | null
  requested_by: string
  decided_at: GeneratedTimestamp
}

// A type alias, not an interface: withTables() needs the implicit index signature.
/** The registrant's changes' tables, added with db.withTables<LifecycleChangeTables>(). */
export type LifecycleChangeTables = {
  registration_contact_changes: RegistrationContactChangesTable
  registration_email_codes: RegistrationEmailCodesTable
  registration_refreshes: RegistrationRefreshesTable
}
