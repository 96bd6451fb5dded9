import type { Kysely } from 'kysely'
import type { BrokerRenewalTables, DB, PaymentOutcome } from '../../platform/db/schema.js'

// Bills and the payments reported against them: the only SQL of the payments.

function t(db: Kysely<DB>) {
  return db.withTables<BrokerRenewalTables>()
}

export interface BillRow {
  id: string
  ref1: string
  ref2: string
  purpose: 'broker_renewal'
  subject_id: string
  amount_satang: number
  issued_at: Date
  due_at: Date
}

/** Stores a bill. */
export async function insertBill(db: Kysely<DB>, bill: BillRow): Promise<void> {
  await t(db).insertInto('payment_bills').values(bill).execute()
}

/** A bill by id. */
export async function findBill(db: Kysely<DB>, id: string): Promise<BillRow | undefined> {
  return t(db).selectFrom('payment_bills').selectAll().where('id', '=', id).executeTakeFirst()
}

/** The bill with these references, locked for the transaction (payments of one bill queue). */
export async function lockBillByRefs(
  trx: Kysely<DB>,
  ref1: string,
  ref2: string,
): Promise<BillRow | undefined> {
  return t(trx)
    .selectFrom('payment_bills')
    .selectAll()
    .where('ref1', '=', ref1)
    .where('ref2', '=', ref2)
    .forUpdate()
    .executeTakeFirst()
}

/** The payment with the gateway's transaction id, if it was reported before. */
export async function findPayment(
  db: Kysely<DB>,
  transactionId: string,
): Promise<{ bill_id: string; outcome: PaymentOutcome } | undefined> {
  return t(db)
    .selectFrom('payment_transactions')
    .select(['bill_id', 'outcome'])
    .where('transaction_id', '=', transactionId)
    .executeTakeFirst()
}

/** Whether a payment already settled the bill. */
export async function billSettled(db: Kysely<DB>, billId: string): Promise<boolean> {
  const row = await t(db)
    .selectFrom('payment_transactions')
    .select('id')
    .where('bill_id', '=', billId)
    .where('outcome', '=', 'settled')
    .executeTakeFirst()
  return row !== undefined
}

/** Records a payment with its outcome. */
export async function insertPayment(
  db: Kysely<DB>,
  row: {
    id: string
    transactionId: string
    billId: string
    amountSatang: number
    paidAt: Date
    receivedAt: Date
    outcome: PaymentOutcome
  },
): Promise<void> {
  await t(db)
    .insertInto('payment_transactions')
    .values({
      id: row.id,
      transaction_id: row.transactionId,
      bill_id: row.billId,
      amount_satang: row.amountSatang,
      paid_at: row.paidAt,
      received_at: row.receivedAt,
      outcome: row.outcome,
      refund_due: row.outcome !== 'settled',
    })
    .execute()
}

/** The payments of a bill, oldest first. */
export async function paymentsOfBill(db: Kysely<DB>, billId: string) {
  return t(db)
    .selectFrom('payment_transactions')
    .select(['id', 'transaction_id', 'amount_satang', 'paid_at', 'outcome', 'refund_due'])
    .where('bill_id', '=', billId)
    .orderBy('received_at')
    .orderBy('id')
    .execute()
}

/** Payments kept for refund, newest first, with their bill's references. */
export async function refundsDue(db: Kysely<DB>, limit: number) {
  return t(db)
    .selectFrom('payment_transactions as p')
    .innerJoin('payment_bills as b', 'b.id', 'p.bill_id')
    .select([
      'p.transaction_id',
      'p.amount_satang',
      'p.paid_at',
      'p.received_at',
      'p.outcome',
      'b.ref1',
      'b.ref2',
      'b.purpose',
    ])
    .where('p.refund_due', '=', true)
    .orderBy('p.received_at', 'desc')
    .limit(limit)
    .execute()
}
