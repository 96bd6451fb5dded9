import { randomInt } from 'node:crypto'
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
  ProviderErrorAnswer,
  ProviderResponseError,
  ProviderUnavailableError,
  type ProviderIdentity,
  type RelyingParty,
} from './relying-party.js'

export type Purpose = 'registration' | 'sign-in' | 'company-signer' | 'authority-grantee'

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

class PurposeRefusal extends Error {
  constructor(readonly failure: VerificationFailure) {
    super(failure)
  }
}

type Row = NonNullable<Awaited<ReturnType<typeof selectByHandle>>>

function selectByHandle(db: Kysely<DB>, handle: string) {
  return db
    .selectFrom('identity_verifications')
    .selectAll()
    .where('handle', '=', handle)
    .executeTakeFirst()
}

/** Creates a verification record holding state, nonce, the PKCE verifier and the binding number. */
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
      binding_code: String(randomInt(10, 100)),
    })
    .execute()
  return { id, handle, expiresAt }
}

async function recordFailure(
  db: Kysely<DB>,
  row: Row,
  failure: VerificationFailure,
  requestId: string | null,
  onFailed: OnFailed | undefined,
  detail?: string,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('identity_verifications')
      .set({ status: 'failed', failure, completed_at: new Date() })
      .where('id', '=', row.id)
      .where('status', 'in', ['pending', 'authenticated'])
      .executeTakeFirst()
    if (Number(result.numUpdatedRows) !== 1) return false
    await recordAudit(trx, {
      actorType: 'anonymous',
      action: 'identity.verification_failed',
      subjectType: 'verification',
      subjectId: row.id,
      outcome: failure === 'invalid_response' || failure === 'not_bound' ? 'refused' : 'failed',
      requestId,
      data: { failure, purpose: row.purpose, ...(detail ? { detail: detail.slice(0, 200) } : {}) },
    })
    await onFailed?.(trx, { verificationId: row.id, applicationId: row.application_id, failure })
    return true
  })
}

/** A verification by its handle; a pending one past its time is recorded (and reported) as expired. */
export async function findVerificationByHandle(db: Kysely<DB>, handle: string, now = new Date()) {
  const row = await selectByHandle(db, handle)
  if (
    row &&
    (row.status === 'pending' || row.status === 'authenticated') &&
    row.expires_at.getTime() <= now.getTime()
  ) {
    await recordFailure(db, row, 'expired', null, undefined)
    return { ...row, status: 'failed' as const, failure: 'expired' as const }
  }
  return row
}

/** A verification by its id, as findVerificationByHandle sees it (an expired one recorded). */
export async function findVerificationById(db: Kysely<DB>, id: string, now = new Date()) {
  const row = await db
    .selectFrom('identity_verifications')
    .select('handle')
    .where('id', '=', id)
    .executeTakeFirst()
  return row ? findVerificationByHandle(db, row.handle, now) : undefined
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
  status: 'verified' | 'authenticated' | 'failed'
  failure: VerificationFailure | undefined
}

/** Applies a verified identity: the person, their account and profile, then the purpose. */
async function commitVerified(
  deps: VerificationDeps,
  row: Row,
  identity: ProviderIdentity,
  ial: number,
  hooks: Record<Purpose, PurposeHooks>,
  requestId: string,
): Promise<CallbackResult> {
  const person = mapClaims(identity.claims, deps.idp.claimMap)
  const nationalId = person.nationalId
  const fail = async (failure: VerificationFailure, detail?: string): Promise<CallbackResult> => {
    if (
      !(await recordFailure(deps.db, row, failure, requestId, hooks[row.purpose].onFailed, detail))
    )
      throw new CallbackRefusedError('replayed')
    return { handle: row.handle, purpose: row.purpose, status: 'failed', failure }
  }
  if (nationalId === undefined || person.firstNameTh === '')
    return fail('invalid_response', 'missing national ID or name')
  try {
    await deps.db.transaction().execute(async (trx) => {
      const personId = await upsertPerson(trx, deps.crypto, nationalId)
      await linkIdentityAccount(trx, personId, identity.issuer, identity.subject)
      const profileId = await saveBankProfile(trx, personId, row.id, person)
      const failure = await hooks[row.purpose].onVerified(trx, {
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
          bound_at: new Date(),
        })
        .where('id', '=', row.id)
        .where('status', 'in', ['pending', 'authenticated'])
        .executeTakeFirst()
      if (Number(updated.numUpdatedRows) !== 1) throw new CallbackRefusedError('replayed')
      await recordAudit(trx, {
        actorType: 'registrant',
        actorId: personId,
        action: 'identity.verified',
        subjectType: 'person',
        subjectId: personId,
        requestId,
        data: { purpose: row.purpose, verificationId: row.id, acr: identity.acr ?? null },
      })
    })
  } catch (err) {
    if (err instanceof PurposeRefusal) return fail(err.failure)
    throw err
  }
  return { handle: row.handle, purpose: row.purpose, status: 'verified', failure: undefined }
}

/**
 * Finishes a verification from the provider's callback, in whatever browser it arrives.
 * Refuses (without changing anything) an unknown state or a replay; records every other outcome.
 * In the browser that started it, the result applies at once; in any other browser it waits
 * until that browser picks the number the starting screen shows (bindVerification).
 */
export async function completeVerification(
  deps: VerificationDeps,
  callbackUrl: URL,
  hooks: Record<Purpose, PurposeHooks>,
  requestId: string,
  sessionHandle: string | undefined,
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
  const fail = async (failure: VerificationFailure, detail?: string): Promise<CallbackResult> => {
    if (
      !(await recordFailure(deps.db, row, failure, requestId, hooks[row.purpose].onFailed, detail))
    )
      throw new CallbackRefusedError('replayed')
    return { handle: row.handle, purpose: row.purpose, status: 'failed', failure }
  }
  if (row.expires_at.getTime() <= Date.now()) return fail('expired')

  let identity: ProviderIdentity
  try {
    identity = await deps.rp.complete(callbackUrl, {
      state: row.state,
      nonce: row.nonce,
      codeVerifier: row.code_verifier,
    })
  } catch (err) {
    if (err instanceof ProviderErrorAnswer) {
      return fail(
        err.error === 'access_denied'
          ? 'declined'
          : err.error === 'temporarily_unavailable'
            ? 'unavailable'
            : 'invalid_response',
        err.error,
      )
    }
    if (err instanceof ProviderUnavailableError) return fail('unavailable')
    if (err instanceof ProviderResponseError) return fail('invalid_response', err.code)
    throw err
  }
  const ial = assuranceLevel(identity.acr, deps.idp.acrLevels)
  if (ial === undefined || ial < deps.idp.minimumIal) return fail('low_assurance')
  if (sessionHandle === row.handle)
    return commitVerified(deps, row, identity, ial, hooks, requestId)

  // Another browser: keep the bank's answer sealed until that browser proves it sees the
  // starting screen, so that a relayed link cannot hand someone's identity to a stranger.
  const sealed = deps.crypto.encrypt(
    JSON.stringify({ iss: identity.issuer, claims: identity.claims }),
  )
  const updated = await deps.db
    .updateTable('identity_verifications')
    .set({
      status: 'authenticated',
      subject: identity.subject,
      acr: identity.acr ?? null,
      ial: String(ial),
      claims_enc: sealed.blob,
      claims_key_id: sealed.keyId,
    })
    .where('id', '=', row.id)
    .where('status', '=', 'pending')
    .executeTakeFirst()
  if (Number(updated.numUpdatedRows) !== 1) throw new CallbackRefusedError('replayed')
  return { handle: row.handle, purpose: row.purpose, status: 'authenticated', failure: undefined }
}

/** Three numbers to choose from, one of them the binding number, in random order. */
export function bindingChoices(code: string): string[] {
  const choices = new Set([code])
  while (choices.size < 3) choices.add(String(randomInt(10, 100)))
  return [...choices].sort(() => randomInt(3) - 1)
}

/** The browser the bank returned to picks the starting screen's number; one try. */
export async function bindVerification(
  deps: VerificationDeps,
  handle: string,
  chosen: string,
  hooks: Record<Purpose, PurposeHooks>,
  requestId: string,
): Promise<CallbackResult> {
  const row = await findVerificationByHandle(deps.db, handle)
  if (
    !row ||
    row.status !== 'authenticated' ||
    !row.claims_enc ||
    !row.claims_key_id ||
    !row.subject ||
    !row.ial
  ) {
    throw new CallbackRefusedError('not_awaiting_binding')
  }
  if (chosen !== row.binding_code) {
    if (!(await recordFailure(deps.db, row, 'not_bound', requestId, hooks[row.purpose].onFailed)))
      throw new CallbackRefusedError('replayed')
    return { handle: row.handle, purpose: row.purpose, status: 'failed', failure: 'not_bound' }
  }
  const opened = JSON.parse(
    deps.crypto.decrypt({ keyId: row.claims_key_id, blob: row.claims_enc }),
  ) as { iss: string; claims: Record<string, unknown> }
  const identity: ProviderIdentity = {
    issuer: opened.iss,
    subject: row.subject,
    acr: row.acr ?? undefined,
    claims: opened.claims,
  }
  return commitVerified(deps, row, identity, Number(row.ial), hooks, requestId)
}
