// A what-if, for the benchmark only: submitApplication (src/features/registration-person/
// person.submit.ts) with its transaction (BEGIN, eight statements, COMMIT) replaced by ONE statement
// of data-modifying CTEs, atomic on its own. The read (readSubmitFacts), the rules and the signature
// are the portal's own; the rows written are the same. It measures what one write statement would
// give; it is not the portal's code (no unique-violation fallback, no mail validation).
import { sql, type Kysely } from 'kysely'
import { signReceipt, type ReceiptSigner } from '../../src/features/receipts/index.js'
import { personMessages } from '../../src/features/registration-person/messages.js'
import {
  readSubmitFacts,
  type SubmitFacts,
} from '../../src/features/registration-person/person.repository.js'
import {
  decidePerson,
  PERSON_RULE_SET,
  type Decision,
} from '../../src/features/registration-person/person.rules.js'
import type { DB } from '../../src/platform/db/schema.js'
import { newId } from '../../src/platform/ids.js'
import type { PiiCrypto } from '../../src/platform/pii-crypto.js'
import { checkThaiId, maskThaiId } from '../../src/platform/thai-id.js'
import { businessDate } from '../../src/platform/time.js'

export interface PrototypeDeps {
  db: Kysely<DB>
  crypto: PiiCrypto
  signer: ReceiptSigner
  minimumIal: number
}

function decide(deps: PrototypeDeps, f: SubmitFacts, nationalId: string): Decision {
  return decidePerson({
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
    minimumIal: deps.minimumIal,
    emailConfirmed: f.email_confirmed_at !== null,
  })
}

/** Decides one draft in two round trips: the portal's one read, then one write statement. */
export async function submitInTwoRoundTrips(
  deps: PrototypeDeps,
  applicationId: string,
  submitKey: string,
  requestId: string,
): Promise<{ decisionId: string; outcome: 'approved' | 'refused' }> {
  const f = await readSubmitFacts(deps.db, applicationId)
  if (!f) throw new Error('no such application')
  if (f.decision_id && f.decision_outcome)
    return { decisionId: f.decision_id, outcome: f.decision_outcome }
  if (f.status !== 'draft' || f.step !== 'check' || f.submit_key !== submitKey)
    throw new Error('not ready')
  if (!f.email || !f.mobile || !f.national_id_enc || !f.national_id_enc_key_id || !f.person_id)
    throw new Error('not verified')
  if (f.v_status !== 'verified' || f.v_person_id !== f.person_id) throw new Error('not verified')
  const nationalId = deps.crypto.decrypt({
    keyId: f.national_id_enc_key_id,
    blob: f.national_id_enc,
  })
  const decision = decide(deps, f, nationalId)
  const now = new Date()
  const decisionId = newId()
  const approved = decision.outcome === 'approved'
  const masked = maskThaiId(nationalId)
  const receipt = await signReceipt(deps.signer, {
    decisionId,
    applicationReference: f.reference,
    outcome: decision.outcome,
    registrantType: 'person',
    maskedNumber: masked,
    ruleSet: { id: PERSON_RULE_SET.id, version: PERSON_RULE_SET.version },
    checks: decision.results.map((r) => ({ rule: r.rule, passed: r.passed })),
    decidedAt: now.toISOString(),
  })
  const m = personMessages(f.locale)
  const outcomeIn = (l: 'th' | 'en') =>
    personMessages(l)(approved ? 'outcome.approved' : 'outcome.refused')
  const mail = {
    to: f.email,
    subject: m(approved ? 'mail.resultSubjectApproved' : 'mail.resultSubjectRefused'),
    text: m('mail.resultBody', {
      reference: f.reference,
      outcome: outcomeIn('th'),
      outcomeEn: outcomeIn('en'),
      number: masked,
      link: receipt.url,
    }),
  }
  const registrationId = newId()
  const audit = {
    decisionId,
    outcome: decision.outcome,
    registrationId: approved ? registrationId : null,
    ruleSet: PERSON_RULE_SET.version,
    failed: decision.results.filter((r) => !r.passed).map((r) => r.rule),
  }
  const at = sql`${now.toISOString()}::timestamptz`
  const day = businessDate(now)
  await sql`
    WITH d AS (
      INSERT INTO decisions (id, application_id, rule_set_id, rule_set_version, outcome, results,
        verification_id, profile_id, receipt_id, submit_key, decided_at)
      VALUES (${decisionId}::uuid, ${f.id}::uuid, ${PERSON_RULE_SET.id}, ${PERSON_RULE_SET.version},
        ${decision.outcome}, ${JSON.stringify(decision.results)}::jsonb, ${f.verification_id}::uuid,
        ${f.profile_id}::uuid, ${receipt.receiptId}, ${submitKey}, ${at})
      RETURNING id),
    a AS (
      UPDATE applications SET status = ${decision.outcome}, submitted_at = ${at}, decided_at = ${at},
        updated_at = ${at}
      WHERE id = ${f.id}::uuid AND status = 'draft'),
    r AS (
      INSERT INTO registrations (id, registrant_type, person_id, channel, status, application_id,
        decision_id, email, mobile, mailing_address, valid_from, last_activity_at)
      SELECT ${registrationId}::uuid, 'person', ${f.person_id}::uuid, 'online', 'ACTIVE',
        ${f.id}::uuid, d.id, ${f.email}::text, ${f.mobile}::text,
        ${f.mailing_address ? JSON.stringify(f.mailing_address) : null}::jsonb, ${at}, ${at}
      FROM d WHERE ${approved}::boolean
      RETURNING id),
    h AS (
      INSERT INTO registration_status_history (id, registration_id, status, reason, changed_at)
      SELECT ${newId()}::uuid, r.id, 'ACTIVE', 'automatic-approval', ${at} FROM r),
    rc AS (
      INSERT INTO decision_receipts (id, decision_id, key_id, jws)
      VALUES (${receipt.receiptId}, ${decisionId}, ${deps.signer.keyId}, ${receipt.jws})),
    o AS (
      INSERT INTO outbox (id, topic, payload)
      VALUES (${newId()}::uuid, 'mail', ${JSON.stringify(mail)}::jsonb)),
    j AS (
      INSERT INTO journey_events (id, journey_id, journey_kind, event, step, channel, occurred_at,
        business_date)
      VALUES
        (${newId()}::uuid, ${f.id}::uuid, 'person', 'submitted', NULL, 'online', ${at}, ${day}::date),
        (${newId()}::uuid, ${f.id}::uuid, 'person', 'decision', ${decision.outcome}, 'online', ${at},
          ${day}::date))
    INSERT INTO audit_events (id, actor_type, action, subject_type, subject_id, outcome, request_id, data)
    VALUES (${newId()}::uuid, 'system', 'registration.decided', 'application', ${f.id}, 'ok',
      ${requestId}, ${JSON.stringify(audit)}::jsonb)`.execute(deps.db)
  return { decisionId, outcome: decision.outcome }
}
