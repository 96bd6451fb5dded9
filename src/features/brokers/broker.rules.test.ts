import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { withCheckDigit } from '../../platform/thai-id.js'
import { addYears, BROKER_RULE_SET, decideBroker, type BrokerFacts } from './broker.rules.js'
import { formatLicence, licenceWithCheckDigit, parseLicenceNumber } from './licence-number.js'
import {
  answerLicenceCheck,
  demoLicenceFor,
  OTHER_HOLDERS_LICENCES,
} from './licence-registry/synthetic.js'

const answer = {
  licence: { status: 'valid' as const, holderMatches: true },
  holder: { disqualified: false },
}
const good: BrokerFacts = {
  baseKind: 'importer_exporter',
  baseStatus: 'ACTIVE',
  licenceWellFormed: true,
  registry: answer,
  liveBrokerRegistration: false,
}
const failed = (f: BrokerFacts) =>
  decideBroker(f)
    .results.filter((r) => !r.passed)
    .map((r) => r.rule)

describe('the customs-broker rules', () => {
  it('approves when every rule passes, evaluating all of them in the published order', () => {
    const d = decideBroker(good)
    assert.equal(d.outcome, 'approved')
    assert.deepEqual(
      d.results.map((r) => r.rule),
      [...BROKER_RULE_SET.rules],
    )
  })

  it('refuses by the one rule each fact breaks', () => {
    assert.deepEqual(failed({ ...good, baseStatus: 'SUSPENDED' }), ['broker_base_active'])
    assert.deepEqual(failed({ ...good, baseKind: 'customs_broker' }), ['broker_base_active'])
    assert.deepEqual(
      failed({
        ...good,
        registry: { ...answer, licence: { status: 'valid', holderMatches: false } },
      }),
      ['broker_licence_holder'],
    )
    for (const status of ['revoked', 'suspended', 'expired'] as const)
      assert.deepEqual(
        failed({
          ...good,
          registry: { ...answer, licence: { status, holderMatches: true } },
        }),
        ['broker_licence_in_force'],
      )
    assert.deepEqual(failed({ ...good, registry: { ...answer, holder: { disqualified: true } } }), [
      'broker_not_disqualified',
    ])
    assert.deepEqual(failed({ ...good, liveBrokerRegistration: true }), [
      'broker_not_already_registered',
    ])
  })

  it('never passes a licence rule by default when the registry has no such licence or no answer', () => {
    assert.deepEqual(
      failed({ ...good, registry: { licence: null, holder: { disqualified: false } } }),
      ['broker_licence_holder', 'broker_licence_in_force'],
    )
    assert.deepEqual(failed({ ...good, licenceWellFormed: false, registry: null }), [
      'broker_licence_check_digit',
      'broker_licence_holder',
      'broker_licence_in_force',
      'broker_not_disqualified',
    ])
  })

  it('ends a validity on the same day and time three years on (29 February to 1 March)', () => {
    assert.equal(
      addYears(new Date('2026-12-07T03:04:05.678Z'), 3).toISOString(),
      '2029-12-07T03:04:05.678Z',
    )
    assert.equal(
      addYears(new Date('2028-02-29T12:00:00Z'), 3).toISOString(),
      '2031-03-01T12:00:00.000Z',
    )
  })
})

describe('licence numbers', () => {
  it('accepts them as people type them, and refuses a wrong check digit or shape', () => {
    const licence = licenceWithCheckDigit('12345678')
    assert.deepEqual(parseLicenceNumber(formatLicence(licence).toLowerCase()), {
      ok: true,
      licence,
    })
    assert.deepEqual(parseLicenceNumber(` ${licence.slice(0, 2)} ${licence.slice(2)} `), {
      ok: true,
      licence,
    })
    const wrong = `${licence.slice(0, 10)}${(Number(licence[10]) + 1) % 10}`
    assert.deepEqual(parseLicenceNumber(wrong), { ok: false, problem: 'checksum' })
    assert.deepEqual(parseLicenceNumber('CB1234'), { ok: false, problem: 'format' })
    assert.deepEqual(parseLicenceNumber(''), { ok: false, problem: 'required' })
  })

  it('catches every single-digit typo of a licence', () => {
    const licence = licenceWithCheckDigit('90817263')
    for (let i = 2; i < licence.length; i++)
      for (let d = 0; d <= 9; d++) {
        if (String(d) === licence[i]) continue
        const typo = `${licence.slice(0, i)}${d}${licence.slice(i + 1)}`
        assert.equal(parseLicenceNumber(typo).ok, false, typo)
      }
  })
})

describe('the synthetic licence registry', () => {
  const holder = withCheckDigit('310000000123')
  const at = new Date('2026-12-07T00:00:00Z')
  it('answers a holder’s own demo licences: valid, revoked, and a disqualifying record', () => {
    const ask = (licenceNumber: string) =>
      answerLicenceCheck({ licenceNumber, holderId: holder }, at)
    assert.deepEqual(ask(demoLicenceFor(holder, 'valid')).licence, {
      status: 'valid',
      holderMatches: true,
    })
    assert.deepEqual(ask(demoLicenceFor(holder, 'revoked')).licence, {
      status: 'revoked',
      holderMatches: true,
    })
    assert.equal(ask(demoLicenceFor(holder, 'disqualified')).holder.disqualified, true)
    assert.equal(ask(demoLicenceFor(holder, 'valid')).holder.disqualified, false)
  })

  it('says another holder’s licence is not this holder’s, and knows no other number', () => {
    const other = OTHER_HOLDERS_LICENCES[0]
    assert.ok(other)
    const answer = answerLicenceCheck({ licenceNumber: other.licence, holderId: holder }, at)
    assert.equal(answer.licence?.holderMatches, false)
    const someoneElses = demoLicenceFor(withCheckDigit('310000000999'), 'valid')
    assert.equal(
      answerLicenceCheck({ licenceNumber: someoneElses, holderId: holder }, at).licence,
      null,
    )
  })
})
