import type { RuleResult } from '../../platform/db/schema.js'
import { publishRuleLabels } from '../receipts/index.js'
import type { LicenceAnswer } from './licence-registry/wire.js'

/**
 * The published rule set for customs brokers (issue 24). The decision is a pure function of the
 * stored facts, so any decision can be replayed; a change of rules is a new version.
 */
export const BROKER_RULE_SET = {
  id: 'customs-broker',
  version: '2026.1',
  effectiveFrom: '2026-12-07',
  rules: [
    'broker_base_active',
    'broker_licence_check_digit',
    'broker_licence_holder',
    'broker_licence_in_force',
    'broker_not_disqualified',
    'broker_not_already_registered',
  ] as const,
}
export type BrokerRule = (typeof BROKER_RULE_SET.rules)[number]

/** How long a broker registration lasts from its decision (and from each renewal). */
export const BROKER_VALIDITY_YEARS = 3

/** The rules' labels, published for receipts and the rules page. */
export const BROKER_RULE_LABELS: Record<BrokerRule, { th: string; en: string }> = {
  broker_base_active: {
    th: 'มีทะเบียนผู้นำเข้าและส่งออกที่ใช้งานอยู่ (ACTIVE)',
    en: 'Holds an ACTIVE importer and exporter registration',
  },
  broker_licence_check_digit: {
    th: 'เลขใบอนุญาตตัวแทนออกของถูกต้องตามรูปแบบและหลักตรวจสอบ',
    en: 'The customs-broker licence number has the right format and check digit',
  },
  broker_licence_holder: {
    th: 'ทะเบียนใบอนุญาตยืนยันว่าใบอนุญาตนี้เป็นของผู้ยื่นคำขอ',
    en: 'The licence registry confirms the licence belongs to the applicant',
  },
  broker_licence_in_force: {
    th: 'ใบอนุญาตยังมีผล ไม่ถูกเพิกถอน พักใช้ หรือหมดอายุ',
    en: 'The licence is in force: not revoked, suspended or expired',
  },
  broker_not_disqualified: {
    th: 'ไม่มีประวัติที่เป็นเหตุต้องห้ามตามทะเบียนใบอนุญาต',
    en: 'No disqualifying record in the licence registry',
  },
  broker_not_already_registered: {
    th: 'ยังไม่ได้ลงทะเบียนเป็นตัวแทนออกของ (ไม่มีทะเบียนที่ใช้งานหรือถูกระงับอยู่)',
    en: 'Not already registered as a customs broker (no active or suspended registration)',
  },
}
publishRuleLabels(BROKER_RULE_LABELS)

/** The facts a broker decision uses: no national ID, enough to replay it. */
export interface BrokerFacts {
  baseKind: 'importer_exporter' | 'customs_broker'
  baseStatus: 'ACTIVE' | 'SUSPENDED' | 'CANCELLED' | 'EXPIRED'
  licenceWellFormed: boolean
  /** The registry's answer; absent only when the number was not well formed (never asked). */
  registry: Pick<LicenceAnswer, 'licence' | 'holder'> | null
  liveBrokerRegistration: boolean
}

export interface BrokerDecision {
  outcome: 'approved' | 'refused'
  results: RuleResult[]
}

/** Applies every rule, so the applicant sees every problem at once. */
export function decideBroker(f: BrokerFacts): BrokerDecision {
  const licence = f.registry?.licence ?? null
  const results: RuleResult[] = [
    {
      rule: 'broker_base_active',
      passed: f.baseKind === 'importer_exporter' && f.baseStatus === 'ACTIVE',
      facts: { kind: f.baseKind, status: f.baseStatus },
    },
    {
      rule: 'broker_licence_check_digit',
      passed: f.licenceWellFormed,
      facts: { wellFormed: f.licenceWellFormed },
    },
    {
      rule: 'broker_licence_holder',
      passed: licence !== null && licence.holderMatches,
      facts: { found: licence !== null, holderMatches: licence?.holderMatches ?? false },
    },
    {
      rule: 'broker_licence_in_force',
      passed: licence?.status === 'valid',
      facts: { status: licence?.status ?? null },
    },
    {
      rule: 'broker_not_disqualified',
      passed: f.registry !== null && !f.registry.holder.disqualified,
      facts: { disqualified: f.registry?.holder.disqualified ?? null },
    },
    {
      rule: 'broker_not_already_registered',
      passed: !f.liveBrokerRegistration,
      facts: { liveBrokerRegistration: f.liveBrokerRegistration },
    },
  ]
  return { outcome: results.every((r) => r.passed) ? 'approved' : 'refused', results }
}

/** The end of a validity of `years` from `from` (the same calendar day and time, UTC). */
export function addYears(from: Date, years: number): Date {
  const d = new Date(from.getTime())
  d.setUTCFullYear(d.getUTCFullYear() + years)
  return d
}
