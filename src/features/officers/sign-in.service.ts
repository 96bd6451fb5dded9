import { recordAudit } from '../../platform/audit.js'
import {
  hashPassword,
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  secretDigest,
  totpStep,
  verifyPassword,
} from './credentials.js'
import {
  activateOfficer,
  claimTotpStep,
  findOfficerByEnrolmentToken,
  recordSignIn,
  setPasswordHash,
  setPendingTotp,
  useRecoveryCode,
} from './credential.repository.js'
import {
  findOfficer,
  findOfficerByUsername,
  rolesOf,
  type OfficerRow,
} from './officer.repository.js'
import type { BackOfficeDeps } from './deps.js'
import { roleLabel } from './roles.js'
import {
  blockedUntil,
  clearThrottle,
  forgetStaleThrottles,
  recordThrottledFailure,
  type ThrottleKey,
} from './sign-in-throttle.repository.js'

/**
 * Throttling per (username as typed, client address), never per account, so that nobody can lock
 * an officer out from elsewhere: after MAX_FAILURES failures in a row (password or code) from one
 * address, that name is refused unchecked from there for a minute, doubled at each further
 * failure, at most an hour. A complete sign-in starts the pair afresh.
 */
export const MAX_FAILURES = 5
export const FIRST_BLOCK_SECONDS = 60
const BACK_OFF = {
  freeFailures: MAX_FAILURES,
  firstBlockSeconds: FIRST_BLOCK_SECONDS,
  maxBlockSeconds: 3600,
}
/** Pairs untouched this long are forgotten (they hold a client address). */
const THROTTLE_KEPT_HOURS = 24

/** Where a request came from, for the audit trail. */
export interface RequestInfo {
  requestId: string
  ip: string
}

export type PasswordResult = { ok: true; officerId: string } | { ok: false }

function throttleKey(username: string, req: RequestInfo): ThrottleKey {
  return { username: username.toLowerCase().slice(0, 200), address: req.ip.slice(0, 64) }
}

async function auditFailure(
  deps: BackOfficeDeps,
  o: OfficerRow | undefined,
  data: Record<string, unknown>,
  req: RequestInfo,
): Promise<void> {
  await recordAudit(deps.db, {
    actorType: 'anonymous',
    action: 'officer.sign_in_failed',
    subjectType: o ? 'officer' : null,
    subjectId: o?.id ?? null,
    outcome: 'refused',
    requestId: req.requestId,
    data,
    details: { ip: req.ip },
  })
}

/** Counts a failure for the pair and audits it; true when the pair is now throttled. */
async function fail(
  deps: BackOfficeDeps,
  key: ThrottleKey,
  o: OfficerRow | undefined,
  stage: 'password' | 'code',
  why: string,
  req: RequestInfo,
): Promise<boolean> {
  const { failures, blockedUntil: until } = await recordThrottledFailure(deps.db, key, BACK_OFF)
  await forgetStaleThrottles(deps.db, THROTTLE_KEPT_HOURS)
  const blockedSeconds = until ? Math.max(0, Math.round((until.getTime() - Date.now()) / 1000)) : 0
  const throttled = blockedSeconds > 0
  await auditFailure(deps, o, { stage, why, failures, throttled, blockedSeconds }, req)
  return throttled
}

/**
 * The first factor. One answer for an unknown name, a wrong password, a disabled account and a
 * throttled pair, each after the same argon2 verification, so that none tells them apart.
 */
export async function checkPassword(
  deps: BackOfficeDeps,
  input: { username: string; password: string },
  req: RequestInfo,
): Promise<PasswordResult> {
  const key = throttleKey(input.username, req)
  const o = await findOfficerByUsername(deps.db, input.username)
  if (await blockedUntil(deps.db, key)) {
    // No password check while throttled: guessing on does not help and does not lengthen it.
    await verifyPassword(null, input.password)
    await auditFailure(deps, o, { stage: 'password', why: 'throttled', throttled: true }, req)
    return { ok: false }
  }
  const usable = o?.status === 'active' ? o : undefined
  if (await verifyPassword(usable?.password_hash ?? null, input.password)) {
    if (usable) return { ok: true, officerId: usable.id }
  }
  const why = !o ? 'unknown_name' : o.status !== 'active' ? `status_${o.status}` : 'wrong_password'
  await fail(deps, key, o, 'password', why, req)
  return { ok: false }
}

export type CodeResult =
  | { ok: true; officerId: string; recoveryCodeUsed: boolean }
  | { ok: false; reason: 'invalid' | 'replay' | 'throttled' }

/** The second factor: a TOTP code (each used once) or one of the recovery codes. */
export async function checkSecondFactor(
  deps: BackOfficeDeps,
  officerId: string,
  typed: string,
  req: RequestInfo,
): Promise<CodeResult> {
  const o = await findOfficer(deps.db, officerId)
  if (!o || o.status !== 'active' || !o.totp_secret_enc || !o.totp_secret_key_id)
    return { ok: false, reason: 'invalid' }
  const key = throttleKey(o.username, req)
  if (await blockedUntil(deps.db, key)) {
    await auditFailure(deps, o, { stage: 'code', why: 'throttled', throttled: true }, req)
    return { ok: false, reason: 'throttled' }
  }
  const refuse = async (why: string, reason: 'invalid' | 'replay'): Promise<CodeResult> => ({
    ok: false,
    reason: (await fail(deps, key, o, 'code', why, req)) ? 'throttled' : reason,
  })
  const code = typed.replace(/\s/g, '')
  let recoveryCodeUsed = false
  if (/^\d{6}$/.test(code)) {
    const secret = deps.crypto.decrypt({ keyId: o.totp_secret_key_id, blob: o.totp_secret_enc })
    const step = totpStep(secret, code)
    if (step === undefined) return refuse('wrong_code', 'invalid')
    if (!(await claimTotpStep(deps.db, o.id, step))) return refuse('totp_replay', 'replay')
  } else {
    const recovery = normaliseRecoveryCode(code)
    if (!recovery || !(await useRecoveryCode(deps.db, o.id, secretDigest(recovery))))
      return refuse('wrong_recovery_code', 'invalid')
    recoveryCodeUsed = true
  }
  await recordSignIn(deps.db, o.id)
  await clearThrottle(deps.db, key)
  await recordAudit(deps.db, {
    actorType: 'officer',
    actorId: o.id,
    actorRole: roleLabel(await rolesOf(deps.db, o.id)),
    action: 'officer.signed_in',
    subjectType: 'officer',
    subjectId: o.id,
    requestId: req.requestId,
    data: { secondFactor: recoveryCodeUsed ? 'recovery_code' : 'totp' },
    details: { ip: req.ip },
  })
  return { ok: true, officerId: o.id, recoveryCodeUsed }
}

/** The officer a valid enrolment link belongs to. */
export async function officerForEnrolmentLink(
  deps: BackOfficeDeps,
  token: string,
): Promise<string | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined
  const o = await findOfficerByEnrolmentToken(deps.db, secretDigest(token))
  return o?.id
}

/** A pending officer during enrolment, or undefined when enrolment is over or expired. */
export async function pendingOfficer(
  deps: BackOfficeDeps,
  officerId: string,
): Promise<OfficerRow | undefined> {
  const o = await findOfficer(deps.db, officerId)
  if (!o || o.status !== 'pending') return undefined
  if (!o.enrolment_expires_at || o.enrolment_expires_at <= new Date()) return undefined
  return o
}

/** Stores the password the officer chose (already validated). */
export async function choosePassword(
  deps: BackOfficeDeps,
  officerId: string,
  password: string,
): Promise<void> {
  await setPasswordHash(deps.db, officerId, await hashPassword(password))
}

/** The TOTP secret to show during enrolment: the pending one, or a new one. */
export async function enrolmentSecret(deps: BackOfficeDeps, o: OfficerRow): Promise<string> {
  if (o.totp_secret_enc && o.totp_secret_key_id)
    return deps.crypto.decrypt({ keyId: o.totp_secret_key_id, blob: o.totp_secret_enc })
  const secret = newTotpSecret()
  await setPendingTotp(deps.db, o.id, deps.crypto.encrypt(secret))
  return secret
}

/**
 * Confirms the authenticator with a code from it; completes enrolment and returns the ten
 * recovery codes (shown once, only their hashes are kept). Undefined when the code is wrong.
 */
export async function completeEnrolment(
  deps: BackOfficeDeps,
  o: OfficerRow,
  code: string,
  req: RequestInfo,
): Promise<string[] | undefined> {
  if (!o.totp_secret_enc || !o.totp_secret_key_id || !o.password_hash) return undefined
  const secret = deps.crypto.decrypt({ keyId: o.totp_secret_key_id, blob: o.totp_secret_enc })
  const step = totpStep(secret, code.replace(/\s/g, ''))
  if (step === undefined) return undefined
  const codes = newRecoveryCodes()
  const done = await deps.db.transaction().execute(async (trx) => {
    const activated = await activateOfficer(
      trx,
      o.id,
      step,
      codes.map((c) => secretDigest(c)),
    )
    if (!activated) return false
    await recordAudit(trx, {
      actorType: 'officer',
      actorId: o.id,
      actorRole: roleLabel(await rolesOf(trx, o.id)),
      action: 'officer.enrolled',
      subjectType: 'officer',
      subjectId: o.id,
      requestId: req.requestId,
      details: { ip: req.ip },
    })
    return true
  })
  return done ? codes : undefined
}
