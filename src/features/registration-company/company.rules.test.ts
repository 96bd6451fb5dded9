import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { COMPANY_RULE_SET, decideCompany, type CompanyFacts } from './company.rules.js'

/** Facts of an application every rule passes: two Thai directors, both verified by ID. */
function passing(): CompanyFacts {
  return {
    idValid: true,
    found: true,
    dbdStatus: 'active',
    directorNationalities: ['THA', 'THA'],
    signers: [
      { directorIndex: 0, directorKey: '3100000000001', basis: 'national_id', ial: 2.3 },
      { directorIndex: 1, directorKey: '3100000000002', basis: 'national_id', ial: 2.3 },
    ],
    rule: { kind: 'any', count: 2, seal: true },
    hasLiveRegistration: false,
    hasOtherOpenApplication: false,
    minimumIal: 2.2,
    emailConfirmed: true,
  }
}

const failed = (f: CompanyFacts) =>
  decideCompany(f)
    .results.filter((r) => !r.passed)
    .map((r) => r.rule)

describe('the company rule set', () => {
  it('approves when every rule passes, and evaluates every published rule in order', () => {
    const d = decideCompany(passing())
    assert.equal(d.outcome, 'approved')
    assert.deepEqual(
      d.results.map((r) => r.rule),
      [...COMPANY_RULE_SET.rules],
    )
  })

  it('refuses on each rule with the facts it used, and names only that rule', () => {
    const cases: [Partial<CompanyFacts>, string][] = [
      [{ idValid: false }, 'juristic_id_check_digit'],
      [{ dbdStatus: 'closed' }, 'dbd_active'],
      [{ dbdStatus: 'bankrupt' }, 'dbd_active'],
      [{ directorNationalities: ['THA', 'MMR'] }, 'directors_thai'],
      [{ hasLiveRegistration: true }, 'company_not_registered'],
      [{ hasOtherOpenApplication: true }, 'company_not_registered'],
      [{ emailConfirmed: false }, 'email_confirmed'],
    ]
    for (const [change, rule] of cases)
      assert.deepEqual(failed({ ...passing(), ...change }), [rule], JSON.stringify(change))
  })

  it('a restored company may register', () => {
    assert.equal(decideCompany({ ...passing(), dbdStatus: 'restored' }).outcome, 'approved')
  })

  it('a verified person who is not a listed director fails, and cannot count towards the clause', () => {
    const f = passing()
    f.signers[1] = { directorIndex: null, directorKey: null, basis: null, ial: 2.3 }
    assert.deepEqual(failed(f), ['signers_are_directors', 'signing_clause_satisfied'])
  })

  it('one director is not enough where two must sign; named directors must be the named ones', () => {
    const one = passing()
    one.signers = one.signers.slice(0, 1)
    assert.deepEqual(failed(one), ['signing_clause_satisfied'])
    const named: CompanyFacts = {
      ...passing(),
      rule: { kind: 'named', anyOf: ['3100000000009'], count: 1, seal: false },
    }
    assert.deepEqual(failed(named), ['signing_clause_satisfied'])
  })

  it('an unreadable clause is never guessed', () => {
    assert.deepEqual(failed({ ...passing(), rule: { kind: 'unparseable', reason: 'x' } }), [
      'signing_clause_satisfied',
    ])
  })

  it('every signer must reach the minimum assurance level', () => {
    const f = passing()
    f.signers = f.signers.map((s, i) => (i === 0 ? { ...s, ial: 1.1 } : s))
    assert.deepEqual(failed(f), ['signers_assurance_level'])
  })

  it('not found at DBD fails the registry rules, never passes by default', () => {
    const f: CompanyFacts = {
      ...passing(),
      found: false,
      dbdStatus: null,
      directorNationalities: [],
      rule: null,
      signers: passing().signers.map((s) => ({ ...s, directorIndex: null, directorKey: null })),
    }
    assert.deepEqual(failed(f), [
      'exists_in_dbd',
      'dbd_active',
      'directors_thai',
      'signers_are_directors',
      'signing_clause_satisfied',
    ])
  })

  it('stores no national ID in the facts', () => {
    const text = JSON.stringify(decideCompany(passing()).results)
    assert.doesNotMatch(text, /\d{13}/)
  })
})
