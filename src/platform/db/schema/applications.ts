import type { ColumnType, Generated } from 'kysely'
import type { BusinessDate, GeneratedTimestamp, Json, Timestamp } from './columns.js'

// Applications (person, company, and grants of authority), the directors who sign them, the
// grants themselves, and the mailing address they carry.

export interface ApplicationsTable {
  id: string
  reference: string
  kind: 'person' | 'company' | 'authority'
  channel: ColumnType<'online' | 'counter', 'online' | 'counter' | undefined, 'online' | 'counter'>
  status: ColumnType<ApplicationStatus, ApplicationStatus | undefined, ApplicationStatus>
  step: ApplicationStep
  locale: ColumnType<'th' | 'en', 'th' | 'en' | undefined, 'th' | 'en'>
  national_id_hmac: Buffer | null
  national_id_enc: Buffer | null
  national_id_enc_key_id: string | null
  email: string | null
  email_confirmed_at: Timestamp | null
  email_code_hash: Buffer | null
  email_code_expires_at: Timestamp | null
  email_code_attempts: Generated<number>
  email_codes_sent: Generated<number>
  mobile: string | null
  mailing_address: Json<StoredMailing> | null
  person_id: string | null
  verification_id: string | null
  resume_token_hash: Buffer | null
  submit_key: string | null
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
  submitted_at: Timestamp | null
  decided_at: Timestamp | null
  juristic_id: string | null
  dbd_snapshot_id: string | null
  contact_name: string | null
  branch_code: string | null
  signers_chosen_at: Timestamp | null
}
export type ApplicationStatus =
  'draft' | 'submitted' | 'approved' | 'refused' | 'superseded' | 'expired'
/**
 * The step an application may open: the person journey's, the company journey's (a grant of
 * authority starts at `signers`), and `done` for rows made already decided (counter, fixtures).
 */
export type ApplicationStep =
  | 'details'
  | 'confirm-email'
  | 'verify'
  | 'your-details'
  | 'check'
  | 'company'
  | 'signers'
  | 'contact'
  | 'done'
export type GrantStatus =
  'awaiting_directors' | 'awaiting_grantee' | 'active' | 'revoked' | 'refused'

/** Scoped authority a company's directors grant a person (migration 0012). */
export interface AuthorityGrantsTable {
  id: string
  juristic_person_id: string
  application_id: string
  grantee_id_hmac: Buffer
  grantee_id_enc: Buffer
  grantee_id_key_id: string
  grantee_email: string
  grantee_person_id: string | null
  scopes: Json<string[]>
  valid_from: BusinessDate
  valid_until: BusinessDate
  status: ColumnType<GrantStatus, GrantStatus | undefined, GrantStatus>
  accept_token_hash: Buffer | null
  accept_expires_at: Timestamp | null
  accept_verification_id: string | null
  created_by_person_id: string
  created_at: GeneratedTimestamp
  signed_at: Timestamp | null
  accepted_at: Timestamp | null
  revoked_at: Timestamp | null
  revoked_by_person_id: string | null
}

export type SignerStatus = 'invited' | 'verified' | 'expired' | 'withdrawn'

/** A director who signs for a company application. */
export interface ApplicationSignersTable {
  id: string
  application_id: string
  initiator: Generated<boolean>
  director_index: number | null
  director_name: string | null
  director_id_hmac: Buffer | null
  email: string | null
  status: ColumnType<SignerStatus, SignerStatus | undefined, SignerStatus>
  invite_token_hash: Buffer | null
  invite_expires_at: Timestamp | null
  invites_sent: Generated<number>
  reminded_at: Timestamp | null
  verification_id: string | null
  person_id: string | null
  match_basis: 'national_id' | 'name' | null
  verified_at: Timestamp | null
  created_at: GeneratedTimestamp
}

/** A postal address as stored: free lines plus the DOPA area it belongs to. */
export interface MailingAddress {
  houseNo: string
  moo?: string
  soi?: string
  road?: string
  subdistrictCode: string
  subdistrict: string
  districtCode: string
  district: string
  provinceCode: string
  province: string
  postcode: string
}

/** The mailing address: the ID-card address as the bank gave it, or another one in a DOPA area. */
export type StoredMailing = { kind: 'id-card' } | ({ kind: 'other' } & MailingAddress)
