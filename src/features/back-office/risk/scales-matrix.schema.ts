import { SWATCHES, TEXT_COLOURS, type LevelEdit, type ScalePoint } from '../../risk-report/index.js'
import { text, type Body, type FieldProblem, type Parsed } from '../form.js'
import { LEVEL_CODE } from './edit.form.js'
import type { MatrixKey } from './matrix.messages.js'

// The forms of the scales, a level and the grid. What the register's data refuses (a scale
// shrunk under a risk, a level still in a cell, too little contrast) is refused by the service.

type Axis = 'likelihood' | 'impact'
const AXES: Axis[] = ['likelihood', 'impact']
export const pointField = (axis: Axis, lang: 'Th' | 'En', n: number) => `${axis}${lang}${n}`

export interface Scales {
  likelihoodMax: number
  impactMax: number
  likelihood: ScalePoint[]
  impact: ScalePoint[]
}

/**
 * The number of points of each scale and their names. A point the form did not show (the scale
 * grew) is named by its number until the officer names it.
 */
export function parseScales(body: Body | undefined): Parsed<Scales, MatrixKey> {
  const values: Record<string, string> = {
    likelihoodMax: text(body, 'likelihoodMax'),
    impactMax: text(body, 'impactMax'),
  }
  const problems: FieldProblem<MatrixKey>[] = []
  const max = (f: string) => {
    const n = /^([2-9]|10)$/.test(values[f] ?? '') ? Number(values[f]) : undefined
    if (!n) problems.push({ field: f, key: 'error.max' })
    return n ?? 0
  }
  const value: Scales = {
    likelihoodMax: max('likelihoodMax'),
    impactMax: max('impactMax'),
    likelihood: [],
    impact: [],
  }
  for (const axis of AXES)
    for (let n = 1; n <= 10; n++) {
      const th = pointField(axis, 'Th', n)
      const en = pointField(axis, 'En', n)
      const shown = body?.[th] !== undefined || body?.[en] !== undefined
      if (!shown) {
        if (n <= value[`${axis}Max`])
          value[axis].push({ value: n, nameTh: `ระดับ ${n}`, nameEn: `Level ${n}` })
        continue
      }
      values[th] = text(body, th)
      values[en] = text(body, en)
      if (n > value[`${axis}Max`]) continue
      for (const f of [th, en] as const)
        if (!values[f] || (values[f] ?? '').length > 50)
          problems.push({ field: f, key: 'error.pointName' })
      value[axis].push({ value: n, nameTh: values[th] ?? '', nameEn: values[en] ?? '' })
    }
  if (problems.length) return { ok: false, problems, values }
  return { ok: true, value, values }
}

/** A level's names and colour: a swatch (with its text colour) or a custom colour and text. */
export function parseLevel(body: Body | undefined): Parsed<LevelEdit, MatrixKey> {
  const values = {
    nameTh: text(body, 'nameTh'),
    nameEn: text(body, 'nameEn'),
    colour: text(body, 'colour'),
    customColour: text(body, 'customColour').toLowerCase(),
    textColour: text(body, 'textColour'),
  }
  const problems: FieldProblem<MatrixKey>[] = []
  for (const f of ['nameTh', 'nameEn'] as const)
    if (values[f].length < 1 || values[f].length > 50)
      problems.push({ field: f, key: 'error.levelName' })
  const swatch = SWATCHES.find((s) => s.colour === values.colour)
  let colour = swatch?.colour
  let textColour = swatch?.textColour
  if (values.colour === 'custom') {
    if (/^#[0-9a-f]{6}$/.test(values.customColour)) colour = values.customColour
    else problems.push({ field: 'customColour', key: 'error.customColour' })
    textColour = TEXT_COLOURS.find((t) => t === values.textColour)
    if (!textColour) problems.push({ field: 'textColour', key: 'error.textColour' })
  } else if (!swatch) problems.push({ field: 'colour', key: 'error.colour' })
  if (problems.length || !colour || !textColour) return { ok: false, problems, values }
  return {
    ok: true,
    values,
    value: { nameTh: values.nameTh, nameEn: values.nameEn, colour, textColour },
  }
}

/** The grid: each cell `c{likelihood}x{impact}` and the code of its level. */
export function parseGrid(body: Body | undefined): Parsed<Record<string, string>, MatrixKey> {
  const values: Record<string, string> = {}
  const cells: Record<string, string> = {}
  const problems: FieldProblem<MatrixKey>[] = []
  for (let l = 1; l <= 10; l++)
    for (let i = 1; i <= 10; i++) {
      const f = `c${l}x${i}`
      if (body?.[f] === undefined) continue
      values[f] = text(body, f)
      if (LEVEL_CODE.test(values[f] ?? '')) cells[`${l}x${i}`] = values[f] ?? ''
      else problems.push({ field: f, key: 'error.cell' })
    }
  if (problems.length) return { ok: false, problems, values }
  return { ok: true, value: cells, values }
}
