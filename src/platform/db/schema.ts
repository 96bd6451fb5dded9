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

/** What DBD said about a juristic person at one moment (migration 0009). */
export interface DbdSnapshotsTable {
  id: string
  juristic_id: string
  source: 'synthetic' | 'http'
  found: boolean
  status: string | null
  body_enc: Buffer | null
  body_key_id: string | null
  body_digest: string | null
  fetched_at: GeneratedTimestamp
}

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

export interface DocumentAcceptancesTable {
  id: string
  application_id: string | null
  person_id: string | null
  document_id: string
  accepted_at: GeneratedTimestamp
}

export type VerificationFailure =
  | 'declined'
  | 'expired'
  | 'id_mismatch'
  | 'low_assurance'
  | 'unavailable'
  | 'invalid_response'
  | 'not_registered'
  | 'not_bound'
  | 'too_many'
  | 'not_director'
export type VerificationStatus = 'pending' | 'authenticated' | 'verified' | 'failed'

export interface IdentityVerificationsTable {
  id: string
  purpose: 'registration' | 'sign-in' | 'company-signer' | 'authority-grantee'
  application_id: string | null
  handle: string
  state: string
  nonce: string
  code_verifier: string
  issuer: string
  status: ColumnType<VerificationStatus, VerificationStatus | undefined, VerificationStatus>
  failure: VerificationFailure | null
  subject: string | null
  acr: string | null
  ial: string | null
  claims_enc: Buffer | null
  claims_key_id: string | null
  claims_digest: string | null
  person_id: string | null
  created_at: GeneratedTimestamp
  expires_at: Timestamp
  completed_at: Timestamp | null
  binding_code: string | null
  bound_at: Timestamp | null
}

export interface PersonProfilesTable {
  id: string
  person_id: string
  source: 'bank' | 'counter'
  verification_id: string | null
  title_th: string | null
  first_name_th: string
  middle_name_th: string | null
  last_name_th: string
  title_en: string | null
  first_name_en: string | null
  middle_name_en: string | null
  last_name_en: string | null
  birth_date: string | null
  nationality: string | null
  id_card_address: Json<IdCardAddress> | null
  effective_from: GeneratedTimestamp
}

/** The address on the ID card, as the bank gives it. */
export interface IdCardAddress {
  houseNo?: string
  moo?: string
  soi?: string
  road?: string
  subdistrict?: string
  district?: string
  province?: string
  postcode?: string
  formatted?: string
}

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

export interface DB {
  applications: ApplicationsTable
  application_signers: ApplicationSignersTable
  authority_grants: AuthorityGrantsTable
  dbd_snapshots: DbdSnapshotsTable
  document_acceptances: DocumentAcceptancesTable
  identity_verifications: IdentityVerificationsTable
  person_profiles: PersonProfilesTable
  decisions: DecisionsTable
  registrations: RegistrationsTable
  registration_status_history: RegistrationStatusHistoryTable
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
