import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import { newId } from '../../platform/ids.js'
import type { PiiCrypto } from '../../platform/pii-crypto.js'
import {
  billQr,
  findBill,
  issueBill,
  paymentsOfBill,
  type BillRow,
  type Gateway,
} from '../payments/index.js'
import { receiptUrl } from '../receipts/index.js'
import { companiesSignedFor } from '../registration-company/index.js'
import { readSetting } from '../settings/index.js'
import {
  baseRegistrationActive,
  findBroker,
  insertRenewal,
  renewalEndingAt,
  renewalForTerm,
  type BrokerRow,
} from './renewal.repository.js'
import { renewalChecks, renewedUntil, type RenewalRule } from './rules.js'
import { maskedNumberOf } from './settlement.js'
import { renewalFeeBaht } from './settings.js'

// The registrant's side of a renewal: the page's state and the request that issues the bill.

export interface RenewalDeps {
  db: Kysely<DB>
  crypto: PiiCrypto
  publicBaseUrl: string
  /** The payment gateway; undefined when online payment is not configured. */
  gateway: Gateway | undefined
}

/** Everything the renewal page shows. */
export interface RenewalState {
  registrationId: string
  maskedNumber: string
  status: BrokerRow['status']
  validUntil: Date
  checks: { rule: RenewalRule; passed: boolean }[]
  feeSatang: number
  newValidUntil: Date
  bill?: {
    row: BillRow
    qr?: { payload: string; dataUrl: string }
    billerId?: string
    refunds: number
  }
  renewed?: { validUntil: Date; feeReceiptUrl: string; renewalReceiptUrl: string }
}

/** The broker registration if the signed-in person may renew it: theirs, or their company's. */
async function brokerFor(
  deps: RenewalDeps,
  personId: string,
  registrationId: string,
): Promise<(BrokerRow & { valid_until: Date }) | undefined> {
  const b = await findBroker(deps.db, registrationId)
  if (!b || b.kind !== 'customs_broker' || !b.valid_until) return undefined
  const valid = { ...b, valid_until: b.valid_until }
  if (b.person_id) return b.person_id === personId ? valid : undefined
  const companies = await companiesSignedFor(deps, personId)
  return companies.some((c) => c.juristicId === b.juristic_id && c.state === 'registered')
    ? valid
    : undefined
}

/** The page's state; undefined when the registration is not the person's broker registration. */
export async function renewalState(
  deps: RenewalDeps,
  personId: string,
  registrationId: string,
  now: Date,
): Promise<RenewalState | undefined> {
  const b = await brokerFor(deps, personId, registrationId)
  if (!b) return undefined
  const checks = renewalChecks({
    status: b.status,
    validUntil: b.valid_until,
    baseActive: await baseRegistrationActive(deps.db, b),
    now,
  })
  const state: RenewalState = {
    registrationId: b.id,
    maskedNumber: maskedNumberOf(deps.crypto, b),
    status: b.status,
    validUntil: b.valid_until,
    checks,
    feeSatang: (await readSetting(deps.db, renewalFeeBaht)) * 100,
    newValidUntil: renewedUntil(b.valid_until),
  }
  const open = await renewalForTerm(deps.db, b.id, b.valid_until)
  const bill = open ? await findBill(deps.db, open.bill_id) : undefined
  if (bill) {
    const payments = await paymentsOfBill(deps.db, bill.id)
    state.bill = {
      row: bill,
      refunds: payments.filter((p) => p.refund_due).length,
      ...(deps.gateway
        ? { qr: await billQr(deps.gateway, bill), billerId: deps.gateway.billerId }
        : {}),
    }
  }
  const done = await renewalEndingAt(deps.db, b.id, b.valid_until)
  if (done?.fee_receipt_id && done.renewal_receipt_id)
    state.renewed = {
      validUntil: b.valid_until,
      feeReceiptUrl: receiptUrl(deps.publicBaseUrl, done.fee_receipt_id),
      renewalReceiptUrl: receiptUrl(deps.publicBaseUrl, done.renewal_receipt_id),
    }
  return state
}

/**
 * The broker asks to renew: the rules run again on stored facts and, when all are met, the
 * term's renewal and its bill are recorded (once per term: asking twice shows the same bill).
 */
export async function requestRenewal(
  deps: RenewalDeps,
  personId: string,
  registrationId: string,
  now: Date,
  requestId: string,
): Promise<'issued' | 'exists' | 'rules' | 'payments_off' | 'not_found'> {
  if (!deps.gateway) return 'payments_off'
  return deps.db.transaction().execute(async (trx) => {
    const tx = { ...deps, db: trx }
    const b = await brokerFor(tx, personId, registrationId)
    if (!b) return 'not_found'
    const checks = renewalChecks({
      status: b.status,
      validUntil: b.valid_until,
      baseActive: await baseRegistrationActive(trx, b),
      now,
    })
    if (!checks.every((c) => c.passed)) {
      await recordAudit(trx, {
        actorType: 'registrant',
        actorId: personId,
        action: 'registration.renewal_refused',
        subjectType: 'registration',
        subjectId: b.id,
        outcome: 'refused',
        requestId,
        data: { failed: checks.filter((c) => !c.passed).map((c) => c.rule) },
      })
      return 'rules'
    }
    if (await renewalForTerm(trx, b.id, b.valid_until)) return 'exists'
    const renewalId = newId()
    const bill = await issueBill(trx, {
      purpose: 'broker_renewal',
      subjectId: renewalId,
      amountSatang: (await readSetting(trx, renewalFeeBaht)) * 100,
      dueAt: b.valid_until,
      now,
    })
    await insertRenewal(trx, {
      id: renewalId,
      registrationId: b.id,
      oldValidUntil: b.valid_until,
      billId: bill.id,
      results: checks,
      requestedBy: personId,
      at: now,
    })
    await recordAudit(trx, {
      actorType: 'registrant',
      actorId: personId,
      action: 'registration.renewal_requested',
      subjectType: 'registration',
      subjectId: b.id,
      requestId,
      data: {
        renewalId,
        billId: bill.id,
        ref1: bill.ref1,
        ref2: bill.ref2,
        amountSatang: bill.amount_satang,
        oldValidUntil: b.valid_until.toISOString(),
      },
    })
    return 'issued'
  })
}
