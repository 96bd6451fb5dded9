import { highest, levelOf, type Level } from './matrix.js'
import type { RegisterTree } from './register.repository.js'
import type { Values } from './values.js'

// The report in the seed's form — step · risk level · control measures · results — as plain
// data: the register's texts, each step's level from the matrix, and the indicators' values. A
// published report stores exactly this (its snapshot); the outputs only write it.

export interface ReportStep {
  number: number
  titleTh: string
  titleEn: string
  /** The highest inherent level of the step's risks by the matrix; null without risks. */
  level: Omit<Level, 'rank'> | null
  residual: Omit<Level, 'rank'> | null
  resultTh: string
  resultEn: string
  controls: { number: number; textTh: string; textEn: string; resultTh: string; resultEn: string }[]
}

export interface ReportSnapshot {
  registerId: string
  fiscalYear: number
  round: string
  titleTh: string
  titleEn: string
  ita: {
    year: number | null
    itemCode: string | null
    titleTh: string | null
    titleEn: string | null
  }
  services: { nameTh: string; nameEn: string; steps: ReportStep[] }[]
  values: Values
  /** When the figures were computed. */
  computedAt: string
}

const bare = (l: Level | undefined) =>
  l ? { code: l.code, nameTh: l.nameTh, nameEn: l.nameEn, colour: l.colour } : null

/** The report of a register with the given values, levels by the register's matrix. */
export function buildReport(tree: RegisterTree, values: Values, at: Date): ReportSnapshot {
  const m = tree.matrix
  return {
    registerId: tree.id,
    fiscalYear: tree.fiscalYear,
    round: tree.round,
    titleTh: tree.titleTh,
    titleEn: tree.titleEn,
    ita: {
      year: tree.itaYear,
      itemCode: tree.itaItemCode,
      titleTh: tree.itaTitleTh,
      titleEn: tree.itaTitleEn,
    },
    services: tree.services.map((s) => ({
      nameTh: s.nameTh,
      nameEn: s.nameEn,
      steps: s.steps.map((t, i) => ({
        number: i + 1,
        titleTh: t.titleTh,
        titleEn: t.titleEn,
        level: bare(highest(t.risks.map((r) => levelOf(m, r.likelihood, r.impact)))),
        residual: bare(
          highest(
            t.risks.map((r) =>
              levelOf(m, r.residualLikelihood ?? r.likelihood, r.residualImpact ?? r.impact),
            ),
          ),
        ),
        resultTh: t.resultTh,
        resultEn: t.resultEn,
        controls: t.controls.map((c, j) => ({
          number: j + 1,
          textTh: c.textTh,
          textEn: c.textEn,
          resultTh: c.resultTh,
          resultEn: c.resultEn,
        })),
      })),
    })),
    values,
    computedAt: at.toISOString(),
  }
}
