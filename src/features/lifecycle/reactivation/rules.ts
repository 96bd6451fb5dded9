import type { RuleResult } from '../../../platform/db/schema.js'
import { publishRuleLabels } from '../../receipts/index.js'

/**
 * The published rules a suspended registration is reactivated by (Notifications 64/2561 and
 * 94/2564): the registrant verified through the bank again, and the registration's own rules
 * run again on what the bank and DBD say now. No officer takes part; a change of rules is a new
 * version, never an edit.
 */
export const REACTIVATION_RULE_SET = {
  id: 'reactivation',
  version: '2026.1',
  person: [
    'reactivation.same_person',
    'reactivation.thai_national',
    'reactivation.assurance_level',
  ] as const,
  company: [
    'reactivation.company_active',
    'reactivation.signing_directors_listed',
    'reactivation.acting_director_verified',
  ] as const,
}

export type ReactivationRule =
  (typeof REACTIVATION_RULE_SET.person)[number] | (typeof REACTIVATION_RULE_SET.company)[number]

/** DBD statuses under which a company may trade (the company rule set's). */
const TRADING = ['active', 'restored']

export interface PersonReactivationFacts {
  /** The verified person is the registration's person (the same keyed national ID). */
  samePerson: boolean
  nationality: string | null
  ial: number | null
  minimumIal: number
}

export interface CompanyReactivationFacts {
  found: boolean
  dbdStatus: string | null
  /** Each director who signed the registration: still listed by DBD today? */
  signersListed: boolean[]
  /** The director who asks matched a director DBD lists today (their index). */
  actingDirectorIndex: number | null
  ial: number | null
  minimumIal: number
}

export interface ReactivationDecision {
  outcome: 'approved' | 'refused'
  results: RuleResult[]
}

const outcomeOf = (results: RuleResult[]): ReactivationDecision => ({
  outcome: results.every((r) => r.passed) ? 'approved' : 'refused',
  results,
})

/** A person: still the same person, still Thai, verified at the assurance the portal asks. */
export function decidePersonReactivation(f: PersonReactivationFacts): ReactivationDecision {
  return outcomeOf([
    { rule: 'reactivation.same_person', passed: f.samePerson, facts: { match: f.samePerson } },
    {
      rule: 'reactivation.thai_national',
      passed: f.nationality === 'THA',
      facts: { nationality: f.nationality },
    },
    {
      rule: 'reactivation.assurance_level',
      passed: f.ial !== null && f.ial >= f.minimumIal,
      facts: { ial: f.ial, minimum: f.minimumIal },
    },
  ])
}

/** A company: still trading in DBD, the directors who signed still listed, the asker a director. */
export function decideCompanyReactivation(f: CompanyReactivationFacts): ReactivationDecision {
  return outcomeOf([
    {
      rule: 'reactivation.company_active',
      passed: f.found && f.dbdStatus !== null && TRADING.includes(f.dbdStatus),
      facts: { found: f.found, status: f.dbdStatus },
    },
    {
      rule: 'reactivation.signing_directors_listed',
      passed: f.signersListed.every(Boolean),
      facts: { signers: f.signersListed.length, listed: f.signersListed.filter(Boolean).length },
    },
    {
      rule: 'reactivation.acting_director_verified',
      passed: f.actingDirectorIndex !== null && f.ial !== null && f.ial >= f.minimumIal,
      facts: { directorIndex: f.actingDirectorIndex, ial: f.ial, minimum: f.minimumIal },
    },
  ])
}

/** The rules' names as receipts and pages show them. */
export const REACTIVATION_RULE_LABELS: Record<ReactivationRule, { th: string; en: string }> = {
  'reactivation.same_person': {
    th: 'ผู้ยืนยันตัวตนเป็นบุคคลเดียวกับผู้ถือทะเบียน',
    en: 'The person verified is the registration’s holder',
  },
  'reactivation.thai_national': { th: 'ยังคงมีสัญชาติไทย', en: 'Still a Thai national' },
  'reactivation.assurance_level': {
    th: 'ยืนยันตัวตนในระดับความน่าเชื่อถือที่กำหนด',
    en: 'Identity verified at the required assurance level',
  },
  'reactivation.company_active': {
    th: 'นิติบุคคลยังดำเนินกิจการอยู่ตามข้อมูลกรมพัฒนาธุรกิจการค้า',
    en: 'The company is still active in the DBD registry',
  },
  'reactivation.signing_directors_listed': {
    th: 'กรรมการผู้ลงนามในการลงทะเบียนยังเป็นกรรมการอยู่',
    en: 'The directors who signed the registration are still directors',
  },
  'reactivation.acting_director_verified': {
    th: 'ผู้ขอเป็นกรรมการที่ยืนยันตัวตนแล้ว',
    en: 'The person asking is a verified director',
  },
}

publishRuleLabels(REACTIVATION_RULE_LABELS)
