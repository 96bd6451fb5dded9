import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { renewalChecks, renewedUntil } from './rules.js'

const DAY = 86_400_000
const end = new Date('2027-01-21T05:00:00.000Z')
const passed = (now: Date, f: Partial<Parameters<typeof renewalChecks>[0]> = {}) =>
  Object.fromEntries(
    renewalChecks({ status: 'ACTIVE', validUntil: end, baseActive: true, now, ...f }).map((c) => [
      c.rule,
      c.passed,
    ]),
  )

describe('the renewal rules', () => {
  it('open the window exactly 90 days before the end date and close it at the end date', () => {
    assert.equal(passed(new Date(end.getTime() - 90 * DAY - 1))['broker.renewal.window'], false)
    assert.equal(passed(new Date(end.getTime() - 90 * DAY))['broker.renewal.window'], true)
    assert.equal(passed(new Date(end.getTime() - 1))['broker.renewal.window'], true)
    assert.equal(passed(end)['broker.renewal.window'], false)
  })

  it('need the broker registration ACTIVE and the importer/exporter registration ACTIVE', () => {
    const now = new Date(end.getTime() - 10 * DAY)
    assert.equal(passed(now, { status: 'SUSPENDED' })['broker.renewal.active'], false)
    assert.equal(passed(now, { baseActive: false })['broker.renewal.base_registration'], false)
    assert.ok(Object.values(passed(now)).every(Boolean))
  })

  it('extend from the old end date by three years, a leap day landing on 1 March', () => {
    assert.equal(renewedUntil(end).toISOString(), '2030-01-21T05:00:00.000Z')
    assert.equal(
      renewedUntil(new Date('2028-02-29T00:00:00.000Z')).toISOString(),
      '2031-03-01T00:00:00.000Z',
    )
  })
})
