import type { ReportSnapshot } from './report.js'
import { digitsOf, fillTemplate, NO_DATA, type WriteOptions } from './values.js'

// The seed's table as every output writes it (page, print, XLSX, DOCX): per step, one line per
// control measure; the step and its level span the step's lines, and so does the step's result
// when it has one (else each measure has its own).

export interface StepLines {
  step: string
  level: string
  colour: string | null
  measures: string[]
  /** One result spanning the step's lines, or one per measure. */
  results: string[]
  spanning: boolean
}

export interface ReportTable {
  title: string
  serviceNames: string[]
  steps: StepLines[]
}

export const HEADINGS = {
  th: ['ขั้นตอน', 'ระดับความเสี่ยง', 'มาตรการควบคุมความเสี่ยงการทุจริต', 'ผลการดำเนินการ'],
  en: ['Process step', 'Risk level', 'Anti-corruption control measures', 'Results'],
} as const

export const REPORT_TITLE = {
  th: 'แบบรายงานผลการดำเนินการแผนบริหารจัดการความเสี่ยงการทุจริต',
  en: 'Report on the results of the corruption-risk management plan',
} as const

/** The table of a report in a language, with Thai digits or not. */
export function reportTable(s: ReportSnapshot, o: WriteOptions): ReportTable {
  const th = o.locale === 'th'
  const fill = (t: string) => (t.trim() === '' ? '' : fillTemplate(t, s.values, o))
  const steps: StepLines[] = []
  for (const service of s.services)
    for (const step of service.steps) {
      const stepResult = fill(th ? step.resultTh : step.resultEn)
      const measures = step.controls.map((c) =>
        digitsOf(`${c.number}. `, o).concat(th ? c.textTh : c.textEn),
      )
      const perMeasure = step.controls.map((c) => fill(th ? c.resultTh : c.resultEn))
      steps.push({
        step: digitsOf(`${step.number}. `, o).concat(th ? step.titleTh : step.titleEn),
        level: step.level ? (th ? step.level.nameTh : step.level.nameEn) : NO_DATA[o.locale],
        colour: step.level?.colour ?? null,
        measures: measures.length ? measures : [''],
        results: stepResult !== '' ? [stepResult] : perMeasure.length ? perMeasure : [''],
        spanning: stepResult !== '' || perMeasure.length === 0,
      })
    }
  return {
    title: REPORT_TITLE[o.locale],
    serviceNames: s.services.map((v) => (th ? v.nameTh : v.nameEn)),
    steps,
  }
}
