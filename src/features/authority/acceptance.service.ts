import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB, VerificationFailure } from '../../platform/db/schema.js'
import { NotFoundError } from '../../platform/errors.js'
import { findVerificationById, startVerification, type VerifiedContext } from '../identity/index.js'
import { readSnapshot } from '../registry-dbd/index.js'
import { findSignedApplication, type CompanyDeps } from '../registration-company/index.js'
import { hashAcceptToken, isAcceptToken } from './tokens.js'
import {
  activateGrant,
  findAcceptingGrant,
  findGrantByAcceptVerification,
  findGrantByTokenHash,
  setAcceptVerification,
} from './grants.repository.js'

/** The grant an acceptance link opens, if the link is one at all. */
export async function findGrantByToken(db: Kysely<DB>, token: string) {
  if (!isAcceptToken(token)) return undefined
  return findGrantByTokenHash(db, hashAcceptToken(token))
}

/** The grant this browser is accepting (its id is kept in the session). */
export async function acceptingGrant(db: Kysely<DB>, grantId: string) {
  return findAcceptingGrant(db, grantId)
}

/**
 * What the acceptance page shows of the grant this browser is accepting: the grant, the company
 * (as DBD named it when the directors signed) and the grantee's verification, if started.
 */
export async function acceptanceView(deps: CompanyDeps, grantId: string) {
  const grant = await findAcceptingGrant(deps.db, grantId)
  if (!grant) return undefined
  const a = await findSignedApplication(deps.db, grant.application_id)
  const snap = a?.dbd_snapshot_id
    ? await readSnapshot(deps.db, deps.crypto, a.dbd_snapshot_id)
    : undefined
  const company = snap ? `${snap.company.nameTh} (${snap.company.id})` : (a?.juristic_id ?? '')
  const verification = grant.accept_verification_id
    ? await findVerificationById(deps.db, grant.accept_verification_id)
    : undefined
  return { grant, company, verification }
}

/** Whether the acceptance link can still be used. */
export function acceptable(g: { status: string; accept_expires_at: Date | null }): boolean {
  return (
    g.status === 'awaiting_grantee' &&
    g.accept_expires_at !== null &&
    g.accept_expires_at.getTime() > Date.now()
  )
}

/** The grantee starts their own eKYC for the grant this browser is accepting. */
export async function beginAcceptance(deps: CompanyDeps, grantId: string, requestId: string) {
  return deps.db.transaction().execute(async (trx) => {
    const g = await findAcceptingGrant(trx, grantId)
    if (!g) throw new NotFoundError('grant not found')
    const v = await startVerification(trx, deps, {
      purpose: 'authority-grantee',
      applicationId: g.application_id,
    })
    await setAcceptVerification(trx, g.id, v.id)
    await recordAudit(trx, {
      actorType: 'anonymous',
      action: 'authority.acceptance_started',
      subjectType: 'authority_grant',
      subjectId: g.id,
      requestId,
    })
    return v
  })
}

/** The grantee's verification: the bank-verified ID must be the one the directors typed. */
export async function onGranteeVerified(
  deps: Pick<CompanyDeps, 'crypto'>,
  trx: Kysely<DB>,
  ctx: VerifiedContext,
): Promise<VerificationFailure | undefined> {
  const g = await findGrantByAcceptVerification(trx, ctx.verificationId)
  if (!g || !acceptable(g)) return 'invalid_response'
  if (!g.grantee_id_hmac.equals(deps.crypto.hmac(ctx.nationalId).blob)) return 'id_mismatch'
  await activateGrant(trx, g.id, ctx.personId, new Date())
  await recordAudit(trx, {
    actorType: 'registrant',
    actorId: ctx.personId,
    action: 'authority.accepted',
    subjectType: 'authority_grant',
    subjectId: g.id,
  })
  return undefined
}
