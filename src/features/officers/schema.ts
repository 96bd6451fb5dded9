import type { ColumnType, Generated } from 'kysely'
import type { GeneratedTimestamp, Json, Timestamp } from '../../platform/db/schema.js'
import type { Role } from './roles.js'

export type OfficerStatus = 'pending' | 'active' | 'disabled'

/** An officer of the agency (db/migrations/0011_officers.sql). */
export interface OfficersTable {
  id: string
  username: string
  display_name: string
  unit: string
  status: ColumnType<OfficerStatus, OfficerStatus | undefined, OfficerStatus>
  password_hash: string | null
  totp_secret_enc: Buffer | null
  totp_secret_key_id: string | null
  totp_enabled_at: Timestamp | null
  /** bigint: read as a string. */
  totp_last_step: ColumnType<
    string | null,
    string | number | null | undefined,
    string | number | null
  >
  failed_attempts: Generated<number>
  locked_until: Timestamp | null
  enrolment_token_hash: Buffer | null
  enrolment_expires_at: Timestamp | null
  created_by: string | null
  created_at: GeneratedTimestamp
  last_sign_in_at: Timestamp | null
  /** Lower case; NULL only for officers created before migration 0017. */
  email: string | null
  email_confirmed_by: string | null
  email_confirmed_at: Timestamp | null
}

export interface OfficerRolesTable {
  officer_id: string
  role: Role
  granted_by: string | null
  granted_at: GeneratedTimestamp
  /** The second administrator who approved a sensitive role (migration 0017). */
  approved_by: string | null
}

export type GrantRequestStatus = 'pending' | 'approved' | 'declined' | 'superseded'

/** A sensitive grant or a change of address, waiting for a second administrator (0017). */
export interface OfficerGrantRequestsTable {
  id: string
  officer_id: string
  roles: Json<Role[]>
  email: string
  email_before: string | null
  requested_by: string
  requested_at: GeneratedTimestamp
  status: ColumnType<GrantRequestStatus, GrantRequestStatus | undefined, GrantRequestStatus>
  decided_by: string | null
  decided_at: Timestamp | null
}

export interface OfficerUnitHistoryTable {
  id: string
  officer_id: string
  unit: string
  changed_by: string | null
  changed_at: GeneratedTimestamp
}

export interface OfficerRecoveryCodesTable {
  officer_id: string
  code_hash: Buffer
  used_at: Timestamp | null
  created_at: GeneratedTimestamp
}

// A type alias, not an interface: Kysely's withTables<T>() needs an index-signature-compatible type.
/** The back office's own tables, used through db.withTables<OfficerTables>(). */
export type OfficerTables = {
  officers: OfficersTable
  officer_roles: OfficerRolesTable
  officer_unit_history: OfficerUnitHistoryTable
  officer_recovery_codes: OfficerRecoveryCodesTable
  officer_grant_requests: OfficerGrantRequestsTable
}
