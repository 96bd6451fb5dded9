import type { Json, Timestamp } from './columns.js'

// Brokers' renewal and its electronic fee (issue 24, ADR 20):
// db/migrations/0085_broker_renewal_payments.sql. Amounts in satang.

export interface PaymentBillsTable {
  id: string
  ref1: string
  ref2: string
  purpose: 'broker_renewal'
  subject_id: string
  amount_satang: number
  issued_at: Timestamp
  due_at: Timestamp
}

export type PaymentOutcome = 'settled' | 'overpayment' | 'late' | 'not_applicable'

export interface PaymentTransactionsTable {
  id: string
  transaction_id: string
  bill_id: string
  amount_satang: number
  paid_at: Timestamp
  received_at: Timestamp
  outcome: PaymentOutcome
  refund_due: boolean
}

/** One rule of the renewal's check and whether the registration met it. */
export interface RenewalRuleResult {
  rule: string
  passed: boolean
}

export interface BrokerRenewalsTable {
  id: string
  registration_id: string
  old_valid_until: Timestamp
  bill_id: string
  results: Json<RenewalRuleResult[]>
  requested_by: string
  requested_at: Timestamp
  renewed_at: Timestamp | null
  new_valid_until: Timestamp | null
  fee_receipt_id: string | null
  renewal_receipt_id: string | null
  status_history_id: string | null
}

export interface BrokerRenewalRemindersTable {
  registration_id: string
  valid_until: Timestamp
  days_before: 90 | 30 | 7
  sent_at: Timestamp
}

export interface BrokerExpiriesTable {
  registration_id: string
  valid_until: Timestamp
  expired_at: Timestamp
  status_history_id: string
}

// A type alias, not an interface: withTables() needs the implicit index signature.
/** The payments' and renewals' tables, added with db.withTables<BrokerRenewalTables>(). */
export type BrokerRenewalTables = {
  payment_bills: PaymentBillsTable
  payment_transactions: PaymentTransactionsTable
  broker_renewals: BrokerRenewalsTable
  broker_renewal_reminders: BrokerRenewalRemindersTable
  broker_expiries: BrokerExpiriesTable
}
