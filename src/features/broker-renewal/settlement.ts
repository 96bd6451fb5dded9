import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB, PaymentOutcome } from '../../platform/db/schema.js'
import { newId } from '../../platform/ids.js'
import type { PiiCrypto } from '../../platform/pii-crypto.js'
import { maskThaiId } from '../../platform/thai-id.js'
import { enqueueMail } from '../mail/index.js'
import { bahtText, type OfferedPayment, type PurposeHandler } from '../payments/index.js'
import { issueReceipt, type ReceiptPayload, type ReceiptSigner } from '../receipts/index.js'
import { readSetting } from '../settings/index.js'
import { bilingualMail } from './mail.js'
import {
  applyRenewal,
  findBroker,
  lockBroker,
  renewalOfBill,
  type BrokerRow,
} from './renewal.repository.js'
import { RENEWAL_RULE_SET, renewedUntil } from './rules.js'
import { renewalGraceDays } from './settings.js'

// What a paid renewal bill does, inside the bank's callback transaction: the registration is
// renewed from its old end date (if it is still the term the bill was for, ACTIVE or EXPIRED by
// the end date, and paid within the grace period), with two signed receipts — the fee's
// e-receipt and the renewal's — a status line, an audit event and an e-mail.

export interface SettlementDeps {
  db: Kysely<DB>
  crypto: PiiCrypto
  signer: ReceiptSigner
  publicBaseUrl: string
}

const DAY_MS = 86_400_000

/** The registration's number as receipts carry it: masked. */
export function maskedNumberOf(crypto: PiiCrypto, b: BrokerRow): string {
  if (b.juristic_id) return maskThaiId(b.juristic_id)
  if (!b.national_id_enc || !b.national_id_enc_key_id) throw new Error('registration has no owner')
  return maskThaiId(crypto.decrypt({ keyId: b.national_id_enc_key_id, blob: b.national_id_enc }))
}

async function settle(
  deps: SettlementDeps,
  trx: Kysely<DB>,
  p: OfferedPayment,
): Promise<'settled' | 'late' | 'not_applicable'> {
  const renewal = await renewalOfBill(trx, p.bill.id)
  const broker = renewal ? await lockBroker(trx, renewal.registration_id) : undefined
  if (
    !renewal ||
    !broker ||
    renewal.renewed_at ||
    (broker.status !== 'ACTIVE' && broker.status !== 'EXPIRED') ||
    broker.valid_until?.getTime() !== renewal.old_valid_until.getTime()
  )
    return 'not_applicable'
  const grace = await readSetting(trx, renewalGraceDays)
  if (p.paidAt.getTime() > renewal.old_valid_until.getTime() + grace * DAY_MS) return 'late'

  const newUntil = renewedUntil(renewal.old_valid_until)
  const base: ReceiptPayload = {
    decisionId: renewal.id,
    applicationReference: p.bill.ref1,
    outcome: 'approved',
    registrantType: broker.registrant_type,
    maskedNumber: maskedNumberOf(deps.crypto, broker),
    ruleSet: { ...RENEWAL_RULE_SET },
    checks: renewal.results,
    decidedAt: p.now.toISOString(),
    kind: 'customs_broker',
    validUntil: newUntil.toISOString(),
  }
  const fee = await issueReceipt(trx, deps.signer, {
    ...base,
    decisionId: p.paymentId,
    action: 'fee',
    fee: {
      amount: bahtText(p.amountSatang),
      currency: 'THB',
      ref1: p.bill.ref1,
      ref2: p.bill.ref2,
      transactionId: p.transactionId,
      paidAt: p.paidAt.toISOString(),
    },
  })
  const renewed = await issueReceipt(trx, deps.signer, { ...base, action: 'renewal' })
  const historyId = newId()
  await applyRenewal(trx, {
    renewalId: renewal.id,
    registrationId: broker.id,
    oldValidUntil: renewal.old_valid_until,
    newValidUntil: newUntil,
    feeReceiptId: fee.receiptId,
    renewalReceiptId: renewed.receiptId,
    historyId,
    reason: `broker-renewal: fee paid (Ref1 ${p.bill.ref1}), valid until ${newUntil.toISOString()}`,
    at: p.now,
  })
  await recordAudit(trx, {
    actorType: 'system',
    action: 'registration.renewed',
    subjectType: 'registration',
    subjectId: broker.id,
    data: {
      renewalId: renewal.id,
      billId: p.bill.id,
      transactionId: p.transactionId,
      previousStatus: broker.status,
      oldValidUntil: renewal.old_valid_until.toISOString(),
      newValidUntil: newUntil.toISOString(),
      feeReceiptId: fee.receiptId,
      renewalReceiptId: renewed.receiptId,
      statusHistoryId: historyId,
    },
  })
  await enqueueMail(
    trx,
    bilingualMail(broker.email, 'mail.renewed.subject', 'mail.renewed.body', {
      amount: bahtText(p.amountSatang),
      ref1: p.bill.ref1,
      until: newUntil,
      fee: fee.url,
      renewal: renewed.url,
    }),
  )
  return 'settled'
}

async function refundDue(
  deps: SettlementDeps,
  trx: Kysely<DB>,
  p: OfferedPayment,
  outcome: PaymentOutcome,
): Promise<void> {
  const renewal = await renewalOfBill(trx, p.bill.id)
  const broker = renewal ? await findBroker(trx, renewal.registration_id) : undefined
  if (!broker) return
  await enqueueMail(
    trx,
    bilingualMail(broker.email, 'mail.refund.subject', 'mail.refund.body', {
      amount: bahtText(p.amountSatang),
      ref1: p.bill.ref1,
      transaction: p.transactionId,
      reason: `refund.${outcome}`,
    }),
  )
}

/** The payments' handler for renewal bills. */
export function renewalSettlement(deps: SettlementDeps): PurposeHandler {
  return {
    settle: (trx, p) => settle(deps, trx, p),
    refundDue: (trx, p, outcome) => refundDue(deps, trx, p, outcome),
  }
}
