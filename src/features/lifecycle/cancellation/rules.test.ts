import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { SigningRule } from '../../registry-dbd/index.js'
import { companyCancellationResults, personCancellationResults } from './rules.js'

// The cancellation rules as the receipt states them: a company's directors still listed today
// must satisfy the clause; one who has left since confirming neither counts nor blocks.

const TWO: SigningRule = { kind: 'any', count: 2, seal: false }
const listed = (i: number) => ({ directorIndex: i, directorKey: `key-${i}` })
const left = { directorIndex: null, directorKey: null }
const passed = (results: ReturnType<typeof companyCancellationResults>) =>
  results.map((r) => [r.rule, r.passed])

describe('cancellation rules', () => {
  it('two directors listed today satisfy "two directors sign together"; one alone does not', () => {
    assert.deepEqual(passed(companyCancellationResults(TWO, [listed(0), listed(1)])), [
      ['cancellation.signers_are_directors', true],
      ['cancellation.signing_clause_satisfied', true],
    ])
    assert.deepEqual(passed(companyCancellationResults(TWO, [listed(0)])), [
      ['cancellation.signers_are_directors', true],
      ['cancellation.signing_clause_satisfied', false],
    ])
  })

  it('a director who left after confirming does not count, and does not block the others', () => {
    const stuck = companyCancellationResults(TWO, [left, listed(1)])
    assert.equal(stuck[1]?.passed, false)
    assert.equal(stuck[0]?.facts.noLongerListed, 1)
    const done = companyCancellationResults(TWO, [left, listed(1), listed(2)])
    assert.ok(done.every((r) => r.passed))
  })

  it('a person: the verified person must be the registration’s own', () => {
    assert.equal(personCancellationResults(true)[0]?.passed, true)
    assert.equal(personCancellationResults(false)[0]?.passed, false)
  })
})
