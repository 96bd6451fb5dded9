import type { BusinessDate, GeneratedTimestamp, Timestamp } from './columns.js'

// A registration's life after its decision (issue 23): the customs activity API's clients and
// the declarations they report (db/migrations/0070_customs_activity.sql) and
// the warnings and suspensions for inactivity (0071_inactivity.sql).

export interface ApiClientsTable {
  id: string
  name: string
  created_at: GeneratedTimestamp
  disabled_at: Timestamp | null
}

export interface ApiClientSecretsTable {
  id: string
  client_id: string
  secret_hash: Buffer
  created_at: GeneratedTimestamp
  expires_at: Timestamp | null
}

export interface CustomsActivityTable {
  declaration_ref: string
  registration_id: string
  declared_on: BusinessDate
  reported_by: string
  received_at: GeneratedTimestamp
}

export interface InactivityWarningsTable {
  registration_id: string
  last_activity_at: Timestamp
  days_before: 30 | 7
  due_at: Timestamp
  sent_at: Timestamp
}

export interface InactivitySuspensionsTable {
  registration_id: string
  last_activity_at: Timestamp
  rule: 'inactivity.person' | 'inactivity.company'
  months: number
  due_at: Timestamp
  suspended_at: Timestamp
  status_history_id: string
}

// A type alias, not an interface: withTables() needs the implicit index signature.
/** The lifecycle's tables, added to the DB type with db.withTables<LifecycleTables>(). */
export type LifecycleTables = {
  api_clients: ApiClientsTable
  api_client_secrets: ApiClientSecretsTable
  customs_activity: CustomsActivityTable
  inactivity_warnings: InactivityWarningsTable
  inactivity_suspensions: InactivitySuspensionsTable
}
