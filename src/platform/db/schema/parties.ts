import type { ColumnType } from 'kysely'
import type { GeneratedTimestamp, Json, Timestamp } from './columns.js'

// Who the parties are: natural and juristic persons, their bank identities and verifications,
// the profiles the bank (or the counter) gave, and what DBD said about a company.

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
  purpose: 'registration' | 'sign-in' | 'company-signer' | 'authority-grantee' | 'step-up'
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
