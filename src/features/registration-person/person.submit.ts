import type { Insertable, Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB, StoredMailing } from '../../platform/db/schema.js'
import { newId } from '../../platform/ids.js'
import { businessDate } from '../../platform/time.js'
import { checkThaiId, maskThaiId } from '../../platform/thai-id.js'
import { enqueueMail } from '../mail/index.js'
import { signReceipt, storeReceipt, type ReceiptSigner } from '../receipts/index.js'
import { personMessages } from './messages.js'
import { findDecision, readSubmitFacts, type SubmitFacts } from './person.repository.js'
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

/** The rule facts from the submit's one read; throws when the application is not ready. */
function toRuleFacts(deps: SubmitDeps, f: SubmitFacts): { facts: PersonFacts; nationalId: string } {
  if (!f.national_id_enc || !f.national_id_enc_key_id || !f.person_id || !f.verification_id)
    throw new NotReadyError('not verified')
  if (f.v_status !== 'verified' || f.v_person_id !== f.person_id)
    throw new NotReadyError('verification missing')
  const nationalId = deps.crypto.decrypt({
    keyId: f.national_id_enc_key_id,
    blob: f.national_id_enc,
  })
  return {
    nationalId,
    facts: {
      typedIdValid: checkThaiId(nationalId).ok,
      verifiedIdMatches:
        f.person_hmac !== null &&
        f.national_id_hmac !== null &&
        Buffer.from(f.person_hmac).equals(Buffer.from(f.national_id_hmac)),
      nationality: f.nationality,
      hasLiveRegistration: f.live_registration,
      hasOtherOpenApplication: f.other_submitted,
      acr: f.acr,
      ial: f.ial === null ? null : Number(f.ial),
      minimumIal: deps.idp.minimumIal,
      emailConfirmed: f.email_confirmed_at !== null,
    },
  }
}

export interface SubmitResult {
  decisionId: string
  outcome: 'approved' | 'refused'
}

/**
 * Decides the application, once. A retried or double-clicked submit returns the first
 * decision; the unique constraints stop a second one under concurrency. One read, the
 * signature outside the transaction, then the writes in one transaction.
 */
export async function submitApplication(
  deps: SubmitDeps,
  applicationId: string,
  submitKey: string,
  requestId: string,
): Promise<SubmitResult> {
  const f = await readSubmitFacts(deps.db, applicationId)
  if (!f) throw new NotReadyError('no application')
  if (f.decision_id && f.decision_outcome)
    return { decisionId: f.decision_id, outcome: f.decision_outcome }
  if (f.status !== 'draft') throw new NotReadyError(`application is ${f.status}`)
  if (
    f.step !== 'check' ||
    f.submit_key !== submitKey ||
    !f.email ||
    !f.mobile ||
    !f.email_confirmed_at
  )
    throw new NotReadyError('not at the check step')
  const { facts, nationalId } = toRuleFacts(deps, f)
  const decision = decidePerson(facts)
  const decisionId = newId()
  const now = new Date()
  const receipt = await signReceipt(deps.signer, {
    decisionId,
    applicationReference: f.reference,
    outcome: decision.outcome,
    registrantType: 'person',
    maskedNumber: maskThaiId(nationalId),
    ruleSet: { id: PERSON_RULE_SET.id, version: PERSON_RULE_SET.version },
    checks: decision.results.map((r) => ({ rule: r.rule, passed: r.passed })),
    decidedAt: now.toISOString(),
  })
  const email = f.email
  const mobile = f.mobile
  const approved = decision.outcome === 'approved'
  try {
    await deps.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('decisions')
        .values({
          id: decisionId,
          application_id: f.id,
          rule_set_id: PERSON_RULE_SET.id,
          rule_set_version: PERSON_RULE_SET.version,
          outcome: decision.outcome,
          results: JSON.stringify(decision.results),
          verification_id: f.verification_id,
          profile_id: f.profile_id,
          receipt_id: receipt.receiptId,
          submit_key: submitKey,
          decided_at: now,
        })
        .execute()
      await trx
        .updateTable('applications')
        .set({ status: decision.outcome, submitted_at: now, decided_at: now, updated_at: now })
        .where('id', '=', f.id)
        .where('status', '=', 'draft')
        .execute()
      const registrationId = approved
        ? await createRegistration(trx, { f, decisionId, email, mobile, now })
        : null
      await storeReceipt(trx, deps.signer, decisionId, receipt)
      const m = personMessages(f.locale)
      await enqueueMail(trx, {
        to: email,
        subject: m(approved ? 'mail.resultSubjectApproved' : 'mail.resultSubjectRefused'),
        text: m('mail.resultBody', {
          reference: f.reference,
          outcome: personMessages('th')(approved ? 'outcome.approved' : 'outcome.refused'),
          outcomeEn: personMessages('en')(approved ? 'outcome.approved' : 'outcome.refused'),
          number: maskThaiId(nationalId),
          link: receipt.url,
        }),
      })
      // Both journey events in one statement.
      const day = businessDate(now)
      await trx
        .insertInto('journey_events')
        .values([
          {
            id: newId(),
            journey_id: f.id,
            journey_kind: 'person',
            event: 'submitted',
            step: null,
            channel: 'online',
            occurred_at: now,
            business_date: day,
          },
          {
            id: newId(),
            journey_id: f.id,
            journey_kind: 'person',
            event: 'decision',
            step: decision.outcome,
            channel: 'online',
            occurred_at: now,
            business_date: day,
          },
        ])
        .execute()
      await recordAudit(trx, {
        actorType: 'system',
        action: 'registration.decided',
        subjectType: 'application',
        subjectId: f.id,
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
      const won = await findDecision(deps.db, f.id)
      if (won) return { decisionId: won.id, outcome: won.outcome }
    }
    throw err
  }
  return { decisionId, outcome: decision.outcome }
}

async function createRegistration(
  trx: Kysely<DB>,
  r: { f: SubmitFacts; decisionId: string; email: string; mobile: string; now: Date },
): Promise<string> {
  const mailing = r.f.mailing_address as StoredMailing | null
  return insertActiveRegistration(trx, {
    registrant_type: 'person',
    person_id: r.f.person_id,
    channel: 'online',
    application_id: r.f.id,
    decision_id: r.decisionId,
    email: r.email,
    mobile: r.mobile,
    mailing_address: mailing ? JSON.stringify(mailing) : null,
    valid_from: r.now,
    last_activity_at: r.now,
  })
}

/**
 * An ACTIVE registration and the first line of its status history, in the caller's
 * transaction: every automatic approval, of a person or a company, goes through here.
 */
export async function insertActiveRegistration(
  trx: Kysely<DB>,
  values: Omit<Insertable<DB['registrations']>, 'id' | 'status'>,
  reason = 'automatic-approval',
): Promise<string> {
  const id = newId()
  await trx
    .insertInto('registrations')
    .values({ ...values, id, status: 'ACTIVE' })
    .execute()
  await trx
    .insertInto('registration_status_history')
    .values({
      id: newId(),
      registration_id: id,
      status: 'ACTIVE',
      reason,
      changed_at: values.valid_from,
    })
    .execute()
  return id
}
