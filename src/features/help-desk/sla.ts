import type { TicketStatus } from '../../platform/db/schema/help-desk.js'

// The SLA clocks: business time on the agency's calendar (Monday to Friday, 08:30–16:30 Bangkok
// time, no public holidays). Pure functions of the stored facts, so tests pin them exactly.

const HOUR = 3_600_000
const DAY = 24 * HOUR
/** Bangkok is UTC+7 all year (no daylight saving time). */
const BANGKOK_OFFSET = 7 * HOUR
const OPENS = 8.5 * HOUR
const CLOSES = 16.5 * HOUR

/** The days the office is closed besides weekends, as Bangkok dates (YYYY-MM-DD). */
export interface BusinessCalendar {
  holidays: ReadonlySet<string>
}

/** A calendar from a list of holiday dates. */
export function calendarOf(holidays: Iterable<string>): BusinessCalendar {
  return { holidays: new Set(holidays) }
}

function bangkokMidnight(at: number): number {
  return Math.floor((at + BANGKOK_OFFSET) / DAY) * DAY - BANGKOK_OFFSET
}

function isWorkingDay(midnight: number, cal: BusinessCalendar): boolean {
  const local = new Date(midnight + BANGKOK_OFFSET)
  const weekday = local.getUTCDay()
  if (weekday === 0 || weekday === 6) return false
  return !cal.holidays.has(local.toISOString().slice(0, 10))
}

/** Business milliseconds in [from, to). */
export function businessMsBetween(from: Date, to: Date, cal: BusinessCalendar): number {
  const start = from.getTime()
  const end = to.getTime()
  let total = 0
  for (let day = bangkokMidnight(start); day < end; day += DAY) {
    if (!isWorkingDay(day, cal)) continue
    const open = Math.max(day + OPENS, start)
    const close = Math.min(day + CLOSES, end)
    if (close > open) total += close - open
  }
  return total
}

/** The instant at which `ms` business milliseconds have passed since `from`. */
export function addBusinessMs(from: Date, ms: number, cal: BusinessCalendar): Date {
  let remaining = Math.max(0, ms)
  const start = from.getTime()
  // Ten years of days is far beyond any target; the bound only guards against a bad calendar.
  for (let day = bangkokMidnight(start), n = 0; n < 3660; day += DAY, n++) {
    if (!isWorkingDay(day, cal)) continue
    const open = Math.max(day + OPENS, start)
    const close = day + CLOSES
    if (close <= open) continue
    if (remaining <= close - open) return new Date(open + remaining)
    remaining -= close - open
  }
  throw new RangeError('no business time left in the calendar')
}

/** A ticket's clock as stored: business time used up to clockAt, and whether it runs now. */
export interface SlaClock {
  usedMs: number
  clockAt: Date
  status: TicketStatus
}

/** The clock runs while the desk owes the reporter something: not pending, resolved or closed. */
export function clockRuns(status: TicketStatus): boolean {
  return status === 'new' || status === 'open'
}

/** Business time used by `now`. */
export function usedBy(clock: SlaClock, now: Date, cal: BusinessCalendar): number {
  if (!clockRuns(clock.status) || now <= clock.clockAt) return clock.usedMs
  return clock.usedMs + businessMsBetween(clock.clockAt, now, cal)
}

/** The clock after a status change at `at`: time so far is banked, and the new status decides. */
export function afterStatusChange(
  clock: SlaClock,
  to: TicketStatus,
  at: Date,
  cal: BusinessCalendar,
): SlaClock {
  return { usedMs: usedBy(clock, at, cal), clockAt: at, status: to }
}

/** When a running clock reaches the target; undefined while it is paused. */
export function dueAt(
  clock: SlaClock,
  targetMs: number,
  now: Date,
  cal: BusinessCalendar,
): Date | undefined {
  if (!clockRuns(clock.status)) return undefined
  const used = usedBy(clock, now, cal)
  return addBusinessMs(now, Math.max(0, targetMs - used), cal)
}

export type SlaState = 'ok' | 'warning' | 'breached' | 'met'

/** The share of a target after which the inbox warns (three quarters). */
export const WARNING_SHARE = 0.75

/** Where a target stands: met once done in time, breached once over, a warning past 75 %. */
export function slaState(usedMs: number, targetMs: number, done: boolean): SlaState {
  if (usedMs > targetMs) return 'breached'
  if (done) return 'met'
  return usedMs >= targetMs * WARNING_SHARE ? 'warning' : 'ok'
}

export { HOUR as HOUR_MS }
