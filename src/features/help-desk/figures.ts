import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { TicketCategory } from '../../platform/db/schema/help-desk.js'
import { businessDate } from '../../platform/time.js'
import { slaTargets } from './config.repository.js'
import { TICKET_CATEGORIES } from './help.schema.js'
import { businessMsBetween, HOUR_MS, type BusinessCalendar } from './sla.js'
import { businessCalendar } from './ticket-change.js'
import { ticketsCreatedBetween, type TicketRow } from './tickets.repository.js'

// The help desk's figures for the agency's integrity reporting, computed from the ticket rows:
// per quarter and per year, by category and outcome, the share of SLA targets met, and the
// median time to the first response in business hours.

export type Outcome = 'resolved' | 'open'

export interface PeriodFigures {
  /** '2026' or '2026-Q3' (Bangkok dates). */
  period: string
  tickets: number
  /** Complaints: about the service, and about corruption or misconduct. */
  complaints: number
  byCategory: Record<TicketCategory, number>
  byOutcome: Record<Outcome, number>
  /** Tickets whose first response and resolution targets were both met, of those decided. */
  slaMet: number
  slaDecided: number
  /** Percentage, one decimal, or null when none is decided yet. */
  slaMetPercent: number | null
  /** Median business hours from receipt to the first response, or null without responses. */
  medianFirstResponseHours: number | null
}

export interface FigureRange {
  from: Date
  to: Date
}

function quarterOf(at: Date): string {
  const d = businessDate(at)
  return `${d.slice(0, 4)}-Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`
}

function median(values: number[]): number | null {
  if (values.length === 0) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}

const zeroCategories = (): Record<TicketCategory, number> =>
  Object.fromEntries(TICKET_CATEGORIES.map((c) => [c, 0])) as Record<TicketCategory, number>

/** The figures of a list of tickets grouped by period (pure: tests pass rows and a calendar). */
export function figuresOf(
  rows: TicketRow[],
  by: 'quarter' | 'year',
  targets: Map<TicketCategory, { firstResponseHours: number; resolutionHours: number }>,
  cal: BusinessCalendar,
): PeriodFigures[] {
  const groups = new Map<string, TicketRow[]>()
  for (const r of rows) {
    const key = by === 'year' ? businessDate(r.created_at).slice(0, 4) : quarterOf(r.created_at)
    groups.set(key, [...(groups.get(key) ?? []), r])
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, list]) => {
      const byCategory = zeroCategories()
      const byOutcome: Record<Outcome, number> = { resolved: 0, open: 0 }
      const firstResponses: number[] = []
      let slaMet = 0
      let slaDecided = 0
      for (const t of list) {
        byCategory[t.category]++
        const done = t.status === 'resolved' || t.status === 'closed'
        byOutcome[done ? 'resolved' : 'open']++
        if (t.first_response_at)
          firstResponses.push(businessMsBetween(t.created_at, t.first_response_at, cal))
        const target = targets.get(t.category)
        const breached = t.first_response_breached || t.resolution_breached
        if (breached || (done && t.first_response_at)) {
          slaDecided++
          const frOk =
            t.first_response_at && target
              ? businessMsBetween(t.created_at, t.first_response_at, cal) <=
                target.firstResponseHours * HOUR_MS
              : true
          if (!breached && frOk) slaMet++
        }
      }
      const med = median(firstResponses)
      return {
        period,
        tickets: list.length,
        complaints: byCategory.service_complaint + byCategory.corruption,
        byCategory,
        byOutcome,
        slaMet,
        slaDecided,
        slaMetPercent: slaDecided ? Math.round((slaMet / slaDecided) * 1000) / 10 : null,
        medianFirstResponseHours: med === null ? null : Math.round((med / HOUR_MS) * 10) / 10,
      }
    })
}

/** The help desk's figures over a range, by quarter and by year (for the later risk report). */
export async function ticketFigures(
  db: Kysely<DB>,
  range: FigureRange,
): Promise<{ quarters: PeriodFigures[]; years: PeriodFigures[] }> {
  const [rows, targets, cal] = await Promise.all([
    ticketsCreatedBetween(db, range.from, range.to),
    slaTargets(db),
    businessCalendar(db),
  ])
  return {
    quarters: figuresOf(rows, 'quarter', targets, cal),
    years: figuresOf(rows, 'year', targets, cal),
  }
}
