import { generateKeyPairSync } from 'node:crypto'
import { newId, shortReference } from '../../platform/ids.js'
import { maskThaiId, withCheckDigit } from '../../platform/thai-id.js'
import type { ReceiptPayload } from './receipts.payload.js'

/** A registration number with a valid check digit, for tests that look for it in output. */
export const FULL_NUMBER = withCheckDigit('110370207156')

/** A fresh Ed25519 signing key in the configuration's shape (tests of key rotation). */
export function newSigningKey(keyId: string): { keyId: string; value: string } {
  const { privateKey } = generateKeyPairSync('ed25519')
  return { keyId, value: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() }
}

/** An approved person decision with every rule passed; unique ids per call. */
export function buildReceiptPayload(overrides: Partial<ReceiptPayload> = {}): ReceiptPayload {
  return {
    decisionId: newId(),
    applicationReference: shortReference(),
    outcome: 'approved',
    registrantType: 'person',
    maskedNumber: maskThaiId(FULL_NUMBER),
    ruleSet: { id: 'person-registration', version: '2026.1' },
    checks: [
      { rule: 'id_check_digit', passed: true },
      { rule: 'verified_id_matches', passed: true },
      { rule: 'thai_national', passed: true },
      { rule: 'not_already_registered', passed: true },
      { rule: 'assurance_level', passed: true },
      { rule: 'email_confirmed', passed: true },
    ],
    decidedAt: '2026-01-05T03:30:00.000Z',
    ...overrides,
  }
}
