import type { Kysely } from 'kysely'
import type { IdpConfig } from '../../config.js'
import type { DB, VerificationFailure } from '../../platform/db/schema.js'
import type { PiiCrypto } from '../../platform/pii-crypto.js'
import type { VerifiedPerson } from './claims.js'
import type { RelyingParty } from './relying-party.js'

// The vocabulary of a verification: its purposes, what it needs, what a purpose does with a
// verified person, and what a callback or a binding comes to.

export type Purpose =
  'registration' | 'sign-in' | 'company-signer' | 'authority-grantee' | 'step-up'

export interface VerificationDeps {
  db: Kysely<DB>
  rp: RelyingParty
  crypto: PiiCrypto
  idp: IdpConfig
}

/** What a purpose (registration, sign-in) does with a verified person, inside the same transaction. */
export interface VerifiedContext {
  verificationId: string
  applicationId: string | null
  personId: string
  profileId: string
  nationalId: string
  person: VerifiedPerson
}
export type OnVerified = (
  trx: Kysely<DB>,
  ctx: VerifiedContext,
) => Promise<VerificationFailure | undefined>
/** Told of every failure, in the transaction that records it (journey statistics). */
export type OnFailed = (
  trx: Kysely<DB>,
  v: { verificationId: string; applicationId: string | null; failure: VerificationFailure },
) => Promise<void>

export interface PurposeHooks {
  onVerified: OnVerified
  onFailed?: OnFailed
}

/** A callback that must not change anything: unknown state, or a replay of a finished one. */
export class CallbackRefusedError extends Error {
  override name = 'CallbackRefusedError'
  constructor(readonly reason: 'unknown_state' | 'replayed' | 'not_awaiting_binding') {
    super(reason)
  }
}

export interface CallbackResult {
  handle: string
  purpose: Purpose
  status: 'verified' | 'authenticated' | 'failed'
  failure: VerificationFailure | undefined
}
