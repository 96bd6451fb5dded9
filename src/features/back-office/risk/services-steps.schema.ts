import type { Names, StepEdit } from '../../risk-report/index.js'
import { text, type Body, type FieldProblem, type Parsed } from '../form.js'
import type { StructureKey } from './structure.messages.js'

// The forms of a service (its names) and of a step (its titles and result templates).

const between = (s: string, min: number, max: number) => s.length >= min && s.length <= max

/** A service's Thai and English names. */
export function parseService(body: Body | undefined): Parsed<Names, StructureKey> {
  const values = { nameTh: text(body, 'nameTh'), nameEn: text(body, 'nameEn') }
  const problems: FieldProblem<StructureKey>[] = []
  for (const f of ['nameTh', 'nameEn'] as const)
    if (!between(values[f], 1, 300)) problems.push({ field: f, key: 'error.name' })
  if (problems.length) return { ok: false, problems, values }
  return { ok: true, value: values, values }
}

/** A step's Thai and English titles and its result templates. */
export function parseStep(body: Body | undefined): Parsed<StepEdit, StructureKey> {
  const values = {
    titleTh: text(body, 'titleTh'),
    titleEn: text(body, 'titleEn'),
    resultTh: text(body, 'resultTh'),
    resultEn: text(body, 'resultEn'),
  }
  const problems: FieldProblem<StructureKey>[] = []
  for (const f of ['titleTh', 'titleEn'] as const)
    if (!between(values[f], 1, 500)) problems.push({ field: f, key: 'error.title' })
  for (const f of ['resultTh', 'resultEn'] as const)
    if (values[f].length > 8000) problems.push({ field: f, key: 'error.result' })
  if (problems.length) return { ok: false, problems, values }
  return { ok: true, value: values, values }
}
