import type { Kysely } from 'kysely'
import * as oidc from 'openid-client'
import type { IdpConfig } from '../../config.js'
import { recordAudit } from '../../platform/audit.js'
import type { DB, VerificationFailure } from '../../platform/db/schema.js'
import { newId, randomToken } from '../../platform/ids.js'
import type { PiiCrypto } from '../../platform/pii-crypto.js'
import { assuranceLevel, claimsDigest, mapClaims, type VerifiedPerson } from './claims.js'
import { linkIdentityAccount, saveBankProfile, upsertPerson } from './persons.repository.js'
import {
  ProviderResponseError,
  ProviderUnavailableError,
  type RelyingParty,
} from './relying-party.js'

export type Purpose = 'registration' | 'sign-in'

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
/** Told of every failure, after it is recorded (journey statistics). */
export type OnFailed = (
  db: Kysely<DB>,
  v: { verificationId: string; applicationId: string | null; failure: VerificationFailure },
) => Promise<void>

export interface PurposeHooks {
  onVerified: OnVerified
  onFailed?: OnFailed
}

/** A callback that must not change anything: unknown state, or a replay of a finished one. */
export class CallbackRefusedError extends Error {
  override name = 'CallbackRefusedError'
  constructor(readonly reason: 'unknown_state' | 'replayed') {
    super(reason)
  }
}

class PurposeRefusal extends Error {
  constructor(readonly failure: VerificationFailure) {
    super(failure)
  }
}

/** Creates a verification record holding state, nonce and the PKCE verifier. */
export async function startVerification(
  trx: Kysely<DB>,
  deps: Pick<VerificationDeps, 'idp'>,
  opts: { purpose: Purpose; applicationId: string | null; now?: Date },
): Promise<{ id: string; handle: string; expiresAt: Date }> {
  const now = opts.now ?? new Date()
  const id = newId()
  const handle = randomToken()
  const expiresAt = new Date(now.getTime() + deps.idp.verificationTtlMinutes * 60_000)
  await trx
    .insertInto('identity_verifications')
    .values({
      id,
      purpose: opts.purpose,
      application_id: opts.applicationId,
      handle,
      state: randomToken(),
      nonce: randomToken(),
      code_verifier: oidc.randomPKCECodeVerifier(),
      issuer: deps.idp.issuer,
      expires_at: expiresAt,
    })
    .execute()
  return { id, handle, expiresAt }
}

/** A verification by its handle, with a pending one past its time reported (and stored) as expired. */
export async function findVerificationByHandle(db: Kysely<DB>, handle: string, now = new Date()) {
  const row = await db
    .selectFrom('identity_verifications')
    .selectAll()
    .where('handle', '=', handle)
    .executeTakeFirst()
  if (row && row.status === 'pending' && row.expires_at.getTime() <= now.getTime()) {
    await markFailed(db, row.id, 'expired')
    return { ...row, status: 'failed' as const, failure: 'expired' as const }
  }
  return row
}

async function markFailed(
  db: Kysely<DB>,
  id: string,
  failure: VerificationFailure,
): Promise<boolean> {
  const result = await db
    .updateTable('identity_verifications')
    .set({ status: 'failed', failure, completed_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** The authorization URL for a pending verification (the QR code and e-mail link lead here). */
export async function authorizationUrlFor(
  deps: VerificationDeps,
  handle: string,
): Promise<string | undefined> {
  const row = await findVerificationByHandle(deps.db, handle)
  if (!row || row.status !== 'pending') return undefined
  return deps.rp.authorizationUrl({
    state: row.state,
    nonce: row.nonce,
    codeVerifier: row.code_verifier,
  })
}

export interface CallbackResult {
  handle: string
  purpose: Purpose
  status: 'verified' | 'failed'
  failure: VerificationFailure | undefined
}

/**
 * Finishes a verification from the provider's callback, in whatever browser it arrives.
 * Refuses (without changing anything) an unknown state or a replay; records every other outcome.
 */
export async function completeVerification(
  deps: VerificationDeps,
  callbackUrl: URL,
  hooks: Record<Purpose, PurposeHooks>,
  requestId: string,
): Promise<CallbackResult> {
  const state = callbackUrl.searchParams.get('state') ?? ''
  const row =
    state === ''
      ? undefined
      : await deps.db
          .selectFrom('identity_verifications')
          .selectAll()
          .where('state', '=', state)
          .executeTakeFirst()
  if (!row) throw new CallbackRefusedError('unknown_state')
  if (row.status !== 'pending') throw new CallbackRefusedError('replayed')
  const purpose = row.purpose
  const fail = async (failure: VerificationFailure, detail?: string): Promise<CallbackResult> => {
    if (!(await markFailed(deps.db, row.id, failure))) throw new CallbackRefusedError('replayed')
    await recordAudit(deps.db, {
      actorType: 'anonymous',
      action: 'identity.verification_failed',
      subjectType: 'verification',
      subjectId: row.id,
      outcome: failure === 'invalid_response' ? 'refused' : 'failed',
      requestId,
      data: { failure, ...(detail ? { detail: detail.slice(0, 200) } : {}) },
    })
    await hooks[purpose].onFailed?.(deps.db, {
      verificationId: row.id,
      applicationId: row.application_id,
      failure,
    })
    return { handle: row.handle, purpose, status: 'failed', failure }
  }

  if (row.expires_at.getTime() <= Date.now()) return fail('expired')
  const error = callbackUrl.searchParams.get('error')
  if (error)
    return fail(
      error === 'access_denied'
        ? 'declined'
        : error === 'temporarily_unavailable'
          ? 'unavailable'
          : 'invalid_response',
      error,
    )

  let identity
  try {
    identity = await deps.rp.complete(callbackUrl, {
      state: row.state,
      nonce: row.nonce,
      codeVerifier: row.code_verifier,
    })
  } catch (err) {
    if (err instanceof ProviderUnavailableError) return fail('unavailable')
    if (err instanceof ProviderResponseError) return fail('invalid_response', err.code)
    throw err
  }
  const person = mapClaims(identity.claims, deps.idp.claimMap)
  const ial = assuranceLevel(identity.acr, deps.idp.acrLevels)
  if (ial === undefined || ial < deps.idp.minimumIal) return fail('low_assurance')
  const nationalId = person.nationalId
  if (nationalId === undefined || person.firstNameTh === '')
    return fail('invalid_response', 'missing national ID or name')

  let purposeFailure: VerificationFailure | undefined
  try {
    await deps.db.transaction().execute(async (trx) => {
      const personId = await upsertPerson(trx, deps.crypto, nationalId)
      await linkIdentityAccount(trx, personId, identity.issuer, identity.subject)
      const profileId = await saveBankProfile(trx, personId, row.id, person)
      const failure = await hooks[purpose].onVerified(trx, {
        verificationId: row.id,
        applicationId: row.application_id,
        personId,
        profileId,
        nationalId,
        person,
      })
      // Roll back: nothing about a person who was refused is kept beyond the failure itself.
      if (failure) throw new PurposeRefusal(failure)
      const sealed = deps.crypto.encrypt(JSON.stringify(identity.claims))
      const updated = await trx
        .updateTable('identity_verifications')
        .set({
          status: 'verified',
          subject: identity.subject,
          acr: identity.acr ?? null,
          ial: String(ial),
          claims_enc: sealed.blob,
          claims_key_id: sealed.keyId,
          claims_digest: claimsDigest(identity.claims),
          person_id: personId,
          completed_at: new Date(),
        })
        .where('id', '=', row.id)
        .where('status', '=', 'pending')
        .executeTakeFirst()
      if (Number(updated.numUpdatedRows) !== 1) throw new CallbackRefusedError('replayed')
      await recordAudit(trx, {
        actorType: 'registrant',
        actorId: personId,
        action: 'identity.verified',
        subjectType: 'person',
        subjectId: personId,
        requestId,
        data: { purpose, verificationId: row.id, acr: identity.acr ?? null },
      })
    })
  } catch (err) {
    if (!(err instanceof PurposeRefusal)) throw err
    purposeFailure = err.failure
  }
  if (purposeFailure) return fail(purposeFailure)
  return { handle: row.handle, purpose, status: 'verified', failure: undefined }
}
