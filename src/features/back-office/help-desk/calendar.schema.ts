import { formText, type FieldProblem, type Parsed } from '../../../platform/form.js'
import { fromThaiDigits, parseDateInput } from '../../../platform/time.js'
import { TICKET_CATEGORIES, type TargetEdit, type TicketCategory } from '../../help-desk/index.js'
import type { CalendarMessage } from './calendar.messages.js'

// The holiday and SLA-target forms: what an officer typed, checked, kept as typed on an error.

export type Body = Record<string, unknown>

const text = (body: Body | undefined, name: string) => formText(body ?? {}, name)
const len = (s: string) => [...s].length
const THAI = /[\u0e00-\u0e7f]/

/** The earliest and latest years the calendar takes (Gregorian). */
export const YEAR_RANGE = { from: 2000, to: 2100 } as const

/** A year from the address (Buddhist Era accepted), or undefined. */
export function yearOf(value: string | undefined): number | undefined {
  if (!value || !/^\d{4}$/.test(fromThaiDigits(value))) return undefined
  let y = Number(fromThaiDigits(value))
  if (y >= 2400) y -= 543
  return y >= YEAR_RANGE.from && y <= YEAR_RANGE.to ? y : undefined
}

export interface HolidayInput {
  day: string
  nameTh: string
  nameEn: string
  source: string
}

/** A holiday: a real date (Buddhist-Era years accepted), a Thai and an English name, a source. */
export function parseHolidayForm(body: Body | undefined): Parsed<HolidayInput, CalendarMessage> {
  const values = {
    day: text(body, 'day'),
    nameTh: text(body, 'nameTh'),
    nameEn: text(body, 'nameEn'),
    source: text(body, 'source'),
  }
  const problems: FieldProblem<CalendarMessage>[] = []
  const day = parseDateInput(values.day)
  if (!day) problems.push({ field: 'day', key: 'error.day' })
  else if (yearOf(day.slice(0, 4)) === undefined)
    problems.push({ field: 'day', key: 'error.dayRange' })
  if (len(values.nameTh) < 1 || len(values.nameTh) > 200 || !THAI.test(values.nameTh))
    problems.push({ field: 'nameTh', key: 'error.nameTh' })
  if (
    len(values.nameEn) < 1 ||
    len(values.nameEn) > 200 ||
    THAI.test(values.nameEn) ||
    !/[A-Za-z]/.test(values.nameEn)
  )
    problems.push({ field: 'nameEn', key: 'error.nameEn' })
  if (len(values.source) < 3 || len(values.source) > 300)
    problems.push({ field: 'source', key: 'error.source' })
  if (!day || problems.length > 0) return { ok: false, problems, values }
  return { ok: true, values, value: { ...values, day } }
}

/** The day of a remove button: an ISO date. */
export function parseRemoval(body: Body | undefined): string | undefined {
  const day = text(body, 'day')
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && parseDateInput(day) === day ? day : undefined
}

/** The field ids of a category's row. */
export const targetField = (kind: 'first' | 'resolution' | 'version', c: TicketCategory) =>
  `${kind}-${c}`

function hours(v: string, max: number): number | undefined {
  const s = fromThaiDigits(v).replace(/,/g, '')
  if (!/^\d{1,5}$/.test(s)) return undefined
  const n = Number(s)
  return n >= 1 && n <= max ? n : undefined
}

/** Every category's targets (whole hours) and version, and the reason for the change. */
export function parseTargets(
  body: Body | undefined,
): Parsed<{ edits: TargetEdit[]; reason: string }, CalendarMessage> {
  const reason = text(body, 'reason')
  const values: Record<string, string> = { reason }
  const problems: FieldProblem<CalendarMessage>[] = []
  const edits: TargetEdit[] = []
  for (const c of TICKET_CATEGORIES) {
    const f = targetField('first', c)
    const r = targetField('resolution', c)
    const v = targetField('version', c)
    const typed = { f: text(body, f), r: text(body, r), v: text(body, v) }
    values[f] = typed.f
    values[r] = typed.r
    values[v] = typed.v
    const first = hours(typed.f, 2000)
    const resolution = hours(typed.r, 5000)
    const version = Number(typed.v)
    if (first === undefined) problems.push({ field: f, key: 'error.first' })
    if (resolution === undefined) problems.push({ field: r, key: 'error.resolution' })
    else if (first !== undefined && resolution < first)
      problems.push({ field: r, key: 'error.order' })
    if (first !== undefined && resolution !== undefined && Number.isSafeInteger(version))
      edits.push({ category: c, version, firstResponseHours: first, resolutionHours: resolution })
  }
  if (len(reason) < 5 || len(reason) > 500) problems.push({ field: 'reason', key: 'error.reason' })
  if (problems.length > 0 || edits.length !== TICKET_CATEGORIES.length)
    return { ok: false, problems, values }
  return { ok: true, values, value: { edits, reason } }
}
