import type { Kysely } from 'kysely'
import { recordAudit } from '../../../platform/audit.js'
import type { DB } from '../../../platform/db/schema.js'
import { recordJourneyEvent } from '../../../platform/journey.js'
import { enqueueMail } from '../../mail/index.js'
import { storeReceipt, type SignedReceipt } from '../../receipts/index.js'
import { insertActiveRegistration } from '../../registrations/index.js'
import type { CompanyApplicationRow } from '../company.repository.js'
import { COMPANY_RULE_SET, type CompanyDecision } from '../company.rules.js'
import type { CompanyDeps } from '../deps.js'
import type { SignerRow } from '../signing/signer.repository.js'
import { submitMessages } from './messages.js'
import { insertDecision, juristicPersonId, markDecided } from './submit.repository.js'

export interface DecisionWrite {
  app: CompanyApplicationRow
  juristicId: string
  email: string
  submitKey: string
  decisionId: string
  decision: CompanyDecision
  receipt: SignedReceipt
  snapshotId: string
  companyName: string
  signers: SignerRow[]
  now: Date
  requestId: string | null
}

/** An approved company's ACTIVE registration, its juristic person made if new. */
async function createCompanyRegistration(trx: Kysely<DB>, d: DecisionWrite): Promise<string> {
  return insertActiveRegistration(trx, {
    registrant_type: 'company',
    juristic_person_id: await juristicPersonId(trx, d.juristicId),
    channel: 'online',
    application_id: d.app.id,
    decision_id: d.decisionId,
    email: d.email,
    mobile: d.app.mobile ?? '',
    contact_name: d.app.contact_name,
    branch_code: d.app.branch_code,
    valid_from: d.now,
    last_activity_at: d.now,
  })
}

/** The decision e-mail, to the company and to every director who signed. */
async function mailDecision(trx: Kysely<DB>, d: DecisionWrite): Promise<void> {
  const approved = d.decision.outcome === 'approved'
  const m = submitMessages(d.app.locale)
  const state = approved ? 'status.state.approved' : 'status.state.refused'
  const recipients = new Set([
    d.email,
    ...d.signers.map((s) => s.email).filter((e): e is string => !!e),
  ])
  for (const to of recipients)
    await enqueueMail(trx, {
      to,
      subject: m(approved ? 'mail.decidedSubjectApproved' : 'mail.decidedSubjectRefused', {
        company: d.companyName,
      }),
      text: m('mail.decidedBody', {
        reference: d.app.reference,
        company: d.companyName,
        juristicId: d.juristicId,
        outcome: submitMessages('th')(state),
        outcomeEn: submitMessages('en')(state),
        link: d.receipt.url,
      }),
    })
}

/**
 * Everything a decision writes, in the caller's one transaction: the decision, the
 * application's outcome, the registration if approved, the receipt, the e-mails, the journey
 * and audit events.
 */
export async function writeDecision(
  trx: Kysely<DB>,
  deps: Pick<CompanyDeps, 'signer'>,
  d: DecisionWrite,
): Promise<void> {
  const { decision, now } = d
  await insertDecision(trx, {
    id: d.decisionId,
    application_id: d.app.id,
    rule_set_id: COMPANY_RULE_SET.id,
    rule_set_version: COMPANY_RULE_SET.version,
    outcome: decision.outcome,
    results: JSON.stringify(decision.results),
    verification_id: null,
    profile_id: null,
    dbd_snapshot_id: d.snapshotId,
    receipt_id: d.receipt.receiptId,
    submit_key: d.submitKey,
    decided_at: now,
  })
  await markDecided(trx, d.app.id, { outcome: decision.outcome, now, snapshotId: d.snapshotId })
  const registrationId =
    decision.outcome === 'approved' ? await createCompanyRegistration(trx, d) : null
  await storeReceipt(trx, deps.signer, d.decisionId, d.receipt)
  await mailDecision(trx, d)
  await recordJourneyEvent(trx, {
    journeyId: d.app.id,
    kind: 'company',
    event: 'decision',
    step: decision.outcome,
    at: now,
  })
  await recordAudit(trx, {
    actorType: 'system',
    action: 'registration.decided',
    subjectType: 'application',
    subjectId: d.app.id,
    requestId: d.requestId,
    data: {
      decisionId: d.decisionId,
      outcome: decision.outcome,
      registrationId,
      ruleSet: COMPANY_RULE_SET.version,
      dbdSnapshotId: d.snapshotId,
      failed: decision.results.filter((r) => !r.passed).map((r) => r.rule),
    },
  })
}
