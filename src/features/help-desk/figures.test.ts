import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { figuresOf } from './figures.js'
import { calendarOf } from './sla.js'
import type { TicketRow } from './tickets.repository.js'

const bkk = (local: string) => new Date(`${local}+07:00`)
const cal = calendarOf([])
const targets = new Map([
  ['registration', { firstResponseHours: 8, resolutionHours: 40 }],
  ['corruption', { firstResponseHours: 16, resolutionHours: 120 }],
] as const)

function row(over: Partial<TicketRow>): TicketRow {
  return {
    id: 'x',
    reference: 'R',
    category: 'registration',
    subject: 's',
    status: 'new',
    email: null,
    person_id: null,
    sealed_identity: null,
    sealed_key_id: null,
    secret_hash: null,
    locale: 'th',
    origin_step: null,
    origin_error_ref: null,
    assignee_id: null,
    merged_into: null,
    version: 1,
    created_at: bkk('2026-03-02T09:00:00'),
    first_response_at: null,
    resolved_at: null,
    closed_at: null,
    sla_used_ms: 0,
    sla_clock_at: bkk('2026-03-02T09:00:00'),
    first_response_breached: false,
    resolution_breached: false,
    warned_at: null,
    ...over,
  }
}

describe('the help desk figures', () => {
  it('count by quarter, category and outcome, with SLA met % and the median first response', () => {
    const rows = [
      // Q1: answered after 1 and 3 business hours, one resolved in time, one breached.
      row({ status: 'closed', first_response_at: bkk('2026-03-02T10:00:00') }),
      row({
        status: 'resolved',
        first_response_at: bkk('2026-03-02T12:00:00'),
        resolution_breached: true,
      }),
      row({ category: 'corruption', created_at: bkk('2026-03-31T23:00:00') }),
      // Q2 (1 April, Bangkok time, though still 31 March in UTC).
      row({ created_at: bkk('2026-04-01T06:00:00') }),
    ]
    const [q1, q2] = figuresOf(rows, 'quarter', targets, cal)
    assert.equal(q1?.period, '2026-Q1')
    assert.equal(q1?.tickets, 3)
    assert.equal(q1?.complaints, 1)
    assert.equal(q1?.byCategory.registration, 2)
    assert.deepEqual(q1?.byOutcome, { resolved: 2, open: 1 })
    assert.equal(q1?.slaDecided, 2)
    assert.equal(q1?.slaMetPercent, 50)
    assert.equal(q1?.medianFirstResponseHours, 2)
    assert.equal(q2?.period, '2026-Q2')
    assert.equal(q2?.tickets, 1)
    const [year] = figuresOf(rows, 'year', targets, cal)
    assert.equal(year?.tickets, 4)
  })
})
