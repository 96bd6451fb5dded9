import type { Kysely } from 'kysely'
import QRCode from 'qrcode'
import { recordAudit } from '../../platform/audit.js'
import type { DB, PaymentOutcome } from '../../platform/db/schema.js'
import { newId, shortReference } from '../../platform/ids.js'
import { businessDate } from '../../platform/time.js'
import { callbackSchema } from './callback.schema.js'
import { parseBaht } from './money.js'
import {
  billSettled,
  findPayment,
  insertBill,
  insertPayment,
  lockBillByRefs,
  type BillRow,
} from './payments.repository.js'
import { verifyCallbackSignature } from './signature.js'
import { billPaymentPayload } from './thai-qr.js'

// Bills and their settlement (ADR 20). A bill is settled exactly once: the callback's signature,
// biller, bill and amount are checked first (a forged one changes nothing and is audited); the
// bill's row is locked; a transaction id seen before is ignored; a payment of a settled bill is
// an overpayment; the bill's purpose decides whether a first payment settles it (in time, or
// within its grace period) or is kept for refund. A unique index backs "exactly once".

export interface Gateway {
  billerId: string
  callbackSecret: string
}

export type BillPurpose = BillRow['purpose']

/** A payment offered to the bill's purpose, inside the callback's transaction. */
export interface OfferedPayment {
  bill: BillRow
  /** The payment's own row id: a decision id for the fee's receipt. */
  paymentId: string
  transactionId: string
  amountSatang: number
  paidAt: Date
  now: Date
}

/** What a bill's purpose does with its payments. */
export interface PurposeHandler {
  /** Settles the bill ('settled'), or says why the payment is kept for refund. */
  settle(trx: Kysely<DB>, p: OfferedPayment): Promise<'settled' | 'late' | 'not_applicable'>
  /** Tells the payer (e-mail) that a payment is kept for refund. */
  refundDue?(trx: Kysely<DB>, p: OfferedPayment, outcome: PaymentOutcome): Promise<void>
}

export type PurposeHandlers = Record<BillPurpose, PurposeHandler>

/** Issues a bill for a purpose; Ref1 is a fresh reference, Ref2 the end date it pays for. */
export async function issueBill(
  trx: Kysely<DB>,
  bill: { purpose: BillPurpose; subjectId: string; amountSatang: number; dueAt: Date; now: Date },
): Promise<BillRow> {
  const row: BillRow = {
    id: newId(),
    ref1: shortReference().replace('-', ''),
    ref2: businessDate(bill.dueAt).replaceAll('-', ''),
    purpose: bill.purpose,
    subject_id: bill.subjectId,
    amount_satang: bill.amountSatang,
    issued_at: bill.now,
    due_at: bill.dueAt,
  }
  await insertBill(trx, row)
  return row
}

/** The bill's QR: the payload text and an image of it (a data: URL). */
export async function billQr(
  gateway: Pick<Gateway, 'billerId'>,
  bill: Pick<BillRow, 'ref1' | 'ref2' | 'amount_satang'>,
): Promise<{ payload: string; dataUrl: string }> {
  const payload = billPaymentPayload({
    billerId: gateway.billerId,
    ref1: bill.ref1,
    ref2: bill.ref2,
    amountSatang: bill.amount_satang,
  })
  return { payload, dataUrl: await QRCode.toDataURL(payload, { margin: 2, width: 240 }) }
}

export type CallbackResult =
  | { status: 'accepted'; outcome: PaymentOutcome }
  | { status: 'duplicate'; outcome: PaymentOutcome }
  | {
      status: 'refused'
      reason: 'signature' | 'body' | 'biller' | 'unknown_bill' | 'amount' | 'transaction_reused'
    }

type Refusal = Extract<CallbackResult, { status: 'refused' }>['reason']

function parseBody(raw: string) {
  try {
    const parsed = callbackSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

/** The bank's callback: verified, then recorded and settled at most once. */
export async function receiveCallback(
  deps: { db: Kysely<DB>; gateway: Gateway; handlers: PurposeHandlers },
  raw: { body: string; signature: string | undefined; requestId: string; now: Date },
): Promise<CallbackResult> {
  const refuse = async (reason: Refusal, data: Record<string, unknown> = {}) => {
    await recordAudit(deps.db, {
      actorType: 'system',
      actorId: 'payment-gateway',
      action: 'payment.callback_refused',
      subjectType: 'payment_bill',
      outcome: 'refused',
      requestId: raw.requestId,
      data: { reason, ...data },
    })
    return { status: 'refused', reason } as const
  }
  if (!verifyCallbackSignature(deps.gateway.callbackSecret, raw.body, raw.signature))
    return refuse('signature')
  const body = parseBody(raw.body)
  if (!body) return refuse('body')
  const facts = { ref1: body.ref1, ref2: body.ref2, transactionId: body.transactionId }
  if (body.billerId !== deps.gateway.billerId) return refuse('biller', facts)
  const amount = parseBaht(body.amount) ?? -1
  const result = await deps.db.transaction().execute(async (trx) => {
    const bill = await lockBillByRefs(trx, body.ref1, body.ref2)
    if (!bill) return { status: 'refused', reason: 'unknown_bill' } as const
    if (bill.amount_satang !== amount) return { status: 'refused', reason: 'amount' } as const
    const seen = await findPayment(trx, body.transactionId)
    if (seen && seen.bill_id !== bill.id)
      return { status: 'refused', reason: 'transaction_reused' } as const
    if (seen) {
      await recordAudit(trx, {
        actorType: 'system',
        actorId: 'payment-gateway',
        action: 'payment.callback_repeated',
        subjectType: 'payment_bill',
        subjectId: bill.id,
        requestId: raw.requestId,
        data: facts,
      })
      return { status: 'duplicate', outcome: seen.outcome } as const
    }
    const offered: OfferedPayment = {
      bill,
      paymentId: newId(),
      transactionId: body.transactionId,
      amountSatang: amount,
      paidAt: new Date(body.paidAt),
      now: raw.now,
    }
    const handler = deps.handlers[bill.purpose]
    const outcome: PaymentOutcome = (await billSettled(trx, bill.id))
      ? 'overpayment'
      : await handler.settle(trx, offered)
    await insertPayment(trx, {
      id: offered.paymentId,
      transactionId: offered.transactionId,
      billId: bill.id,
      amountSatang: amount,
      paidAt: offered.paidAt,
      receivedAt: raw.now,
      outcome,
    })
    if (outcome !== 'settled') await handler.refundDue?.(trx, offered, outcome)
    await recordAudit(trx, {
      actorType: 'system',
      actorId: 'payment-gateway',
      action: outcome === 'settled' ? 'payment.settled' : 'payment.refund_due',
      subjectType: 'payment_bill',
      subjectId: bill.id,
      requestId: raw.requestId,
      data: { ...facts, outcome, amountSatang: amount, paidAt: offered.paidAt.toISOString() },
    })
    return { status: 'accepted', outcome } as const
  })
  if (result.status === 'refused') return refuse(result.reason, facts)
  return result
}
