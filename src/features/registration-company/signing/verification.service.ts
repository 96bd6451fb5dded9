import type { Kysely } from 'kysely'
import { recordAudit } from '../../../platform/audit.js'
import type { DB, VerificationFailure } from '../../../platform/db/schema.js'
import { recordJourneyEvent } from '../../../platform/journey.js'
import { startVerification, type VerifiedContext } from '../../identity/index.js'
import { directorName, matchDirector, readSnapshot } from '../../registry-dbd/index.js'
import { findSignedApplication, moveToStep } from '../company.repository.js'
import type { CompanyDeps } from '../deps.js'
import { furthest } from '../journey.js'
import { recordStep } from '../record-step.js'
import {
  claimAcceptances,
  countVerifications,
  findSignerByVerification,
  initiatorSignerId,
  lapseVerificationOf,
  markSignerVerified,
  setVerification,
  withdrawInvitesCoveredBy,
} from './signer.repository.js'

export const MAX_VERIFICATIONS = 10

/**
 * Starts a verification for one signer: the applicant (no director chosen yet: the bank's
 * answer says which director they are) or an invited director. Earlier ones of that signer lapse.
 */
export async function beginSignerVerification(
  deps: CompanyDeps,
  opts: { applicationId: string; signerId: string | null; requestId: string },
) {
  return deps.db.transaction().execute(async (trx) => {
    if ((await countVerifications(trx, opts.applicationId)) >= MAX_VERIFICATIONS * 3)
      return 'too-many' as const
    const signerId = opts.signerId ?? (await initiatorSignerId(trx, opts.applicationId))
    await lapseVerificationOf(trx, signerId)
    const v = await startVerification(trx, deps, {
      purpose: 'company-signer',
      applicationId: opts.applicationId,
    })
    await setVerification(trx, signerId, v.id)
    await recordStep(
      trx,
      opts.applicationId,
      'verify',
      'identity.verification_started',
      opts.requestId,
      { signerId },
    )
    return { ...v, signerId }
  })
}

/**
 * The company-signer purpose: the verified person must be a director in the application's DBD
 * snapshot — any director for the applicant, the invited one for an e-mailed link. Anyone else
 * is refused (`not_director`; the refusal is audited by the identity feature).
 */
export async function onSignerVerified(
  deps: Pick<CompanyDeps, 'crypto'>,
  trx: Kysely<DB>,
  ctx: VerifiedContext,
): Promise<VerificationFailure | undefined> {
  const signer = await findSignerByVerification(trx, ctx.verificationId)
  if (!signer || signer.status !== 'invited') return 'invalid_response'
  const app = await findSignedApplication(trx, signer.application_id)
  if (!app || !['draft', 'submitted'].includes(app.status) || !app.dbd_snapshot_id)
    return 'invalid_response'
  const snap = await readSnapshot(trx, deps.crypto, app.dbd_snapshot_id)
  if (!snap) return 'invalid_response'
  const directors = snap.company.directors
  const match = matchDirector(
    directors,
    { ...ctx.person, nationalId: ctx.nationalId },
    signer.initiator ? undefined : (signer.director_index ?? -1),
  )
  if (!match) return 'not_director'
  const director = directors[match.index]
  if (!director) return 'invalid_response'
  // The applicant may be a director someone else had already invited: the applicant covers it.
  if (signer.initiator) await withdrawInvitesCoveredBy(trx, app.id, match.index, signer.id)
  await markSignerVerified(trx, signer.id, {
    director_index: match.index,
    director_name: directorName(director),
    director_id_hmac: director.id === '' ? null : deps.crypto.hmac(director.id).blob,
    person_id: ctx.personId,
    match_basis: match.basis,
  })
  if (signer.initiator) await moveToStep(trx, app.id, furthest(app.step, 'signers'))
  await claimAcceptances(trx, app.id, ctx.personId)
  await recordJourneyEvent(trx, {
    journeyId: app.id,
    kind: 'company',
    event: 'verification',
    step: 'verified',
  })
  await recordAudit(trx, {
    actorType: 'registrant',
    actorId: ctx.personId,
    action: 'company.signer_verified',
    subjectType: 'application',
    subjectId: app.id,
    data: { signerId: signer.id, directorIndex: match.index, basis: match.basis },
  })
  return undefined
}

/** Failed verifications are journey statistics too. */
export async function onSignerFailed(
  db: Kysely<DB>,
  v: { applicationId: string | null; failure: VerificationFailure },
): Promise<void> {
  if (v.applicationId)
    await recordJourneyEvent(db, {
      journeyId: v.applicationId,
      kind: 'company',
      event: 'verification',
      step: v.failure,
    })
}
