import { randomInt } from 'node:crypto'
import type { Kysely } from 'kysely'
import * as oidc from 'openid-client'
import type { DB, VerificationFailure } from '../../platform/db/schema.js'
import { newId, randomToken } from '../../platform/ids.js'
import { assuranceLevel } from './claims.js'
import {
  ProviderErrorAnswer,
  ProviderResponseError,
  ProviderUnavailableError,
  type ProviderIdentity,
} from './relying-party.js'
import { commitVerified } from './verification.commit.js'
import { findVerificationByHandle, recordFailure } from './verification.records.js'
import { insertVerification, markAuthenticated, selectByState } from './verification.repository.js'
import {
  CallbackRefusedError,
  type CallbackResult,
  type Purpose,
  type PurposeHooks,
  type VerificationDeps,
} from './verification.types.js'

// A verification from its start to the bank's callback: the record with state, nonce and PKCE
// verifier, the authorization URL behind the QR code, and the callback in whatever browser it
// arrives (applied at once in the starting browser; else held for verification.binding.ts).

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
  await insertVerification(trx, {
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
  return { id, handle, expiresAt }
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
  const row = state === '' ? undefined : await selectByState(deps.db, state)
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
  const held = await markAuthenticated(deps.db, row.id, {
    subject: identity.subject,
    acr: identity.acr ?? null,
    ial: String(ial),
    claims_enc: sealed.blob,
    claims_key_id: sealed.keyId,
  })
  if (!held) throw new CallbackRefusedError('replayed')
  return { handle: row.handle, purpose: row.purpose, status: 'authenticated', failure: undefined }
}
