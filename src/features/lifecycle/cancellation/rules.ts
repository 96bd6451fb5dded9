import type { RuleResult } from '../../../platform/db/schema.js'
import { publishRuleLabels } from '../../receipts/index.js'
import { satisfies, type SigningRule } from '../../registry-dbd/index.js'

/**
 * Cancellation by the registrant: a person who verified through the bank and confirmed what
 * cancelling means; a company by directors DBD lists today who together satisfy its signing
 * clause (the same evaluation the company registration uses).
 */
export const CANCELLATION_RULE_SET = {
  id: 'cancellation',
  version: '2026.1',
}

export type CancellationRule =
  | 'cancellation.registrant_verified'
  | 'cancellation.signers_are_directors'
  | 'cancellation.signing_clause_satisfied'

/** A person's cancellation: the step-up was the registration's own person. */
export function personCancellationResults(samePerson: boolean): RuleResult[] {
  return [
    { rule: 'cancellation.registrant_verified', passed: samePerson, facts: { match: samePerson } },
  ]
}

/**
 * A company's: the directors who confirmed and are still listed by DBD today together satisfy
 * its signing clause. One who confirmed and has since left the board no longer counts (nor
 * blocks the others): the facts record how many were left out.
 */
export function companyCancellationResults(
  rule: SigningRule,
  confirmers: { directorIndex: number | null; directorKey: string | null }[],
): RuleResult[] {
  const listed = confirmers.filter((c) => c.directorKey !== null)
  return [
    {
      rule: 'cancellation.signers_are_directors',
      passed: listed.length > 0,
      facts: {
        directors: listed.map((c) => c.directorIndex),
        noLongerListed: confirmers.length - listed.length,
      },
    },
    {
      rule: 'cancellation.signing_clause_satisfied',
      passed: satisfies(
        rule,
        listed.map((c) => c.directorKey ?? ''),
      ),
      facts: { rule: rule.kind, confirmed: listed.length },
    },
  ]
}

export const CANCELLATION_RULE_LABELS: Record<CancellationRule, { th: string; en: string }> = {
  'cancellation.registrant_verified': {
    th: 'ผู้ถือทะเบียนยืนยันตัวตนและยืนยันการยกเลิก',
    en: 'The registration’s holder verified and confirmed the cancellation',
  },
  'cancellation.signers_are_directors': {
    th: 'ผู้ยืนยันการยกเลิกเป็นกรรมการตามข้อมูลกรมพัฒนาธุรกิจการค้า',
    en: 'Those who confirmed are directors listed by DBD',
  },
  'cancellation.signing_clause_satisfied': {
    th: 'กรรมการที่ยืนยันครบตามอำนาจกรรมการที่จดทะเบียนไว้',
    en: 'The directors who confirmed satisfy the registered signing clause',
  },
}

publishRuleLabels(CANCELLATION_RULE_LABELS)
