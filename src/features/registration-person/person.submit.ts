import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import { newId } from '../../platform/ids.js'
import { recordJourneyEvent } from '../../platform/journey.js'
import { checkThaiId, maskThaiId } from '../../platform/thai-id.js'
import { enqueueMail } from '../mail/index.js'
import { issueReceipt, type ReceiptSigner } from '../receipts/index.js'
import { personMessages } from './messages.js'
import {
  findApplication,
  findDecision,
  hasLiveRegistration,
  hasOtherSubmittedApplication,
  type ApplicationRow,
} from './person.repository.js'
import { decidePerson, PERSON_RULE_SET, type PersonFacts } from './person.rules.js'
import type { PersonDeps } from './person.service.js'

export interface SubmitDeps extends PersonDeps {
  signer: ReceiptSigner
}

/** The application is not at a point where it can be submitted (a stale or forged form). */
export class NotReadyError extends Error {
  override name = 'NotReadyError'
}

function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string }).code === '23505'
}

async function gatherFacts(
  deps: SubmitDeps,
  app: ApplicationRow,
): Promise<{ facts: PersonFacts; profileId: string | null; nationalId: string }> {
  if (!app.national_id_enc || !app.national_id_enc_key_id || !app.person_id || !app.verification_id)
    throw new NotReadyError('not verified')
  const nationalId = deps.crypto.decrypt({
    keyId: app.national_id_enc_key_id,
    blob: app.national_id_enc,
  })
  const [verification, person, profile, live, other] = await Promise.all([
    deps.db
      .selectFrom('identity_verifications')
      .select(['acr', 'ial', 'status', 'person_id'])
      .where('id', '=', app.verification_id)
      .executeTakeFirst(),
    deps.db
      .selectFrom('natural_persons')
      .select('national_id_hmac')
      .where('id', '=', app.person_id)
      .executeTakeFirst(),
    deps.db
      .selectFrom('person_profiles')
      .select(['id', 'nationality'])
      .where('verification_id', '=', app.verification_id)
      .orderBy('effective_from', 'desc')
      .limit(1)
      .executeTakeFirst(),
    hasLiveRegistration(deps.db, app.person_id),
    hasOtherSubmittedApplication(deps.db, app.person_id, app.id),
  ])
  if (
    !verification ||
    verification.status !== 'verified' ||
    verification.person_id !== app.person_id
  )
    throw new NotReadyError('verification missing')
  return {
    nationalId,
    profileId: profile?.id ?? null,
    facts: {
      typedIdValid: checkThaiId(nationalId).ok,
      verifiedIdMatches:
        person !== undefined &&
        app.national_id_hmac !== null &&
        person.national_id_hmac.equals(app.national_id_hmac),
      nationality: profile?.nationality ?? null,
      hasLiveRegistration: live,
      hasOtherOpenApplication: other,
      acr: verification.acr,
      ial: verification.ial === null ? null : Number(verification.ial),
      minimumIal: deps.idp.minimumIal,
      emailConfirmed: app.email_confirmed_at !== null,
    },
  }
}

export interface SubmitResult {
  decisionId: string
  outcome: 'approved' | 'refused'
}

/**
 * Decides the application, once. A retried or double-clicked submit with the same key returns
 * the first decision; the unique constraints stop a second one under concurrency.
 */
export async function submitApplication(
  deps: SubmitDeps,
  applicationId: string,
  submitKey: string,
  requestId: string,
): Promise<SubmitResult> {
  const existing = await deps.db
    .selectFrom('decisions')
    .select(['id', 'outcome', 'application_id'])
    .where('submit_key', '=', submitKey)
    .executeTakeFirst()
  if (existing) {
    if (existing.application_id !== applicationId)
      throw new NotReadyError('key of another application')
    return { decisionId: existing.id, outcome: existing.outcome }
  }
  const app = await findApplication(deps.db, applicationId)
  if (!app) throw new NotReadyError('no application')
  if (app.status !== 'draft') {
    const decided = await findDecision(deps.db, app.id)
    if (decided) return { decisionId: decided.id, outcome: decided.outcome }
    throw new NotReadyError(`application is ${app.status}`)
  }
  if (
    app.step !== 'check' ||
    app.submit_key !== submitKey ||
    !app.email ||
    !app.mobile ||
    !app.email_confirmed_at
  )
    throw new NotReadyError('not at the check step')
  const { facts, profileId, nationalId } = await gatherFacts(deps, app)
  const decision = decidePerson(facts)
  const decisionId = newId()
  const now = new Date()
  const email = app.email
  const mobile = app.mobile
  try {
    await deps.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('decisions')
        .values({
          id: decisionId,
          application_id: app.id,
          rule_set_id: PERSON_RULE_SET.id,
          rule_set_version: PERSON_RULE_SET.version,
          outcome: decision.outcome,
          results: JSON.stringify(decision.results),
          verification_id: app.verification_id,
          profile_id: profileId,
          submit_key: submitKey,
          decided_at: now,
        })
        .execute()
      await trx
        .updateTable('applications')
        .set({ status: decision.outcome, submitted_at: now, decided_at: now, updated_at: now })
        .where('id', '=', app.id)
        .where('status', '=', 'draft')
        .execute()
      let registrationId: string | null = null
      if (decision.outcome === 'approved') {
        registrationId = await createRegistration(trx, { app, decisionId, email, mobile, now })
      }
      const receipt = await issueReceipt(trx, deps.signer, {
        decisionId,
        applicationReference: app.reference,
        outcome: decision.outcome,
        registrantType: 'person',
        maskedNumber: maskThaiId(nationalId),
        ruleSet: { id: PERSON_RULE_SET.id, version: PERSON_RULE_SET.version },
        checks: decision.results.map((r) => ({ rule: r.rule, passed: r.passed })),
        decidedAt: now.toISOString(),
      })
      await trx
        .updateTable('decisions')
        .set({ receipt_id: receipt.receiptId })
        .where('id', '=', decisionId)
        .execute()
      const m = personMessages(app.locale)
      const approved = decision.outcome === 'approved'
      await enqueueMail(trx, {
        to: email,
        subject: m(approved ? 'mail.resultSubjectApproved' : 'mail.resultSubjectRefused'),
        text: m('mail.resultBody', {
          reference: app.reference,
          outcome: personMessages('th')(approved ? 'outcome.approved' : 'outcome.refused'),
          outcomeEn: personMessages('en')(approved ? 'outcome.approved' : 'outcome.refused'),
          number: maskThaiId(nationalId),
          link: receipt.url,
        }),
      })
      await recordJourneyEvent(trx, {
        journeyId: app.id,
        kind: 'person',
        event: 'submitted',
        at: now,
      })
      await recordJourneyEvent(trx, {
        journeyId: app.id,
        kind: 'person',
        event: 'decision',
        step: decision.outcome,
        at: now,
      })
      await recordAudit(trx, {
        actorType: 'system',
        action: 'registration.decided',
        subjectType: 'application',
        subjectId: app.id,
        requestId,
        data: {
          decisionId,
          outcome: decision.outcome,
          registrationId,
          ruleSet: PERSON_RULE_SET.version,
          failed: decision.results.filter((r) => !r.passed).map((r) => r.rule),
        },
      })
    })
  } catch (err) {
    // A concurrent submit of the same application won: return its decision.
    if (isUniqueViolation(err)) {
      const won = await findDecision(deps.db, app.id)
      if (won) return { decisionId: won.id, outcome: won.outcome }
    }
    throw err
  }
  return { decisionId, outcome: decision.outcome }
}

async function createRegistration(
  trx: Kysely<DB>,
  r: { app: ApplicationRow; decisionId: string; email: string; mobile: string; now: Date },
): Promise<string> {
  const id = newId()
  await trx
    .insertInto('registrations')
    .values({
      id,
      registrant_type: 'person',
      person_id: r.app.person_id,
      channel: 'online',
      status: 'ACTIVE',
      application_id: r.app.id,
      decision_id: r.decisionId,
      email: r.email,
      mobile: r.mobile,
      mailing_address: r.app.mailing_address ? JSON.stringify(r.app.mailing_address) : null,
      valid_from: r.now,
      last_activity_at: r.now,
    })
    .execute()
  await trx
    .insertInto('registration_status_history')
    .values({ id: newId(), registration_id: id, status: 'ACTIVE', reason: 'automatic-approval' })
    .execute()
  return id
}
