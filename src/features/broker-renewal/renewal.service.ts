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
import { recheckBrokerLicence, type LicenceRegistry } from '../brokers/index.js'
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
  /** The licence registry the broker application asks (its rules re-run on renewal). */
  licences?: LicenceRegistry
}

/** A rule's result as the renewal records it. */
export interface RenewalCheck {
  rule: string
  passed: boolean
}

/** What asking to renew came to; `failed` names the rules not met. */
export type RenewalRequest =
  | { result: 'issued' | 'exists' | 'payments_off' | 'not_found' | 'licence_unavailable' }
  | { result: 'rules'; failed: string[] }

/** Everything the renewal page shows. */
export interface RenewalState {
  registrationId: string
  maskedNumber: string
  status: BrokerRow['status']
  validUntil: Date
  checks: { rule: RenewalRule; passed: boolean }[]
  /** The licence rules are asked of the licence registry when the broker asks to renew. */
  licenceChecked: boolean
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
    licenceChecked: deps.licences !== undefined,
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
): Promise<RenewalRequest> {
  if (!deps.gateway) return { result: 'payments_off' }
  if (!(await brokerFor(deps, personId, registrationId))) return { result: 'not_found' }
  // The registry is asked before the transaction: no network call holds a lock.
  const licence = deps.licences
    ? await recheckBrokerLicence({ ...deps, licences: deps.licences }, registrationId)
    : undefined
  if (licence?.status === 'unavailable') return { result: 'licence_unavailable' }
  const licenceChecks: RenewalCheck[] =
    licence?.status === 'answered'
      ? licence.results.map((r) => ({ rule: r.rule, passed: r.passed }))
      : licence?.status === 'unknown'
        ? [{ rule: 'broker.renewal.licence_on_record', passed: false }]
        : []
  return deps.db.transaction().execute(async (trx): Promise<RenewalRequest> => {
    const tx = { ...deps, db: trx }
    const b = await brokerFor(tx, personId, registrationId)
    if (!b) return { result: 'not_found' }
    const checks: RenewalCheck[] = [
      ...renewalChecks({
        status: b.status,
        validUntil: b.valid_until,
        baseActive: await baseRegistrationActive(trx, b),
        now,
      }),
      ...licenceChecks,
    ]
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
      return { result: 'rules', failed: checks.filter((c) => !c.passed).map((c) => c.rule) }
    }
    if (await renewalForTerm(trx, b.id, b.valid_until)) return { result: 'exists' }
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
    return { result: 'issued' }
  })
}
