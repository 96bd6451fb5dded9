import type { RuleResult } from '../../../platform/db/schema.js'
import { publishRuleLabels } from '../../receipts/index.js'
import { satisfies, type SigningRule } from '../../registry-dbd/index.js'

// The published rules a refresh runs (ADR 23): the registration rules that still hold for data
// taken again from its source — a person is still the same Thai national verified well enough;
// a company still exists at DBD, trades, has Thai directors, and the directors who signed its
// registration are still listed and still satisfy its signing clause. Rule ids are those of the
// registration rule sets where they mean the same, so that a receipt's labels say the same.

export const PERSON_REFRESH_RULE_SET = {
  id: 'person-refresh',
  version: '2026.1',
  rules: ['refresh_same_person', 'thai_national', 'assurance_level'] as const,
}

export const COMPANY_REFRESH_RULE_SET = {
  id: 'company-refresh',
  version: '2026.1',
  rules: [
    'exists_in_dbd',
    'dbd_active',
    'directors_thai',
    'signers_are_directors',
    'signing_clause_satisfied',
  ] as const,
}

// The one rule of our own; the others are the registration rules' and carry their labels.
publishRuleLabels({
  refresh_same_person: {
    th: 'ผู้ยืนยันตัวตนผ่านธนาคารคือเจ้าของทะเบียน (เลขประจำตัวประชาชนเดิม)',
    en: 'The person the bank verified is the registration’s own (the same national ID)',
  },
})

export interface Refreshed {
  outcome: 'approved' | 'refused'
  results: RuleResult[]
}

const decided = (results: RuleResult[]): Refreshed => ({
  outcome: results.every((r) => r.passed) ? 'approved' : 'refused',
  results,
})

/** The facts of a bank refresh: the verified person and the bank's new claims. */
export interface PersonRefreshFacts {
  samePerson: boolean
  nationality: string | null
  ial: number | null
  minimumIal: number
}

export function decidePersonRefresh(f: PersonRefreshFacts): Refreshed {
  return decided([
    { rule: 'refresh_same_person', passed: f.samePerson, facts: { samePerson: f.samePerson } },
    {
      rule: 'thai_national',
      passed: f.nationality === 'THA',
      facts: { nationality: f.nationality },
    },
    {
      rule: 'assurance_level',
      passed: f.ial !== null && f.ial >= f.minimumIal,
      facts: { ial: f.ial, minimum: f.minimumIal },
    },
  ])
}

/** One director who signed the registration, matched again against DBD's new record. */
export interface SignerNow {
  directorIndex: number | null
  /** The director's key in the signing rule; never stored in the facts. */
  directorKey: string | null
}

/** The facts of a DBD refresh. */
export interface CompanyRefreshFacts {
  found: boolean
  dbdStatus: string | null
  directorNationalities: string[]
  /** The directors who signed the registration (none for a counter registration). */
  signers: SignerNow[]
  rule: SigningRule | null
}

/** DBD statuses under which a company may trade (as the registration rules say). */
const TRADING = ['active', 'restored']

export function decideCompanyRefresh(f: CompanyRefreshFacts): Refreshed {
  const matched = f.signers.filter((s) => s.directorIndex !== null)
  const keys = matched.map((s) => s.directorKey ?? '')
  const clauseReadable = f.rule !== null && f.rule.kind !== 'unparseable'
  return decided([
    { rule: 'exists_in_dbd', passed: f.found, facts: { found: f.found } },
    {
      rule: 'dbd_active',
      passed: f.dbdStatus !== null && TRADING.includes(f.dbdStatus),
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
      passed: f.found && matched.length === f.signers.length,
      facts: {
        signers: f.signers.map((s) => ({ directorIndex: s.directorIndex })),
        signersRecorded: f.signers.length,
      },
    },
    {
      rule: 'signing_clause_satisfied',
      // A registration made at the counter has no signers on record: the clause must be readable.
      passed:
        f.rule !== null && (f.signers.length === 0 ? clauseReadable : satisfies(f.rule, keys)),
      facts: {
        rule: f.rule === null ? null : { kind: f.rule.kind },
        verifiedDirectors: matched.map((s) => s.directorIndex),
      },
    },
  ])
}
