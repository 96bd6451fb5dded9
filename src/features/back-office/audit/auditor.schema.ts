import { addBusinessDays, parseDateInput, startOfBusinessDate } from '../../../platform/time.js'
import type { AuditorMessage } from './auditor.messages.js'
import { text, type Body, type FieldProblem, type Parsed } from '../form.js'
import { type Role, ROLES } from '../../officers/index.js'

export const ACTOR_TYPES = ['anonymous', 'registrant', 'officer', 'system'] as const
export type ActorType = (typeof ACTOR_TYPES)[number]
export const OUTCOMES = ['ok', 'refused', 'failed'] as const
export type Outcome = (typeof OUTCOMES)[number]

/** What the auditor filters by; every part is optional. */
export interface AuditFilter {
  /** From the start of this Asia/Bangkok day. */
  from?: Date
  /** Before the start of the day after the "to" date. */
  until?: Date
  action?: { exact: string } | { prefix: string }
  actorType?: ActorType
  role?: Role
  subjectType?: string
  subjectId?: string
  outcome?: Outcome
}

export interface AuditQuery {
  filter: AuditFilter
  /** Keyset paging: events with a smaller seq than this. */
  before?: string
}

/** The filter's fields, in the order of the form and of the query string. */
export const FILTER_FIELDS = [
  'from',
  'to',
  'action',
  'actorType',
  'role',
  'subjectType',
  'subjectId',
  'outcome',
] as const

function oneOf<T extends string>(list: readonly T[], value: string): T | undefined {
  return (list as readonly string[]).includes(value) ? (value as T) : undefined
}

/** The filter from a query string (GET: the ids in it are pseudonymous, never personal data). */
export function parseAuditQuery(query: Body | undefined): Parsed<AuditQuery, AuditorMessage> {
  const values: Record<string, string> = {}
  for (const f of FILTER_FIELDS) values[f] = text(query, f)
  const v = (f: (typeof FILTER_FIELDS)[number]) => values[f] ?? ''
  const problems: FieldProblem<AuditorMessage>[] = []
  const filter: AuditFilter = {}

  const from = v('from') === '' ? undefined : parseDateInput(v('from'))
  const to = v('to') === '' ? undefined : parseDateInput(v('to'))
  if (v('from') !== '' && !from) problems.push({ field: 'from', key: 'error.date.format' })
  if (v('to') !== '' && !to) problems.push({ field: 'to', key: 'error.date.format' })
  if (from && to && from > to) problems.push({ field: 'to', key: 'error.date.order' })
  if (from) filter.from = startOfBusinessDate(from)
  if (to) filter.until = startOfBusinessDate(addBusinessDays(to, 1))

  const action = v('action')
  if (action !== '') {
    const m = /^([a-z0-9_]+(?:\.[a-z0-9_]+)*)(\.?\*)?$/.exec(action)
    if (!m?.[1] || action.length > 80)
      problems.push({ field: 'action', key: 'error.action.format' })
    else filter.action = m[2] ? { prefix: m[2] === '.*' ? `${m[1]}.` : m[1] } : { exact: m[1] }
  }
  for (const [field, list] of [
    ['actorType', ACTOR_TYPES],
    ['role', ROLES],
    ['outcome', OUTCOMES],
  ] as const) {
    if (v(field) === '') continue
    const value = oneOf<string>(list, v(field))
    if (!value) problems.push({ field, key: 'error.choice' })
  }
  const actorType = oneOf(ACTOR_TYPES, v('actorType'))
  if (actorType) filter.actorType = actorType
  const role = oneOf(ROLES, v('role'))
  if (role) filter.role = role
  const outcome = oneOf(OUTCOMES, v('outcome'))
  if (outcome) filter.outcome = outcome
  if (v('subjectType') !== '') {
    if (!/^[a-z_]{1,40}$/.test(v('subjectType')))
      problems.push({ field: 'subjectType', key: 'error.subjectType.format' })
    else filter.subjectType = v('subjectType')
  }
  if (v('subjectId') !== '') {
    if (!/^[A-Za-z0-9._:-]{1,100}$/.test(v('subjectId')))
      problems.push({ field: 'subjectId', key: 'error.subjectId.format' })
    else filter.subjectId = v('subjectId')
  }
  const beforeRaw = text(query, 'before')
  const before = /^[1-9]\d{0,17}$/.test(beforeRaw) ? beforeRaw : undefined
  if (problems.length > 0) return { ok: false, problems, values }
  return { ok: true, value: { filter, ...(before ? { before } : {}) }, values }
}

/** The query string of a filter as the form sent it (empty fields left out). */
export function filterQueryString(
  values: Record<string, string>,
  extra: Record<string, string> = {},
) {
  const params = new URLSearchParams()
  for (const f of FILTER_FIELDS) if (values[f]) params.set(f, values[f])
  for (const [k, v] of Object.entries(extra)) params.set(k, v)
  const s = params.toString()
  return s ? `?${s}` : ''
}

/** The filter as the audit trail records it: what was asked, never more. */
export function describeFilter(filter: AuditFilter): Record<string, string> {
  const out: Record<string, string> = {}
  if (filter.from) out.from = filter.from.toISOString()
  if (filter.until) out.until = filter.until.toISOString()
  if (filter.action)
    out.action = 'exact' in filter.action ? filter.action.exact : `${filter.action.prefix}*`
  if (filter.actorType) out.actorType = filter.actorType
  if (filter.role) out.role = filter.role
  if (filter.subjectType) out.subjectType = filter.subjectType
  if (filter.subjectId) out.subjectId = filter.subjectId
  if (filter.outcome) out.outcome = filter.outcome
  return out
}
