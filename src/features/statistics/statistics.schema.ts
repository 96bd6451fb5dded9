import { z } from 'zod'
import type { FieldProblem, Parsed } from '../../platform/form.js'
import { parseDateInput } from '../../platform/time.js'
import { daysIn } from './figures.js'

/** The query of the statistics page and of the open data: a date range and the period. */
export interface StatisticsQuery {
  from: string
  to: string
  by: 'day' | 'month'
}

export type QueryProblem =
  | 'from.invalid'
  | 'to.invalid'
  | 'to.beforeFrom'
  | 'to.future'
  | 'from.tooEarly'
  | 'by.invalid'
  | 'by.dayTooLong'

/** The longest range shown day by day (a table of about three months). */
export const MAX_DAYS_BY_DAY = 93
/** The earliest date the figures go back to. */
export const EARLIEST = '2000-01-01'

const raw = z.object({
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
  by: z.string().max(10).optional(),
})

/** The default range: the twelve months up to today, by month. */
export function defaultQuery(today: string): StatisticsQuery {
  const [y, m] = today.split('-').map(Number) as [number, number]
  const start = new Date(Date.UTC(y, m - 12, 1)).toISOString().slice(0, 10)
  return { from: start, to: today, by: 'month' }
}

/**
 * Reads the page's query. Dates as people type them (24/1/2566, Buddhist Era or Gregorian, or
 * ISO); a missing field takes the default's value.
 */
export function parseStatisticsQuery(
  query: unknown,
  today: string,
): Parsed<StatisticsQuery, QueryProblem> & { values: { from: string; to: string; by: string } } {
  const r = raw.safeParse(query ?? {})
  const q = r.success ? r.data : {}
  const values = { from: q.from ?? '', to: q.to ?? '', by: q.by ?? '' }
  const d = defaultQuery(today)
  const problems: FieldProblem<QueryProblem>[] = []
  const from = values.from.trim() === '' ? d.from : parseDateInput(values.from)
  const to = values.to.trim() === '' ? d.to : parseDateInput(values.to)
  const by =
    values.by === '' ? d.by : values.by === 'day' || values.by === 'month' ? values.by : null
  if (!r.success || from === undefined) problems.push({ field: 'from', key: 'from.invalid' })
  else if (from < EARLIEST) problems.push({ field: 'from', key: 'from.tooEarly' })
  if (!r.success || to === undefined) problems.push({ field: 'to', key: 'to.invalid' })
  else if (to > today) problems.push({ field: 'to', key: 'to.future' })
  else if (from !== undefined && to < from) problems.push({ field: 'to', key: 'to.beforeFrom' })
  if (by === null) problems.push({ field: 'by', key: 'by.invalid' })
  else if (
    by === 'day' &&
    from !== undefined &&
    to !== undefined &&
    to >= from &&
    daysIn({ from, to }) > MAX_DAYS_BY_DAY
  )
    problems.push({
      field: 'by',
      key: 'by.dayTooLong',
      params: { days: MAX_DAYS_BY_DAY },
    })
  if (problems.length > 0 || from === undefined || to === undefined || by === null)
    return { ok: false, problems, values }
  return { ok: true, value: { from, to, by }, values }
}
