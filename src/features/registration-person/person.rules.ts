import type { RuleResult } from '../../platform/db/schema.js'

/**
 * The published rule set for natural persons. Decisions are a pure function of stored facts,
 * so any decision can be replayed; a change of rules is a new version, never an edit.
 */
export const PERSON_RULE_SET = {
  id: 'person-importer-exporter',
  version: '2026.1',
  effectiveFrom: '2026-11-25',
  rules: [
    'id_check_digit',
    'verified_id_matches',
    'thai_national',
    'not_already_registered',
    'assurance_level',
    'email_confirmed',
  ] as const,
}

export type PersonRule = (typeof PERSON_RULE_SET.rules)[number]

/** The facts a decision uses: minimal, no national ID, enough to replay it. */
export interface PersonFacts {
  typedIdValid: boolean
  /** The keyed hash of the verified ID equals that of the typed one. */
  verifiedIdMatches: boolean
  nationality: string | null
  hasLiveRegistration: boolean
  hasOtherOpenApplication: boolean
  acr: string | null
  ial: number | null
  minimumIal: number
  emailConfirmed: boolean
}

export interface Decision {
  outcome: 'approved' | 'refused'
  results: RuleResult[]
}

/** Applies every rule (all are evaluated, so the applicant sees every problem at once). */
export function decidePerson(f: PersonFacts): Decision {
  const results: RuleResult[] = [
    { rule: 'id_check_digit', passed: f.typedIdValid, facts: { checkDigitValid: f.typedIdValid } },
    {
      rule: 'verified_id_matches',
      passed: f.verifiedIdMatches,
      facts: { match: f.verifiedIdMatches },
    },
    {
      rule: 'thai_national',
      passed: f.nationality === 'THA',
      facts: { nationality: f.nationality },
    },
    {
      rule: 'not_already_registered',
      passed: !f.hasLiveRegistration && !f.hasOtherOpenApplication,
      facts: {
        liveRegistration: f.hasLiveRegistration,
        otherApplicationInFlight: f.hasOtherOpenApplication,
      },
    },
    {
      rule: 'assurance_level',
      passed: f.ial !== null && f.ial >= f.minimumIal,
      facts: { acr: f.acr, ial: f.ial, minimum: f.minimumIal },
    },
    {
      rule: 'email_confirmed',
      passed: f.emailConfirmed,
      facts: { emailConfirmed: f.emailConfirmed },
    },
  ]
  return { outcome: results.every((r) => r.passed) ? 'approved' : 'refused', results }
}
