import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { struggledStep, type JourneyEventRow } from './struggle.js'

const t0 = Date.parse('2026-12-01T03:00:00Z')
const ev = (minute: number, event: string, step: string | null = null): JourneyEventRow => ({
  event,
  step,
  at: new Date(t0 + minute * 60_000),
})
const smooth = [
  ev(0, 'started'),
  ev(1, 'step', 'details'),
  ev(2, 'step', 'confirm-email'),
  ev(3, 'step', 'verify'),
  ev(4, 'verification', 'verified'),
  ev(5, 'step', 'your-details'),
  ev(6, 'submitted'),
  ev(6, 'decision', 'approved'),
]
const medians = new Map([
  ['details', { medianMs: 60_000, sample: 50 }],
  ['your-details', { medianMs: 90_000, sample: 50 }],
])

describe('struggledStep', () => {
  it('finds nothing in a smooth journey', () => {
    assert.equal(struggledStep(smooth, medians), null)
  })

  it('names verify after a failed eKYC, whatever else happened', () => {
    const events = [
      ...smooth,
      ev(3.5, 'verification', 'declined'),
      ev(1.5, 'step_error', 'details'),
    ]
    assert.deepEqual(struggledStep(events, medians), { step: 'verify', reason: 'ekyc_failed' })
  })

  it('names a step whose form came back with errors', () => {
    assert.deepEqual(struggledStep([...smooth, ev(0.5, 'step_error', 'details')], medians), {
      step: 'details',
      reason: 'error',
    })
  })

  it('names a step saved twice', () => {
    assert.deepEqual(struggledStep([...smooth, ev(5.5, 'step', 'details')], medians), {
      step: 'details',
      reason: 'repeated',
    })
  })

  it('names a step that took over three times its median, given enough journeys to compare', () => {
    const slow = smooth.map((e) => (e.step === 'your-details' ? ev(30, 'step', 'your-details') : e))
    assert.deepEqual(struggledStep(slow, medians), { step: 'your-details', reason: 'slow' })
    const few = new Map([['your-details', { medianMs: 90_000, sample: 3 }]])
    assert.equal(struggledStep(slow, few), null)
  })
})
