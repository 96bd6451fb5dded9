import type { Kysely } from 'kysely'
import { recordAudit } from '../../../../platform/audit.js'
import type { DB, VerificationFailure } from '../../../../platform/db/schema.js'
import { recordJourneyEvent } from '../../../../platform/journey.js'
import { formatDateTime } from '../../../../platform/time.js'
import { signInPurpose } from '../../../account/index.js'
import { IDENTITY_PATHS, startVerification, type VerifiedContext } from '../../../identity/index.js'
import { enqueueMail } from '../../../mail/index.js'
import {
  bindVerifiedPerson,
  closeAsRegistered,
  countVerifications,
  findApplication,
  hasLiveRegistration,
  lapseOpenVerifications,
  supersedeOtherDrafts,
  type ApplicationRow,
} from '../../application.repository.js'
import type { PersonDeps } from '../../deps.js'
import { furthest } from '../../journey.js'
import { personMessages } from '../../messages.js'
import { recordStep } from '../../record-step.js'

/** Starts of identity verification one application may make. */
export const MAX_VERIFICATIONS = 10

/** Starts an identity verification for the application and e-mails its link; earlier ones lapse. */
export async function beginVerification(deps: PersonDeps, app: ApplicationRow, requestId: string) {
  return deps.db.transaction().execute(async (trx) => {
    if ((await countVerifications(trx, app.id)) >= MAX_VERIFICATIONS) return 'too-many' as const
    // Only the newest link works: an older QR code or e-mail can no longer be used.
    await lapseOpenVerifications(trx, app.id)
    const v = await startVerification(trx, deps, { purpose: 'registration', applicationId: app.id })
    if (app.email) {
      const m = personMessages(app.locale)
      const link = `${deps.publicBaseUrl}${IDENTITY_PATHS.go(v.handle, app.locale)}`
      const time = formatDateTime(v.expiresAt, app.locale)
      await enqueueMail(trx, {
        to: app.email,
        subject: m('mail.verifySubject'),
        text: m('mail.verifyBody', { link, time }),
      })
    }
    await recordStep(trx, app.id, 'verify', 'identity.verification_started', requestId)
    return v
  })
}

/**
 * Registration purpose: a person the bank shows to be registered already is signed in instead;
 * otherwise the verified ID must be the typed one, and the newest application wins.
 */
export async function onRegistrationVerified(
  deps: PersonDeps,
  trx: Kysely<DB>,
  ctx: VerifiedContext,
): Promise<VerificationFailure | undefined> {
  if (!ctx.applicationId) return 'invalid_response'
  const app = await findApplication(trx, ctx.applicationId)
  if (!app || app.status !== 'draft') return 'invalid_response'
  // Asked only of the bank-verified person, never of the typed ID: nobody learns from this
  // journey whether somebody else's number is registered.
  if (
    (await hasLiveRegistration(trx, ctx.personId)) &&
    (await signInPurpose().onVerified(trx, ctx)) === undefined
  ) {
    await closeAsRegistered(trx, app.id, {
      personId: ctx.personId,
      verificationId: ctx.verificationId,
    })
    await recordAudit(trx, {
      actorType: 'registrant',
      actorId: ctx.personId,
      action: 'application.already_registered',
      subjectType: 'application',
      subjectId: app.id,
    })
    await recordJourneyEvent(trx, {
      journeyId: app.id,
      kind: 'person',
      event: 'verification',
      step: 'already_registered',
    })
    return undefined
  }
  if (!app.national_id_hmac || !app.national_id_hmac.equals(deps.crypto.hmac(ctx.nationalId).blob))
    return 'id_mismatch'
  // The person proved who they are, so their older drafts give way to this one.
  await supersedeOtherDrafts(trx, ctx.personId, app.id)
  await bindVerifiedPerson(trx, app.id, {
    personId: ctx.personId,
    verificationId: ctx.verificationId,
    // An e-mail changed during the bank hop must still be confirmed before going on.
    step: app.email_confirmed_at ? furthest(app.step, 'your-details') : app.step,
  })
  await recordJourneyEvent(trx, {
    journeyId: app.id,
    kind: 'person',
    event: 'verification',
    step: 'verified',
  })
  return undefined
}

/** Records a failed verification as a journey event (statistics find where people struggle). */
export async function onRegistrationFailed(
  db: Kysely<DB>,
  v: { applicationId: string | null; failure: VerificationFailure },
): Promise<void> {
  if (v.applicationId)
    await recordJourneyEvent(db, {
      journeyId: v.applicationId,
      kind: 'person',
      event: 'verification',
      step: v.failure,
    })
}
