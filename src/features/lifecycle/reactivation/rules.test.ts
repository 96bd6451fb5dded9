import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ruleLabelFor } from '../../receipts/index.js'
import { decideCompanyReactivation, decidePersonReactivation } from './rules.js'

// The reactivation rules: every rule is evaluated, so a refusal lists each one not met.

const failed = (d: ReturnType<typeof decidePersonReactivation>) =>
  d.results.filter((r) => !r.passed).map((r) => r.rule)

describe('reactivation rules', () => {
  it('a person: the same person, still Thai, verified at the minimum assurance', () => {
    const ok = { samePerson: true, nationality: 'THA', ial: 2.3, minimumIal: 2.2 }
    assert.equal(decidePersonReactivation(ok).outcome, 'approved')
    const refused = decidePersonReactivation({ ...ok, nationality: 'LAO', ial: 2.1 })
    assert.equal(refused.outcome, 'refused')
    assert.deepEqual(failed(refused), [
      'reactivation.thai_national',
      'reactivation.assurance_level',
    ])
  })

  it('a company: trading in DBD, the directors who signed still listed, the asker a director', () => {
    const ok = {
      found: true,
      dbdStatus: 'active',
      signersListed: [true, true],
      actingDirectorIndex: 0,
      ial: 2.3,
      minimumIal: 2.2,
    }
    assert.equal(decideCompanyReactivation(ok).outcome, 'approved')
    assert.deepEqual(failed(decideCompanyReactivation({ ...ok, signersListed: [true, false] })), [
      'reactivation.signing_directors_listed',
    ])
    assert.deepEqual(
      failed(decideCompanyReactivation({ ...ok, dbdStatus: 'closed', actingDirectorIndex: null })),
      ['reactivation.company_active', 'reactivation.acting_director_verified'],
    )
  })

  it('publishes each rule’s label for receipts in Thai and English', () => {
    assert.equal(ruleLabelFor('en')('reactivation.thai_national'), 'Still a Thai national')
    assert.equal(ruleLabelFor('th')('reactivation.thai_national'), 'ยังคงมีสัญชาติไทย')
  })
})
