import { auditWrites } from '../../platform/audit.js'
import { BatchQueue, type BatchItem } from '../../platform/batch.js'
import { executeAsOne, type Write } from '../../platform/db/one-statement.js'
import type { StoredMailing } from '../../platform/db/schema.js'
import { isUniqueViolation, NotReadyError } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { businessDate } from '../../platform/time.js'
import { checkThaiId, maskThaiId } from '../../platform/thai-id.js'
import { checkMail, outboxWrites, type CheckedMail, type MailMessage } from '../mail/index.js'
import {
  signReceipt,
  receiptWrites,
  type ReceiptSigner,
  type SignedReceipt,
} from '../receipts/index.js'
import { activeRegistrationWrites, type RegistrationValues } from '../registrations/index.js'
import { personMessages } from './messages.js'
import { findDecision, readSubmitFactsOf, type SubmitFacts } from './person.repository.js'
import { decidePerson, PERSON_RULE_SET, type Decision, type PersonFacts } from './person.rules.js'
import type { PersonDeps } from './person.service.js'

export interface SubmitDeps extends PersonDeps {
  signer: ReceiptSigner
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

interface SubmitInput {
  applicationId: string
  submitKey: string
  requestId: string
}
type Submit = BatchItem<SubmitInput, SubmitResult>

/** At most this many submits are decided in one statement. */
const MAX_BATCH = 32
/** Batches in flight at once: one being read and signed while another commits. */
const MAX_RUNNING = 2
const queues = new WeakMap<SubmitDeps, BatchQueue<SubmitInput, SubmitResult>>()

/**
 * Decides the application, once. A retried or double-clicked submit returns the first
 * decision; the unique constraints stop a second one under concurrency.
 *
 * Submits that arrive while others are being decided are decided together (a group commit):
 * one read for all of them, the signatures in Node, then ONE statement that writes the rows of
 * the whole batch (docs/adr/0014). Each submit still gets its own decision, receipt, mail,
 * journey events and audit event, and none is answered before that statement has committed.
 * A lone submit is decided at once.
 */
export function submitApplication(
  deps: SubmitDeps,
  applicationId: string,
  submitKey: string,
  requestId: string,
): Promise<SubmitResult> {
  let queue = queues.get(deps)
  if (!queue) {
    queue = new BatchQueue((items) => decideBatch(deps, items), {
      maxBatch: MAX_BATCH,
      maxRunning: MAX_RUNNING,
    })
    queues.set(deps, queue)
  }
  return queue.add({ applicationId, submitKey, requestId })
}

/** An application at its check step, with the contact details its decision needs. */
type Submittable = SubmitFacts & { email: string; mobile: string }

/** Throws NotReadyError unless the application stands at its check step with this form's key. */
function checkSubmittable(f: SubmitFacts, submitKey: string): asserts f is Submittable {
  if (f.status !== 'draft') throw new NotReadyError(`application is ${f.status}`)
  if (
    f.step !== 'check' ||
    f.submit_key !== submitKey ||
    !f.email ||
    !f.mobile ||
    !f.email_confirmed_at
  )
    throw new NotReadyError('not at the check step')
}

/** A submit decided and signed, waiting for its batch's statement. */
interface Decided {
  item: Submit
  f: Submittable
  nationalId: string
  decision: Decision
  decisionId: string
  receipt: SignedReceipt
  mail: CheckedMail
}

async function decide(deps: SubmitDeps, item: Submit, f: Submittable, now: Date): Promise<Decided> {
  const { facts, nationalId } = toRuleFacts(deps, f)
  const decision = decidePerson(facts)
  const decisionId = newId()
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
  // Checked here, so that a mail that cannot be sent fails its own submit, not the batch.
  const mail = checkMail(resultMail(f, nationalId, decision, receipt))
  return { item, f, nationalId, decision, decisionId, receipt, mail }
}

/**
 * Decides a batch of submits: settles every one of them. A submit of an application (or a
 * person) already being decided in this batch waits for the next round, which reads again and
 * so sees the first decision.
 */
async function decideBatch(deps: SubmitDeps, items: Submit[]): Promise<void> {
  let facts: Map<string, SubmitFacts>
  try {
    const ids = [...new Set(items.map((i) => i.input.applicationId))]
    facts = new Map((await readSubmitFactsOf(deps.db, ids)).map((f) => [f.id, f]))
  } catch (err) {
    for (const item of items) item.reject(err)
    return
  }
  const now = new Date()
  const taken = new Set<string>()
  const later: Submit[] = []
  const deciding: Promise<Decided | undefined>[] = []
  for (const item of items) {
    const f = facts.get(item.input.applicationId)
    try {
      if (!f) throw new NotReadyError('no application')
      if (f.decision_id && f.decision_outcome) {
        item.resolve({ decisionId: f.decision_id, outcome: f.decision_outcome })
        continue
      }
      checkSubmittable(f, item.input.submitKey)
      if (taken.has(f.id) || (f.person_id !== null && taken.has(f.person_id))) {
        later.push(item)
        continue
      }
      taken.add(f.id)
      if (f.person_id !== null) taken.add(f.person_id)
      deciding.push(
        decide(deps, item, f, now).catch((err: unknown) => {
          item.reject(err)
          return undefined
        }),
      )
    } catch (err) {
      item.reject(err)
    }
  }
  const decided = (await Promise.all(deciding)).filter((d) => d !== undefined)
  if (decided.length > 0) await commitBatch(deps, decided, now)
  if (later.length > 0) await decideBatch(deps, later)
}

/** Writes a batch's decisions in one statement, then answers each submit. */
async function commitBatch(deps: SubmitDeps, decided: Decided[], now: Date): Promise<void> {
  try {
    await executeAsOne(deps.db, decisionWrites(deps, decided, now))
  } catch (err) {
    if (isUniqueViolation(err)) {
      // Decided elsewhere in the meantime (another instance, another tab): settle each on its
      // own, so that one such submit does not fail the others.
      if (decided.length > 1) {
        for (const d of decided) await decideBatch(deps, [d.item])
        return
      }
      const only = decided[0] as Decided
      const won = await findDecision(deps.db, only.f.id).catch(() => undefined)
      if (won) {
        only.item.resolve({ decisionId: won.id, outcome: won.outcome })
        return
      }
    }
    for (const d of decided) d.item.reject(err)
    return
  }
  for (const d of decided) d.item.resolve({ decisionId: d.decisionId, outcome: d.decision.outcome })
}

/**
 * Every row a batch of decisions writes — decisions, applications, registrations with their
 * status lines, receipts, result mails, journey events and audit events — as writes for one
 * statement: it commits all of them or none.
 */
function decisionWrites(deps: SubmitDeps, decided: Decided[], now: Date): Write[] {
  const db = deps.db
  const writes: Write[] = [
    db.insertInto('decisions').values(
      decided.map((d) => ({
        id: d.decisionId,
        application_id: d.f.id,
        rule_set_id: PERSON_RULE_SET.id,
        rule_set_version: PERSON_RULE_SET.version,
        outcome: d.decision.outcome,
        results: JSON.stringify(d.decision.results),
        verification_id: d.f.verification_id,
        profile_id: d.f.profile_id,
        receipt_id: d.receipt.receiptId,
        submit_key: d.item.input.submitKey,
        decided_at: now,
      })),
    ),
  ]
  for (const outcome of ['approved', 'refused'] as const) {
    const ids = decided.filter((d) => d.decision.outcome === outcome).map((d) => d.f.id)
    if (ids.length === 0) continue
    writes.push(
      db
        .updateTable('applications')
        .set({ status: outcome, submitted_at: now, decided_at: now, updated_at: now })
        .where('id', 'in', ids)
        .where('status', '=', 'draft'),
    )
  }
  const approved = decided.filter((d) => d.decision.outcome === 'approved')
  const registrations = activeRegistrationWrites(
    db,
    approved.map((d) => registrationValues(d, now)),
  )
  const registrationOf = new Map(approved.map((d, i) => [d, registrations.ids[i] ?? null]))
  const day = businessDate(now)
  writes.push(
    ...registrations.writes,
    ...receiptWrites(
      db,
      deps.signer,
      decided.map((d) => ({ decisionId: d.decisionId, signed: d.receipt })),
    ),
    ...outboxWrites(
      db,
      decided.map((d) => d.mail),
    ).writes,
    db.insertInto('journey_events').values(
      decided.flatMap((d) =>
        (['submitted', 'decision'] as const).map((event) => ({
          id: newId(),
          journey_id: d.f.id,
          journey_kind: 'person',
          event,
          step: event === 'decision' ? d.decision.outcome : null,
          channel: 'online',
          occurred_at: now,
          business_date: day,
        })),
      ),
    ),
    ...auditWrites(
      db,
      decided.map((d) => ({
        actorType: 'system',
        action: 'registration.decided',
        subjectType: 'application',
        subjectId: d.f.id,
        requestId: d.item.input.requestId,
        data: {
          decisionId: d.decisionId,
          outcome: d.decision.outcome,
          registrationId: registrationOf.get(d) ?? null,
          ruleSet: PERSON_RULE_SET.version,
          failed: d.decision.results.filter((r) => !r.passed).map((r) => r.rule),
        },
      })),
    ).writes,
  )
  return writes
}

/** The result e-mail, in the applicant's language, with the receipt's link. */
function resultMail(
  f: Submittable,
  nationalId: string,
  decision: Decision,
  receipt: SignedReceipt,
): MailMessage {
  const approved = decision.outcome === 'approved'
  const m = personMessages(f.locale)
  return {
    to: f.email,
    subject: m(approved ? 'mail.resultSubjectApproved' : 'mail.resultSubjectRefused'),
    text: m('mail.resultBody', {
      reference: f.reference,
      outcome: personMessages('th')(approved ? 'outcome.approved' : 'outcome.refused'),
      outcomeEn: personMessages('en')(approved ? 'outcome.approved' : 'outcome.refused'),
      number: maskThaiId(nationalId),
      link: receipt.url,
    }),
  }
}

function registrationValues(d: Decided, now: Date): RegistrationValues {
  const mailing = d.f.mailing_address as StoredMailing | null
  return {
    registrant_type: 'person',
    person_id: d.f.person_id,
    channel: 'online',
    application_id: d.f.id,
    decision_id: d.decisionId,
    email: d.f.email,
    mobile: d.f.mobile,
    mailing_address: mailing ? JSON.stringify(mailing) : null,
    valid_from: now,
    last_activity_at: now,
  }
}
