import type { ControlEdit } from '../../risk-report/index.js'
import { parseDateInput } from '../../../platform/time.js'
import { text, type Body, type FieldProblem, type Parsed } from '../form.js'
import type { EditKey } from './edit.messages.js'

export const STATUSES = ['planned', 'in_progress', 'done'] as const

/** A measure has up to this many evidence links, each a name and an https link. */
export const EVIDENCE_SLOTS = 3
/** The fields of evidence link n (1-based): the first keeps the names it always had. */
export const evidenceFields = (n: number) =>
  n === 1
    ? { label: 'evidenceLabel', url: 'evidenceUrl' }
    : { label: `evidenceLabel${n}`, url: `evidenceUrl${n}` }

/** A control measure's form: texts, owner unit, status, due date, evidence links, results. */
export function parseControl(body: Body | undefined): Parsed<ControlEdit, EditKey> {
  const slots = Array.from({ length: EVIDENCE_SLOTS }, (_, i) => evidenceFields(i + 1))
  const names = [
    'textTh',
    'textEn',
    'ownerUnit',
    'status',
    'dueOn',
    'resultTh',
    'resultEn',
    ...slots.flatMap((s) => [s.label, s.url]),
  ]
  const values = Object.fromEntries(names.map((n) => [n, text(body, n)])) as Record<string, string>
  const problems: FieldProblem<EditKey>[] = []
  const v = (n: string) => values[n] ?? ''
  for (const f of ['textTh', 'textEn'])
    if (v(f).length < 1 || v(f).length > 2000) problems.push({ field: f, key: 'error.text' })
  if (v('ownerUnit').length > 200) problems.push({ field: 'ownerUnit', key: 'error.text' })
  const status = STATUSES.find((s) => s === v('status'))
  if (!status) problems.push({ field: 'status', key: 'error.status' })
  const dueOn = v('dueOn') ? parseDateInput(v('dueOn')) : null
  if (dueOn === undefined) problems.push({ field: 'dueOn', key: 'error.dueOn' })
  const evidence: ControlEdit['evidence'] = []
  for (const s of slots) {
    if (!v(s.url)) {
      if (v(s.label)) problems.push({ field: s.url, key: 'error.url' })
      continue
    }
    let url: URL | undefined
    try {
      url = new URL(v(s.url))
    } catch {
      url = undefined
    }
    if (url?.protocol !== 'https:') problems.push({ field: s.url, key: 'error.url' })
    else evidence.push({ label: v(s.label).slice(0, 200) || url.host, url: url.href })
  }
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
      evidence,
      resultTh: v('resultTh'),
      resultEn: v('resultEn'),
    },
  }
}
