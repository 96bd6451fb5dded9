import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { IdpConfig } from '../../config.js'
import { recordAudit } from '../../platform/audit.js'
import type { DB, StoredMailing, VerificationFailure } from '../../platform/db/schema.js'
import { randomToken } from '../../platform/ids.js'
import { recordJourneyEvent } from '../../platform/journey.js'
import type { PiiCrypto } from '../../platform/pii-crypto.js'
import { formatDateTime } from '../../platform/time.js'
import { checkEmailCode, sendCode, type CodeResult } from '../contact/index.js'
import { IDENTITY_PATHS, startVerification, type VerifiedContext } from '../identity/index.js'
import { enqueueMail } from '../mail/index.js'
import { PATHS, furthest, type Step } from './journey.js'
import { personMessages } from './messages.js'
import { findApplication, type ApplicationRow } from './person.repository.js'
import type { Details, MailingChoice } from './person.schema.js'

export interface PersonDeps {
  db: Kysely<DB>
  crypto: PiiCrypto
  idp: IdpConfig
  publicBaseUrl: string
}

function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest()
}

/**
 * Every saved step leaves a journey event (statistics) and an audit event, in the step's own
 * transaction. The actor is the verified person once there is one.
 */
async function recordStep(
  trx: Kysely<DB>,
  applicationId: string,
  step: string,
  action: string,
  requestId: string,
  personId?: string | null,
): Promise<void> {
  await recordJourneyEvent(trx, { journeyId: applicationId, kind: 'person', event: 'step', step })
  await recordAudit(trx, {
    actorType: personId ? 'registrant' : 'anonymous',
    actorId: personId ?? null,
    action,
    subjectType: 'application',
    subjectId: applicationId,
    requestId,
  })
}

/** E-mails the link that brings the applicant back to this draft. */
async function mailResumeLink(
  trx: Kysely<DB>,
  deps: PersonDeps,
  app: Pick<ApplicationRow, 'locale' | 'reference'>,
  to: string,
  token: string,
): Promise<void> {
  const m = personMessages(app.locale)
  await enqueueMail(trx, {
    to,
    subject: m('mail.resumeSubject'),
    text: m('mail.resumeBody', {
      reference: app.reference,
      link: `${deps.publicBaseUrl}${PATHS.resume(token)}`,
    }),
  })
}

/** Saves the details page; a changed e-mail must be confirmed again, a changed ID verified again. */
export async function saveDetails(
  deps: PersonDeps,
  app: ApplicationRow,
  details: Details,
  requestId: string,
): Promise<{ next: Step; codeSent: boolean }> {
  const hmac = deps.crypto.hmac(details.nationalId).blob
  const idChanged = app.national_id_hmac === null || !app.national_id_hmac.equals(hmac)
  const emailChanged = app.email !== details.email
  const enc = deps.crypto.encrypt(details.nationalId)
  let next: Step = furthest(app.step, 'confirm-email')
  if (emailChanged || !app.email_confirmed_at) next = 'confirm-email'
  else if (idChanged && app.person_id) next = 'verify'
  const resumeToken = app.resume_token_hash ? undefined : randomToken()
  let codeSent = false
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('applications')
      .set({
        national_id_hmac: hmac,
        national_id_enc: enc.blob,
        national_id_enc_key_id: enc.keyId,
        email: details.email,
        mobile: details.mobile,
        step: next,
        updated_at: new Date(),
        ...(emailChanged
          ? { email_confirmed_at: null, email_code_hash: null, email_code_expires_at: null }
          : {}),
        ...(idChanged ? { person_id: null, verification_id: null } : {}),
        ...(resumeToken ? { resume_token_hash: hashToken(resumeToken) } : {}),
      })
      .where('id', '=', app.id)
      .where('status', '=', 'draft')
      .execute()
    if (next === 'confirm-email' && (emailChanged || !app.email_code_hash)) {
      codeSent = (await sendCode(trx, deps, app, details.email)) === 'sent'
    }
    if (resumeToken) await mailResumeLink(trx, deps, app, details.email, resumeToken)
    await recordStep(trx, app.id, 'details', 'application.details_saved', requestId)
  })
  return { next, codeSent }
}

/** Sends a new e-mail code (limited per application). */
export async function resendCode(
  deps: PersonDeps,
  app: ApplicationRow,
): Promise<'sent' | 'too-many'> {
  if (!app.email) return 'too-many'
  const email = app.email
  return deps.db.transaction().execute((trx) => sendCode(trx, deps, app, email))
}

/** Where an applicant goes once the e-mail is confirmed: back to where they were, if still valid. */
function stepAfterConfirmation(
  app: Pick<ApplicationRow, 'verification_id' | 'mailing_address'>,
): Step {
  if (!app.verification_id) return 'verify'
  return app.mailing_address ? 'check' : 'your-details'
}

/** Confirms the person application's e-mail code, then goes back to where the applicant was. */
export async function confirmEmail(
  deps: PersonDeps,
  app: ApplicationRow,
  code: string,
  requestId: string,
): Promise<CodeResult> {
  return deps.db.transaction().execute(async (trx): Promise<CodeResult> => {
    const result = await checkEmailCode(trx, deps, app, code, requestId, stepAfterConfirmation)
    if (result.ok)
      await recordStep(trx, app.id, 'confirm-email', 'application.email_confirmed', requestId)
    return result
  })
}

/** Starts of identity verification one application may make. */
export const MAX_VERIFICATIONS = 10

/** Starts an identity verification for the application and e-mails its link; earlier ones lapse. */
export async function beginVerification(deps: PersonDeps, app: ApplicationRow, requestId: string) {
  return deps.db.transaction().execute(async (trx) => {
    const started = await trx
      .selectFrom('identity_verifications')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('application_id', '=', app.id)
      .executeTakeFirstOrThrow()
    if (Number(started.n) >= MAX_VERIFICATIONS) return 'too-many' as const
    // Only the newest link works: an older QR code or e-mail can no longer be used.
    await trx
      .updateTable('identity_verifications')
      .set({ status: 'failed', failure: 'expired', completed_at: new Date() })
      .where('application_id', '=', app.id)
      .where('status', 'in', ['pending', 'authenticated'])
      .execute()
    const v = await startVerification(trx, deps, { purpose: 'registration', applicationId: app.id })
    if (app.email) {
      const m = personMessages(app.locale)
      const link = `${deps.publicBaseUrl}${IDENTITY_PATHS.go(v.handle)}`
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

/** Registration purpose: the verified ID must be the typed one; the newest application wins. */
export async function onRegistrationVerified(
  deps: PersonDeps,
  trx: Kysely<DB>,
  ctx: VerifiedContext,
): Promise<VerificationFailure | undefined> {
  if (!ctx.applicationId) return 'invalid_response'
  const app = await findApplication(trx, ctx.applicationId)
  if (!app || app.status !== 'draft') return 'invalid_response'
  if (!app.national_id_hmac || !app.national_id_hmac.equals(deps.crypto.hmac(ctx.nationalId).blob))
    return 'id_mismatch'
  // The person proved who they are, so their older drafts give way to this one.
  await trx
    .updateTable('applications')
    .set({ status: 'superseded', updated_at: new Date() })
    .where('person_id', '=', ctx.personId)
    .where('status', '=', 'draft')
    .where('id', '!=', app.id)
    .execute()
  await trx
    .updateTable('applications')
    .set({
      person_id: ctx.personId,
      verification_id: ctx.verificationId,
      // An e-mail changed during the bank hop must still be confirmed before going on.
      step: app.email_confirmed_at ? furthest(app.step, 'your-details') : app.step,
      updated_at: new Date(),
    })
    .where('id', '=', app.id)
    .execute()
  // The acceptances recorded at the start now belong to a known person (PDPA dashboard).
  await trx
    .updateTable('document_acceptances')
    .set({ person_id: ctx.personId })
    .where('application_id', '=', app.id)
    .execute()
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

/** Saves the mailing address. */
export async function saveMailing(
  deps: PersonDeps,
  app: ApplicationRow,
  choice: MailingChoice,
  requestId: string,
): Promise<void> {
  const stored: StoredMailing = choice.same
    ? { kind: 'id-card' }
    : { kind: 'other', ...choice.address }
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('applications')
      .set({
        mailing_address: JSON.stringify(stored),
        step: furthest(app.step, 'check'),
        submit_key: app.submit_key ?? randomToken(16),
        updated_at: new Date(),
      })
      .where('id', '=', app.id)
      .execute()
    await recordStep(
      trx,
      app.id,
      'your-details',
      'application.mailing_saved',
      requestId,
      app.person_id,
    )
  })
}

/** Resuming from the e-mailed link: the link only identifies the draft. */
export async function findByResumeToken(db: Kysely<DB>, token: string) {
  return db
    .selectFrom('applications')
    .selectAll()
    .where('resume_token_hash', '=', hashToken(token))
    .where('status', '=', 'draft')
    .executeTakeFirst()
}

/**
 * After resuming from the e-mailed link: the e-mail is confirmed again and eKYC is done again.
 * The link is used once: a fresh one is e-mailed with the code.
 */
export async function prepareResume(
  deps: PersonDeps,
  app: ApplicationRow,
  requestId: string,
): Promise<'sent' | 'too-many'> {
  const token = randomToken()
  return deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('applications')
      .set({
        email_confirmed_at: null,
        person_id: null,
        verification_id: null,
        resume_token_hash: hashToken(token),
        step: app.step === 'details' ? 'details' : 'confirm-email',
        updated_at: new Date(),
      })
      .where('id', '=', app.id)
      .execute()
    await recordJourneyEvent(trx, { journeyId: app.id, kind: 'person', event: 'resumed' })
    await recordAudit(trx, {
      actorType: 'anonymous',
      action: 'application.resumed',
      subjectType: 'application',
      subjectId: app.id,
      requestId,
    })
    if (!app.email) return 'too-many'
    await mailResumeLink(trx, deps, app, app.email, token)
    return sendCode(trx, deps, app, app.email)
  })
}
