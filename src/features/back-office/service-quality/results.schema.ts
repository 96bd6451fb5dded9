import { businessDate, parseDateInput } from '../../../platform/time.js'
import {
  monthRange,
  parseKindFilter,
  type Period,
  type SurveyKindFilter,
} from '../../survey/index.js'
import type { FieldProblem } from '../form.js'
import type { ResultsMessage } from './results.messages.js'

/**
 * The results' period from the query: typed dates (Buddhist Era allowed), else this month; and
 * the journeys counted (the registration's unless another is chosen).
 */
export function parsePeriod(
  query: Record<string, unknown>,
  now: Date,
): {
  period: Period
  kind: SurveyKindFilter
  values: Record<string, string>
  problems: FieldProblem<ResultsMessage>[]
} {
  const text = (name: string) => {
    const v = query[name]
    return typeof v === 'string' ? v.trim().slice(0, 40) : ''
  }
  const kind = parseKindFilter(query.kind)
  const values = { from: text('from'), to: text('to'), kind }
  const thisMonth = monthRange(businessDate(now).slice(0, 7))
  if (!values.from && !values.to) return { period: thisMonth, kind, values, problems: [] }
  const problems: FieldProblem<ResultsMessage>[] = []
  const from = parseDateInput(values.from)
  const to = parseDateInput(values.to)
  if (!from) problems.push({ field: 'from', key: 'error.from' })
  if (!to) problems.push({ field: 'to', key: 'error.to' })
  if (from && to && to < from) problems.push({ field: 'to', key: 'error.order' })
  if (from && to && Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 10)
    problems.push({ field: 'to', key: 'error.long' })
  if (!from || !to || problems.length > 0) return { period: thisMonth, kind, values, problems }
  return { period: { from, to }, kind, values, problems }
}
