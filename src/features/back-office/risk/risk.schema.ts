import { z } from 'zod'
import type { RiskMetric } from '../../../platform/db/schema/risk.js'
import { parseDateInput } from '../../../platform/time.js'
import { METRICS, parseParams } from '../../risk-report/index.js'
import { text, type Body, type FieldProblem, type Parsed } from '../form.js'
import type { RiskKey } from './messages.js'

// The section's forms, checked on the server; each problem names its field.

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)

const KEY = z.string().regex(/^[a-z][a-zA-Z0-9]{0,30}$/)

export interface Binding {
  key: string
  metric: RiskMetric
  params: Record<string, unknown>
}

/** An indicator's binding: its key, metric and the metric's parameters from the form's fields. */
export function parseBinding(body: Body | undefined): Parsed<Binding, RiskKey> {
  const names = [
    'key',
    'metric',
    'asOf',
    'kind',
    'channels',
    'parties',
    'from',
    'to',
    'campaignId',
    'docKind',
    'url',
  ]
  const values = Object.fromEntries(names.map((n) => [n, text(body, n)]))
  const problems: FieldProblem<RiskKey>[] = []
  if (!KEY.safeParse(values.key).success) problems.push({ field: 'key', key: 'error.key' })
  const metric = values.metric as RiskMetric
  if (!METRICS.includes(metric)) problems.push({ field: 'metric', key: 'error.metric' })
  let params: Record<string, unknown> = {}
  if (metric === 'registrations') {
    const asOf = parseDateInput(values.asOf ?? '')
    if (!asOf) problems.push({ field: 'asOf', key: 'error.asOf' })
    params = {
      kind: values.kind || 'importer_exporter',
      channels: list(values.channels || 'online'),
      parties: list(values.parties || 'person,company'),
      asOf,
    }
  } else if (metric === 'satisfaction') params = { from: values.from, to: values.to }
  else if (metric === 'ethics') params = { campaignId: values.campaignId }
  else if (metric === 'document')
    params = { kind: values.docKind || 'policy', ...(values.url ? { url: values.url } : {}) }
  else if (metric === 'tickets')
    params = { from: parseDateInput(values.from ?? ''), to: parseDateInput(values.to ?? '') }
  if (problems.length === 0) {
    const checked = parseParams(metric, params)
    if (!checked.success) problems.push({ field: 'metric', key: 'error.params' })
    else params = checked.data as Record<string, unknown>
  }
  if (problems.length) return { ok: false, problems, values }
  return { ok: true, value: { key: values.key as string, metric, params }, values }
}

export interface CellChange {
  likelihood: number
  impact: number
  level: string
}

/** One cell of the matrix and its new level. */
export function parseCell(body: Body | undefined): Parsed<CellChange, RiskKey> {
  const values = {
    likelihood: text(body, 'likelihood'),
    impact: text(body, 'impact'),
    level: text(body, 'level'),
  }
  const r = z
    .object({
      likelihood: z.coerce.number().int().min(1).max(10),
      impact: z.coerce.number().int().min(1).max(10),
      level: z.string().regex(/^[a-z][a-z_]{0,19}$/),
    })
    .safeParse(values)
  if (!r.success)
    return { ok: false, problems: [{ field: 'likelihood', key: 'error.cell' }], values }
  return { ok: true, value: r.data, values }
}

export interface Approval {
  approverName: string
  memoReference: string
}

/** The approving officer's name and the memo reference. */
export function parseApproval(body: Body | undefined): Parsed<Approval, RiskKey> {
  const values = {
    approverName: text(body, 'approverName'),
    memoReference: text(body, 'memoReference'),
  }
  const problems: FieldProblem<RiskKey>[] = []
  if (values.approverName.length < 2 || values.approverName.length > 200)
    problems.push({ field: 'approverName', key: 'error.approver' })
  if (values.memoReference.length < 1 || values.memoReference.length > 100)
    problems.push({ field: 'memoReference', key: 'error.memo' })
  if (problems.length) return { ok: false, problems, values }
  return { ok: true, value: values, values }
}
