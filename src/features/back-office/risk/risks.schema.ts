import type { RiskEdit } from '../../risk-report/index.js'
import { text, type Body, type FieldProblem, type Parsed } from '../form.js'
import type { StructureKey } from './structure.messages.js'

export const TREATMENTS = ['reduce', 'accept', 'avoid', 'transfer'] as const

const point = (s: string) => (/^([1-9]|10)$/.test(s) ? Number(s) : undefined)

/**
 * A risk event: its texts, inherent likelihood × impact, residual ones (both or neither), owner
 * unit and treatment. The points are checked against the register's scales when it is saved.
 */
export function parseRisk(body: Body | undefined): Parsed<RiskEdit, StructureKey> {
  const names = [
    'textTh',
    'textEn',
    'likelihood',
    'impact',
    'residualLikelihood',
    'residualImpact',
    'ownerUnit',
    'treatment',
  ] as const
  const values = Object.fromEntries(names.map((n) => [n, text(body, n)])) as Record<
    (typeof names)[number],
    string
  >
  const problems: FieldProblem<StructureKey>[] = []
  for (const f of ['textTh', 'textEn'] as const)
    if (values[f].length < 1 || values[f].length > 2000)
      problems.push({ field: f, key: 'error.text' })
  const likelihood = point(values.likelihood)
  const impact = point(values.impact)
  if (!likelihood) problems.push({ field: 'likelihood', key: 'error.scale' })
  if (!impact) problems.push({ field: 'impact', key: 'error.scale' })
  const rl = values.residualLikelihood ? point(values.residualLikelihood) : null
  const ri = values.residualImpact ? point(values.residualImpact) : null
  if (rl === undefined) problems.push({ field: 'residualLikelihood', key: 'error.scale' })
  if (ri === undefined) problems.push({ field: 'residualImpact', key: 'error.scale' })
  if (rl !== undefined && ri !== undefined && (rl === null) !== (ri === null))
    problems.push({
      field: rl === null ? 'residualLikelihood' : 'residualImpact',
      key: 'error.residual',
    })
  if (values.ownerUnit.length > 200) problems.push({ field: 'ownerUnit', key: 'error.owner' })
  const treatment = TREATMENTS.find((t) => t === values.treatment)
  if (!treatment) problems.push({ field: 'treatment', key: 'error.treatment' })
  if (
    problems.length ||
    !likelihood ||
    !impact ||
    !treatment ||
    rl === undefined ||
    ri === undefined
  )
    return { ok: false, problems, values }
  return {
    ok: true,
    values,
    value: {
      textTh: values.textTh,
      textEn: values.textEn,
      likelihood,
      impact,
      residualLikelihood: rl,
      residualImpact: ri,
      ownerUnit: values.ownerUnit,
      treatment,
    },
  }
}
