import { auditWrites } from '../../../platform/audit.js'
import type { Write } from '../../../platform/db/one-statement.js'
import type { StoredMailing } from '../../../platform/db/schema.js'
import { newId } from '../../../platform/ids.js'
import { businessDate } from '../../../platform/time.js'
import { outboxWrites } from '../../mail/index.js'
import { receiptWrites } from '../../receipts/index.js'
import { activeRegistrationWrites, type RegistrationValues } from '../../registrations/index.js'
import { PERSON_RULE_SET } from '../person.rules.js'
import type { Decided, SubmitDeps } from './types.js'

/**
 * Every row a batch of decisions writes — decisions, applications, registrations with their
 * status lines, receipts, result mails, journey events and audit events — as writes for one
 * statement: it commits all of them or none.
 */
export function decisionWrites(deps: SubmitDeps, decided: Decided[], now: Date): Write[] {
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
