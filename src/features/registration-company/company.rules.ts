import type { RuleResult } from '../../platform/db/schema.js'
import { satisfies, type SigningRule } from '../registry-dbd/index.js'

/**
 * The published rule set for juristic persons. Like the person rules, a decision is a pure
 * function of stored facts; a change of rules is a new version, never an edit.
 */
export const COMPANY_RULE_SET = {
  id: 'company-importer-exporter',
  version: '2026.1',
  effectiveFrom: '2026-11-26',
  rules: [
    'juristic_id_check_digit',
    'exists_in_dbd',
    'dbd_active',
    'directors_thai',
    'signers_are_directors',
    'signing_clause_satisfied',
    'company_not_registered',
    'signers_assurance_level',
    'email_confirmed',
  ] as const,
}

export type CompanyRule = (typeof COMPANY_RULE_SET.rules)[number]

/** DBD statuses under which a company may trade: `restored` is struck off and brought back by court. */
export const TRADING_STATUSES: readonly string[] = ['active', 'restored']

export interface SignerFacts {
  /** Position of the matched director in the DBD record; null when the person matched no one. */
  directorIndex: number | null
  /** The director's key in the signing rule (national ID or name); never stored in the facts. */
  directorKey: string | null
  basis: 'national_id' | 'name' | null
  ial: number | null
}

/** The facts a company decision uses; stored per rule without national IDs. */
export interface CompanyFacts {
  idValid: boolean
  found: boolean
  dbdStatus: string | null
  directorNationalities: string[]
  signers: SignerFacts[]
  rule: SigningRule | null
  hasLiveRegistration: boolean
  hasOtherOpenApplication: boolean
  minimumIal: number
  emailConfirmed: boolean
}

export interface CompanyDecision {
  outcome: 'approved' | 'refused'
  results: RuleResult[]
}

/** Applies every rule, so the applicant sees every problem at once. */
export function decideCompany(f: CompanyFacts): CompanyDecision {
  const matched = f.signers.filter((s) => s.directorIndex !== null)
  const keys = matched.map((s) => s.directorKey ?? '')
  const ruleSummary =
    f.rule === null
      ? null
      : f.rule.kind === 'unparseable'
        ? { kind: 'unparseable', reason: f.rule.reason }
        : { kind: f.rule.kind, seal: f.rule.seal }
  const results: RuleResult[] = [
    {
      rule: 'juristic_id_check_digit',
      passed: f.idValid,
      facts: { checkDigitValid: f.idValid },
    },
    { rule: 'exists_in_dbd', passed: f.found, facts: { found: f.found } },
    {
      rule: 'dbd_active',
      passed: f.dbdStatus !== null && TRADING_STATUSES.includes(f.dbdStatus),
      facts: { status: f.dbdStatus },
    },
    {
      rule: 'directors_thai',
      passed:
        f.directorNationalities.length > 0 && f.directorNationalities.every((n) => n === 'THA'),
      facts: { nationalities: f.directorNationalities },
    },
    {
      rule: 'signers_are_directors',
      passed: f.signers.length > 0 && matched.length === f.signers.length,
      facts: {
        signers: f.signers.map((s) => ({ directorIndex: s.directorIndex, basis: s.basis })),
      },
    },
    {
      rule: 'signing_clause_satisfied',
      passed: f.rule !== null && satisfies(f.rule, keys),
      facts: { rule: ruleSummary, verifiedDirectors: matched.map((s) => s.directorIndex) },
    },
    {
      rule: 'company_not_registered',
      passed: !f.hasLiveRegistration && !f.hasOtherOpenApplication,
      facts: {
        liveRegistration: f.hasLiveRegistration,
        otherApplicationInFlight: f.hasOtherOpenApplication,
      },
    },
    {
      rule: 'signers_assurance_level',
      passed:
        f.signers.length > 0 && f.signers.every((s) => s.ial !== null && s.ial >= f.minimumIal),
      facts: { ials: f.signers.map((s) => s.ial), minimum: f.minimumIal },
    },
    {
      rule: 'email_confirmed',
      passed: f.emailConfirmed,
      facts: { emailConfirmed: f.emailConfirmed },
    },
  ]
  return { outcome: results.every((r) => r.passed) ? 'approved' : 'refused', results }
}
