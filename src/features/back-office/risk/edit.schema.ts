import type { ControlEdit } from '../../risk-report/index.js'
import { parseDateInput } from '../../../platform/time.js'
import { text, type Body, type FieldProblem, type Parsed } from '../form.js'
import type { EditKey } from './edit.messages.js'

const STATUSES = ['planned', 'in_progress', 'done'] as const

/** A control measure's form. */
export function parseControl(body: Body | undefined): Parsed<ControlEdit, EditKey> {
  const names = [
    'textTh',
    'textEn',
    'ownerUnit',
    'status',
    'dueOn',
    'evidenceLabel',
    'evidenceUrl',
    'resultTh',
    'resultEn',
  ]
  const values = Object.fromEntries(names.map((n) => [n, text(body, n)])) as Record<string, string>
  const problems: FieldProblem<EditKey>[] = []
  const v = (n: string) => values[n] ?? ''
  for (const f of ['textTh', 'textEn'])
    if (v(f).length < 1 || v(f).length > 2000) problems.push({ field: f, key: 'error.text' })
  if (v('ownerUnit').length > 200) problems.push({ field: 'ownerUnit', key: 'error.text' })
  const status = STATUSES.find((s) => s === v('status'))
  if (!status) problems.push({ field: 'status', key: 'error.text' })
  const dueOn = v('dueOn') ? parseDateInput(v('dueOn')) : null
  if (dueOn === undefined) problems.push({ field: 'dueOn', key: 'error.dueOn' })
  let url: URL | undefined
  try {
    url = v('evidenceUrl') ? new URL(v('evidenceUrl')) : undefined
  } catch {
    url = undefined
  }
  if (v('evidenceUrl') && url?.protocol !== 'https:')
    problems.push({ field: 'evidenceUrl', key: 'error.url' })
  for (const f of ['resultTh', 'resultEn'])
    if (v(f).length > 8000) problems.push({ field: f, key: 'error.result' })
  if (problems.length || !status || dueOn === undefined) return { ok: false, problems, values }
  return {
    ok: true,
    values,
    value: {
      textTh: v('textTh'),
      textEn: v('textEn'),
      ownerUnit: v('ownerUnit'),
      status,
      dueOn,
      evidence: url ? [{ label: v('evidenceLabel') || url.host, url: url.href }] : [],
      resultTh: v('resultTh'),
      resultEn: v('resultEn'),
    },
  }
}

/** A step's result templates. */
export function parseStep(
  body: Body | undefined,
): Parsed<{ resultTh: string; resultEn: string }, EditKey> {
  const values = { resultTh: text(body, 'resultTh'), resultEn: text(body, 'resultEn') }
  const problems: FieldProblem<EditKey>[] = []
  for (const f of ['resultTh', 'resultEn'] as const)
    if (values[f].length > 8000) problems.push({ field: f, key: 'error.result' })
  if (problems.length) return { ok: false, problems, values }
  return { ok: true, value: values, values }
}
