import type { Kysely } from 'kysely'
import { auditWrites } from '../../platform/audit.js'
import { executeAsOne } from '../../platform/db/one-statement.js'
import type { DB } from '../../platform/db/schema.js'
import { isUniqueViolation } from '../../platform/errors.js'
import { newId, shortReference } from '../../platform/ids.js'
import type { Clock } from '../../platform/jobs/index.js'
import type { PiiCrypto } from '../../platform/pii-crypto.js'
import { formatDate, type Locale } from '../../platform/time.js'
import { maskThaiId } from '../../platform/thai-id.js'
import { nationalIdOf } from '../identity/index.js'
import { checkMail, outboxWrites } from '../mail/index.js'
import { receiptWrites, signReceipt, type ReceiptSigner } from '../receipts/index.js'
import { activeRegistrationWrites } from '../registrations/index.js'
import { addYears, BROKER_RULE_SET, BROKER_VALIDITY_YEARS, decideBroker } from './broker.rules.js'
import {
  decisionWrite,
  findDecision,
  findRegistration,
  journeyWrites,
  liveBrokerOf,
  type BaseRegistration,
} from './brokers.repository.js'
import type { LicenceRegistry } from './licence-registry/adapter.js'
import type { LicenceAnswer } from './licence-registry/wire.js'
import { brokerMessages } from './messages.js'

/** What the brokers' pages need from app.ts. */
export interface BrokerDeps {
  db: Kysely<DB>
  crypto: PiiCrypto
  /** The jobs' clock: the decision time and the 3-year end date are read from it. */
  clock: Clock
  signer: ReceiptSigner
  licences: LicenceRegistry
}

/** The signed-in person applying, and the registration they apply on (theirs or their company's). */
export interface Applicant {
  personId: string
  registration: BaseRegistration
}

/**
 * The registration with this id when the signed-in person may apply on it: their own, or their
 * company's while they act for it as a director (only directors sign registration forms).
 */
export async function applicantFor(
  db: Kysely<DB>,
  registrationId: string,
  who: { personId: string; acting?: { juristicPersonId: string; role: string } | undefined },
): Promise<Applicant | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(registrationId)) return undefined
  const r = await findRegistration(db, registrationId)
  if (!r) return undefined
  const mine =
    (r.registrant_type === 'person' && r.person_id === who.personId) ||
    (r.registrant_type === 'company' &&
      who.acting?.role === 'director' &&
      r.juristic_person_id === who.acting.juristicPersonId)
  return mine ? { personId: who.personId, registration: r } : undefined
}

export type ApplyResult =
  | { status: 'decided'; decisionId: string }
  | { status: 'unavailable' }
  /** The form's key belongs to another registration's decision: a tampered form. */
  | { status: 'tampered' }

/** The registrant's 13-digit number, for the registry and the receipt's masked number. */
async function holderIdOf(deps: BrokerDeps, r: BaseRegistration): Promise<string> {
  if (r.registrant_type === 'company') return r.juristic_id ?? ''
  return nationalIdOf(deps.db, deps.crypto, r.person_id ?? '')
}

/**
 * Applies: asks the licence registry (outside any write), then decides by the published rules
 * and writes the decision, the registration when approved, the signed receipt, the e-mail,
 * journey and audit events as one statement. The same form posted twice finds its decision;
 * two forms racing meet the one-live-registration index, and the loser is decided again.
 */
export async function applyForBroker(
  deps: BrokerDeps,
  a: Applicant,
  input: { licence: string; submitKey: string; locale: Locale; requestId: string },
): Promise<ApplyResult> {
  const earlier = await findDecision(deps.db, { submitKey: input.submitKey })
  if (earlier)
    return earlier.base_registration_id === a.registration.id
      ? { status: 'decided', decisionId: earlier.id }
      : { status: 'tampered' }
  const holderId = await holderIdOf(deps, a.registration)
  const lookup = await deps.licences.check({ licenceNumber: input.licence, holderId })
  if (lookup.status === 'unavailable' || deps.licences.source === 'none')
    return { status: 'unavailable' }
  for (let attempt = 0; ; attempt++) {
    try {
      return await decide(deps, a, input, holderId, lookup.answer)
    } catch (err) {
      if (!isUniqueViolation(err) || attempt > 0) throw err
      const won = await findDecision(deps.db, { submitKey: input.submitKey })
      if (won) return { status: 'decided', decisionId: won.id }
    }
  }
}

async function decide(
  deps: BrokerDeps,
  a: Applicant,
  input: { licence: string; submitKey: string; locale: Locale; requestId: string },
  holderId: string,
  answer: LicenceAnswer,
): Promise<ApplyResult> {
  const { db } = deps
  // Read again at the decision: the registration may have changed since the form was shown.
  const base = (await findRegistration(db, a.registration.id)) ?? a.registration
  const live = await liveBrokerOf(db, base)
  const now = deps.clock.now()
  const decision = decideBroker({
    baseKind: base.kind,
    baseStatus: base.status,
    licenceWellFormed: true,
    registry: { licence: answer.licence, holder: answer.holder },
    liveBrokerRegistration: live !== undefined,
  })
  const approved = decision.outcome === 'approved'
  const decisionId = newId()
  const reference = shortReference()
  const registrationId = approved ? newId() : null
  const validUntil = approved ? addYears(now, BROKER_VALIDITY_YEARS) : null
  const receipt = await signReceipt(deps.signer, {
    decisionId,
    applicationReference: reference,
    outcome: decision.outcome,
    registrantType: base.registrant_type,
    maskedNumber: maskThaiId(holderId),
    ruleSet: { id: BROKER_RULE_SET.id, version: BROKER_RULE_SET.version },
    checks: decision.results.map((r) => ({ rule: r.rule, passed: r.passed })),
    decidedAt: now.toISOString(),
    action: 'broker_registration',
    kind: 'customs_broker',
    ...(validUntil ? { validUntil: validUntil.toISOString() } : {}),
  })
  const m = brokerMessages(input.locale)
  const mail = checkMail({
    to: base.email,
    subject: m(approved ? 'mail.approved' : 'mail.refused'),
    text: m('mail.body', {
      reference,
      outcome: m(approved ? 'outcome.approved' : 'outcome.refused'),
      validity: validUntil
        ? m('mail.validity', { until: formatDate(validUntil, input.locale) })
        : '',
      link: receipt.url,
    }),
  })
  const registration = activeRegistrationWrites(
    db,
    registrationId && validUntil
      ? [
          {
            id: registrationId,
            registrant_type: base.registrant_type,
            person_id: base.person_id,
            juristic_person_id: base.juristic_person_id,
            kind: 'customs_broker',
            channel: 'online',
            email: base.email,
            mobile: base.mobile,
            mailing_address: base.mailing_address ? JSON.stringify(base.mailing_address) : null,
            contact_name: base.contact_name,
            branch_code: base.branch_code,
            latest_receipt_id: receipt.receiptId,
            valid_from: now,
            valid_until: validUntil,
            last_activity_at: now,
          },
        ]
      : [],
    'broker-approval',
  )
  await executeAsOne(db, [
    ...registration.writes,
    decisionWrite(db, {
      id: decisionId,
      base_registration_id: base.id,
      registrant_type: base.registrant_type,
      person_id: base.person_id,
      juristic_person_id: base.juristic_person_id,
      applicant_person_id: a.personId,
      reference,
      licence_number: input.licence,
      registry_source: deps.licences.source === 'http' ? 'http' : 'synthetic',
      rule_set_id: BROKER_RULE_SET.id,
      rule_set_version: BROKER_RULE_SET.version,
      outcome: decision.outcome,
      results: JSON.stringify(decision.results),
      registration_id: registrationId,
      receipt_id: receipt.receiptId,
      submit_key: input.submitKey,
      decided_at: now,
    }),
    ...receiptWrites(db, deps.signer, [{ decisionId, signed: receipt }]),
    ...outboxWrites(db, [mail]).writes,
    journeyWrites(db, decisionId, decision.outcome, now),
    ...auditWrites(db, [
      {
        actorType: 'registrant',
        actorId: a.personId,
        action: 'broker.decided',
        subjectType: 'registration',
        subjectId: base.id,
        requestId: input.requestId,
        data: {
          decisionId,
          outcome: decision.outcome,
          registrationId,
          forCompany: base.juristic_person_id,
          ruleSet: BROKER_RULE_SET.version,
          failed: decision.results.filter((r) => !r.passed).map((r) => r.rule),
          registryCheckedAt: answer.checkedAt,
        },
      },
    ]).writes,
  ])
  return { status: 'decided', decisionId }
}
