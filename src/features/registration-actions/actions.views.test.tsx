import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { render } from 'preact-render-to-string'
import type { PageContext } from '../../platform/views/context.js'
import { RegistrationActions, type ActionableRegistration } from './index.js'

const ctx = { locale: 'en', url: '/account', nonce: 'n', simulators: false } as PageContext
const NOW = new Date('2027-01-01T00:00:00Z')
const DAY = 86_400_000

function actionsOf(r: Partial<ActionableRegistration>, holdsBroker = false): string[] {
  const html = render(
    <RegistrationActions
      ctx={ctx}
      now={NOW}
      holdsBroker={holdsBroker}
      registration={{
        id: 'r1',
        kind: 'importer_exporter',
        status: 'ACTIVE',
        validUntil: null,
        ...r,
      }}
    />,
  )
  return [...html.matchAll(/data-registration-action="([a-z]+)"/g)].map((m) => m[1] as string)
}

describe('what a registrant can do with a registration', () => {
  it('offers an active importer/exporter its changes, the broker application and cancellation', () => {
    assert.deepEqual(actionsOf({}), ['contact', 'refresh', 'broker', 'cancel'])
    assert.deepEqual(actionsOf({}, true), ['contact', 'refresh', 'cancel'])
  })

  it('opens a broker renewal 90 days before the end date, not a day earlier', () => {
    const broker = { kind: 'customs_broker' as const }
    const at = (days: number) => new Date(NOW.getTime() + days * DAY)
    assert.ok(!actionsOf({ ...broker, validUntil: at(91) }).includes('renew'))
    assert.ok(actionsOf({ ...broker, validUntil: at(90) }).includes('renew'))
    assert.ok(actionsOf({ ...broker, validUntil: at(7) }).includes('renew'))
    assert.ok(!actionsOf({ ...broker, validUntil: at(7) }).includes('broker'))
  })

  it('lists nothing for a suspended registration (its suspension note links reactivation) nor a finished one', () => {
    assert.deepEqual(actionsOf({ status: 'SUSPENDED' }), [])
    assert.deepEqual(actionsOf({ status: 'CANCELLED' }), [])
    assert.deepEqual(actionsOf({ status: 'EXPIRED', kind: 'customs_broker' }), [])
  })

  it('links by the registration id under /account, never by a national ID', () => {
    const html = render(
      <RegistrationActions
        ctx={ctx}
        now={NOW}
        holdsBroker={false}
        registration={{
          id: 'abc-123',
          kind: 'importer_exporter',
          status: 'ACTIVE',
          validUntil: null,
        }}
      />,
    )
    assert.match(html, /href="\/account\/registrations\/abc-123\/contact"/)
    assert.match(html, /aria-label="What you can do with this registration"/)
  })
})
