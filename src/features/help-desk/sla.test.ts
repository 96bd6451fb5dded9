import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  addBusinessMs,
  afterStatusChange,
  businessMsBetween,
  calendarOf,
  dueAt,
  HOUR_MS,
  slaState,
  usedBy,
  type SlaClock,
} from './sla.js'

/** An instant in Bangkok time. */
const bkk = (local: string) => new Date(`${local}+07:00`)
// A fixed calendar: the Songkran holidays of 2026 (Monday 13 to Wednesday 15 April).
const cal = calendarOf(['2026-04-13', '2026-04-14', '2026-04-15'])

describe('business time on the calendar', () => {
  it('counts only 08:30–16:30 on working days', () => {
    assert.equal(
      businessMsBetween(bkk('2026-04-09T07:00:00'), bkk('2026-04-09T20:00:00'), cal),
      8 * HOUR_MS,
    )
    assert.equal(
      businessMsBetween(bkk('2026-04-10T16:00:00'), bkk('2026-04-16T09:30:00'), cal),
      1.5 * HOUR_MS,
    )
  })

  it('puts an 8-hour target from Friday 15:30 at Thursday 15:30 across the weekend and Songkran', () => {
    const due = addBusinessMs(bkk('2026-04-10T15:30:00'), 8 * HOUR_MS, cal)
    assert.equal(due.toISOString(), bkk('2026-04-16T15:30:00').toISOString())
  })

  it('breaches that target one minute after, and not one minute before', () => {
    const clock: SlaClock = { usedMs: 0, clockAt: bkk('2026-04-10T15:30:00'), status: 'new' }
    const target = 8 * HOUR_MS
    assert.equal(slaState(usedBy(clock, bkk('2026-04-16T15:29:00'), cal), target, false), 'warning')
    assert.equal(
      slaState(usedBy(clock, bkk('2026-04-16T15:31:00'), cal), target, false),
      'breached',
    )
    assert.equal(slaState(usedBy(clock, bkk('2026-04-13T12:00:00'), cal), target, false), 'ok')
  })

  it('pauses while pending and resumes where it stopped', () => {
    let clock: SlaClock = { usedMs: 0, clockAt: bkk('2026-04-09T09:30:00'), status: 'open' }
    // Two business hours, then waiting for the reporter from Thursday 11:30 to Thursday 16 April 10:30.
    clock = afterStatusChange(clock, 'pending', bkk('2026-04-09T11:30:00'), cal)
    assert.equal(clock.usedMs, 2 * HOUR_MS)
    assert.equal(usedBy(clock, bkk('2026-04-16T10:00:00'), cal), 2 * HOUR_MS, 'paused')
    assert.equal(dueAt(clock, 8 * HOUR_MS, bkk('2026-04-10T10:00:00'), cal), undefined)
    clock = afterStatusChange(clock, 'open', bkk('2026-04-16T10:30:00'), cal)
    assert.equal(usedBy(clock, bkk('2026-04-16T12:30:00'), cal), 4 * HOUR_MS)
    // 6 hours left from 10:30 Thursday: 6 that day, so 16:30 Thursday exactly.
    assert.equal(
      dueAt(clock, 8 * HOUR_MS, bkk('2026-04-16T10:30:00'), cal)?.toISOString(),
      bkk('2026-04-16T16:30:00').toISOString(),
    )
  })

  it('says met when done within the target', () => {
    assert.equal(slaState(7 * HOUR_MS, 8 * HOUR_MS, true), 'met')
    assert.equal(slaState(9 * HOUR_MS, 8 * HOUR_MS, true), 'breached')
  })
})
