import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { decidePerson, PERSON_RULE_SET, type PersonFacts } from './person.rules.js'

const good: PersonFacts = {
  typedIdValid: true,
  verifiedIdMatches: true,
  nationality: 'THA',
  hasLiveRegistration: false,
  hasOtherOpenApplication: false,
  acr: 'urn:th:etda:ial:2.3',
  ial: 2.3,
  minimumIal: 2.2,
  emailConfirmed: true,
}

function failed(f: Partial<PersonFacts>): string[] {
  return decidePerson({ ...good, ...f })
    .results.filter((r) => !r.passed)
    .map((r) => r.rule)
}

describe('person rule set', () => {
  it('approves when every rule passes, and reports every rule', () => {
    const d = decidePerson(good)
    assert.equal(d.outcome, 'approved')
    assert.deepEqual(
      d.results.map((r) => r.rule),
      [...PERSON_RULE_SET.rules],
    )
  })

  it('refuses a non-Thai national', () =>
    assert.deepEqual(failed({ nationality: 'MMR' }), ['thai_national']))
  it('refuses when the verified ID is not the typed one', () =>
    assert.deepEqual(failed({ verifiedIdMatches: false }), ['verified_id_matches']))
  it('refuses someone already registered', () =>
    assert.deepEqual(failed({ hasLiveRegistration: true }), ['not_already_registered']))
  it('refuses when another application is in flight', () =>
    assert.deepEqual(failed({ hasOtherOpenApplication: true }), ['not_already_registered']))
  it('refuses an assurance level below the minimum, and an unknown one', () => {
    assert.deepEqual(failed({ ial: 2.1 }), ['assurance_level'])
    assert.deepEqual(failed({ ial: null, acr: 'urn:unknown' }), ['assurance_level'])
  })
  it('refuses an unconfirmed e-mail', () =>
    assert.deepEqual(failed({ emailConfirmed: false }), ['email_confirmed']))

  it('approves exactly when no rule fails, for any facts', () => {
    fc.assert(
      fc.property(
        fc.record({
          typedIdValid: fc.boolean(),
          verifiedIdMatches: fc.boolean(),
          nationality: fc.constantFrom('THA', 'MMR', null),
          hasLiveRegistration: fc.boolean(),
          hasOtherOpenApplication: fc.boolean(),
          acr: fc.constant(null),
          ial: fc.option(fc.constantFrom(1.1, 2.1, 2.2, 2.3, 3)),
          minimumIal: fc.constantFrom(2.1, 2.2, 2.3),
          emailConfirmed: fc.boolean(),
        }),
        (facts) => {
          const d = decidePerson(facts)
          assert.equal(
            d.outcome === 'approved',
            d.results.every((r) => r.passed),
          )
          assert.equal(d.results.length, PERSON_RULE_SET.rules.length)
        },
      ),
    )
  })

  it('keeps no national ID among the facts it stores', () => {
    const stored = JSON.stringify(decidePerson(good).results)
    assert.doesNotMatch(stored, /\d{13}/)
  })
})
