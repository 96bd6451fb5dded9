import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import type { PiiCrypto } from '../../platform/pii-crypto.js'
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
  clearExpiredLock,
  claimTotpStep,
  findOfficer,
  findOfficerByEnrolmentToken,
  findOfficerByUsername,
  recordFailedAttempt,
  recordSignIn,
  rolesOf,
  setPasswordHash,
  setPendingTotp,
  useRecoveryCode,
  type OfficerRow,
} from './officers.repository.js'
import { roleLabel } from './roles.js'

export interface BackOfficeDeps {
  db: Kysely<DB>
  crypto: PiiCrypto
  publicBaseUrl: string
}

/** After this many failed attempts in a row (password or code) the account locks. */
export const MAX_FAILURES = 5
export const LOCK_MINUTES = 15

/** Where a request came from, for the audit trail. */
export interface RequestInfo {
  requestId: string
  ip: string
}

export type PasswordResult =
  { ok: true; officerId: string } | { ok: false; reason: 'invalid' | 'locked' }

function isLocked(o: OfficerRow, now = new Date()): boolean {
  return o.locked_until !== null && o.locked_until > now
}

async function fail(
  deps: BackOfficeDeps,
  o: OfficerRow,
  stage: 'password' | 'code',
  why: string,
  req: RequestInfo,
): Promise<'invalid' | 'locked'> {
  const { lockedUntil } = await recordFailedAttempt(deps.db, o.id, MAX_FAILURES, LOCK_MINUTES)
  const locked = lockedUntil !== null && lockedUntil > new Date()
  await recordAudit(deps.db, {
    actorType: 'anonymous',
    action: 'officer.sign_in_failed',
    subjectType: 'officer',
    subjectId: o.id,
    outcome: 'refused',
    requestId: req.requestId,
    data: { stage, why, locked },
    details: { ip: req.ip },
  })
  return locked ? 'locked' : 'invalid'
}

/** The first factor. The same answer for an unknown name and a wrong password. */
export async function checkPassword(
  deps: BackOfficeDeps,
  input: { username: string; password: string },
  req: RequestInfo,
): Promise<PasswordResult> {
  const o = await findOfficerByUsername(deps.db, input.username)
  if (!o || o.status !== 'active') {
    await verifyPassword(null, input.password)
    await recordAudit(deps.db, {
      actorType: 'anonymous',
      action: 'officer.sign_in_failed',
      subjectType: o ? 'officer' : null,
      subjectId: o?.id ?? null,
      outcome: 'refused',
      requestId: req.requestId,
      data: { stage: 'password', why: o ? `status_${o.status}` : 'unknown_name' },
      details: { ip: req.ip },
    })
    return { ok: false, reason: 'invalid' }
  }
  if (isLocked(o)) {
    // No password check while locked: guessing on does not help and does not extend the lock.
    await recordAudit(deps.db, {
      actorType: 'anonymous',
      action: 'officer.sign_in_failed',
      subjectType: 'officer',
      subjectId: o.id,
      outcome: 'refused',
      requestId: req.requestId,
      data: { stage: 'password', why: 'locked', locked: true },
      details: { ip: req.ip },
    })
    return { ok: false, reason: 'locked' }
  }
  if (o.locked_until !== null) await clearExpiredLock(deps.db, o.id)
  if (!(await verifyPassword(o.password_hash, input.password))) {
    return { ok: false, reason: await fail(deps, o, 'password', 'wrong_password', req) }
  }
  return { ok: true, officerId: o.id }
}

export type CodeResult =
  | { ok: true; officerId: string; recoveryCodeUsed: boolean }
  | { ok: false; reason: 'invalid' | 'replay' | 'locked' }

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
  if (isLocked(o)) return { ok: false, reason: 'locked' }
  const code = typed.replace(/\s/g, '')
  let recoveryCodeUsed = false
  if (/^\d{6}$/.test(code)) {
    const secret = deps.crypto.decrypt({ keyId: o.totp_secret_key_id, blob: o.totp_secret_enc })
    const step = totpStep(secret, code)
    if (step === undefined)
      return { ok: false, reason: await fail(deps, o, 'code', 'wrong_code', req) }
    if (!(await claimTotpStep(deps.db, o.id, step))) {
      const reason = await fail(deps, o, 'code', 'totp_replay', req)
      return { ok: false, reason: reason === 'locked' ? 'locked' : 'replay' }
    }
  } else {
    const recovery = normaliseRecoveryCode(code)
    if (!recovery || !(await useRecoveryCode(deps.db, o.id, secretDigest(recovery)))) {
      return { ok: false, reason: await fail(deps, o, 'code', 'wrong_recovery_code', req) }
    }
    recoveryCodeUsed = true
  }
  await recordSignIn(deps.db, o.id)
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
