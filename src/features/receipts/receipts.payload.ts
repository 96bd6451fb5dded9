import { z } from 'zod'

/** One rule of the published rule set and whether the application met it. */
export interface ReceiptCheck {
  rule: string
  passed: boolean
}

/** What the decision service hands over to be signed. */
export interface ReceiptPayload {
  decisionId: string
  applicationReference: string
  outcome: 'approved' | 'refused'
  registrantType: 'person' | 'company'
  /** From maskThaiId(): x-xxxx-xxxxx-56-1. The full number is refused. */
  maskedNumber: string
  ruleSet: { id: string; version: string }
  checks: ReceiptCheck[]
  /** ISO 8601 instant. */
  decidedAt: string
  /**
   * What the decision was about; absent on first registrations (every receipt signed before
   * issue 23 has none, and must keep verifying byte for byte).
   */
  action?: ReceiptAction
  /** The registration's kind, when it is not importer/exporter or the action names it. */
  kind?: 'importer_exporter' | 'customs_broker'
  /** ISO 8601 instant: the end of the registration's validity (brokers, renewals). */
  validUntil?: string
  /** A fee paid electronically: on the e-receipt of a renewal fee. */
  fee?: ReceiptFee
}

/** The decisions a receipt can stand for after the first registration. */
export const RECEIPT_ACTIONS = [
  'registration',
  'broker_registration',
  'renewal',
  'fee',
  'reactivation',
  'cancellation',
  'refresh',
] as const
export type ReceiptAction = (typeof RECEIPT_ACTIONS)[number]

/** A fee as its e-receipt states it: the bill's references and the gateway's transaction. */
export interface ReceiptFee {
  /** Baht with two decimals, as text ("1200.00"): never a float. */
  amount: string
  currency: 'THB'
  ref1: string
  ref2: string
  transactionId: string
  /** ISO 8601 instant the gateway reported. */
  paidAt: string
}

/** A check as signed: the label key lets an offline verifier look the rule up in the published labels. */
export interface SignedCheck extends ReceiptCheck {
  label: string
}

/** The JWS payload, exactly: nothing reaches a receipt unless it is listed here. */
export interface ReceiptClaims extends Omit<ReceiptPayload, 'checks'> {
  receiptId: string
  checks: SignedCheck[]
}

/** The protected-header `typ`, so that a receipt cannot be confused with any other token the service signs. */
export const RECEIPT_JWS_TYPE = 'decision-receipt+jws'

/** Receipt ids are randomToken(): 32 random bytes in base64url. */
export const RECEIPT_ID_PATTERN = /^[A-Za-z0-9_-]{43}$/

const MASKED_NUMBER = /^x-xxxx-xxxxx-\d{2}-\d$/
// Thirteen digits, possibly written with single spaces, dashes or dots between them.
const FULL_NUMBER = /\d(?:[\s.\-–—]?\d){12}/
const RAW_FULL_NUMBER = /\d{13}/

/** Raised when the decision service asks for a receipt that must not exist (a programming error). */
export class ReceiptPayloadError extends Error {
  override name = 'ReceiptPayloadError'
}

/** The key under which a rule's human label is published. */
export function ruleLabelKey(rule: string): string {
  return `rule.${rule}`
}

function refuseFullNumber(field: string, value: string, pattern = FULL_NUMBER): void {
  if (pattern.test(value))
    throw new ReceiptPayloadError(
      `${field} looks like a full 13-digit number; receipts carry masked numbers only`,
    )
}

/**
 * Builds the signed payload field by field, so that an extra property on the caller's object
 * (a full ID, a name) can never slip into a public receipt.
 */
export function toClaims(payload: ReceiptPayload & { receiptId: string }): ReceiptClaims {
  if (!RECEIPT_ID_PATTERN.test(payload.receiptId))
    throw new ReceiptPayloadError('receiptId is not a receipt token')
  if (!MASKED_NUMBER.test(payload.maskedNumber)) {
    throw new ReceiptPayloadError('maskedNumber must come from maskThaiId() (x-xxxx-xxxxx-12-3)')
  }
  if (payload.outcome !== 'approved' && payload.outcome !== 'refused')
    throw new ReceiptPayloadError('unknown outcome')
  if (payload.registrantType !== 'person' && payload.registrantType !== 'company') {
    throw new ReceiptPayloadError('unknown registrant type')
  }
  if (payload.checks.length === 0)
    throw new ReceiptPayloadError('a receipt lists at least one check')
  const decidedAt = new Date(payload.decidedAt)
  if (Number.isNaN(decidedAt.getTime())) throw new ReceiptPayloadError('decidedAt is not a date')
  // UUIDs hold digits in dash-separated groups, so only an unbroken run is suspicious there.
  refuseFullNumber('decisionId', payload.decisionId, RAW_FULL_NUMBER)
  refuseFullNumber('applicationReference', payload.applicationReference)
  refuseFullNumber('ruleSet.id', payload.ruleSet.id)
  refuseFullNumber('ruleSet.version', payload.ruleSet.version)
  for (const check of payload.checks) refuseFullNumber('checks.rule', check.rule)
  if (payload.action !== undefined && !RECEIPT_ACTIONS.includes(payload.action))
    throw new ReceiptPayloadError('unknown action')
  if (payload.validUntil !== undefined && Number.isNaN(new Date(payload.validUntil).getTime()))
    throw new ReceiptPayloadError('validUntil is not a date')
  if (payload.fee) {
    if (!/^\d{1,9}\.\d{2}$/.test(payload.fee.amount))
      throw new ReceiptPayloadError('fee.amount is not baht with two decimals')
    refuseFullNumber('fee.ref1', payload.fee.ref1)
    refuseFullNumber('fee.ref2', payload.fee.ref2)
  }
  return {
    receiptId: payload.receiptId,
    decisionId: payload.decisionId,
    applicationReference: payload.applicationReference,
    outcome: payload.outcome,
    registrantType: payload.registrantType,
    maskedNumber: payload.maskedNumber,
    ruleSet: { id: payload.ruleSet.id, version: payload.ruleSet.version },
    checks: payload.checks.map((c) => ({
      rule: c.rule,
      passed: c.passed,
      label: ruleLabelKey(c.rule),
    })),
    decidedAt: decidedAt.toISOString(),
    // Optional fields are left out when absent, so older receipts' payloads are unchanged.
    ...(payload.action ? { action: payload.action } : {}),
    ...(payload.kind ? { kind: payload.kind } : {}),
    ...(payload.validUntil ? { validUntil: new Date(payload.validUntil).toISOString() } : {}),
    ...(payload.fee
      ? {
          fee: {
            amount: payload.fee.amount,
            currency: payload.fee.currency,
            ref1: payload.fee.ref1,
            ref2: payload.fee.ref2,
            transactionId: payload.fee.transactionId,
            paidAt: new Date(payload.fee.paidAt).toISOString(),
          },
        }
      : {}),
  }
}

/** The shape a verified payload must have before a page shows it. */
export const claimsSchema = z.object({
  receiptId: z.string().regex(RECEIPT_ID_PATTERN),
  decisionId: z.string(),
  applicationReference: z.string(),
  outcome: z.enum(['approved', 'refused']),
  registrantType: z.enum(['person', 'company']),
  maskedNumber: z.string().regex(MASKED_NUMBER),
  ruleSet: z.object({ id: z.string(), version: z.string() }),
  checks: z.array(z.object({ rule: z.string(), passed: z.boolean(), label: z.string() })).min(1),
  decidedAt: z.iso.datetime(),
  action: z.enum(RECEIPT_ACTIONS).optional(),
  kind: z.enum(['importer_exporter', 'customs_broker']).optional(),
  validUntil: z.iso.datetime().optional(),
  fee: z
    .object({
      amount: z.string().regex(/^\d{1,9}\.\d{2}$/),
      currency: z.literal('THB'),
      ref1: z.string(),
      ref2: z.string(),
      transactionId: z.string(),
      paidAt: z.iso.datetime(),
    })
    .optional(),
}) satisfies z.ZodType<ReceiptClaims>
