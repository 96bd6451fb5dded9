import { stringify } from 'csv-stringify/sync'
import ExcelJS from 'exceljs'
import type { Locale } from '../../../platform/time.js'
import {
  formatMonth,
  LEVELS,
  stepLabel,
  type QuestionFigures,
  type SurveyResults,
} from '../../survey/index.js'
import { resultsMessages } from './results.messages.js'

type Cell = string | number | null

/** One table of the export: a sheet in the XLSX, a section in the CSV. */
export interface ExportTable {
  name: string
  head: string[]
  rows: Cell[][]
}

function figureCells(f: QuestionFigures, locale: Locale): Cell[] {
  const m = resultsMessages(locale)
  return [
    ...LEVELS.map((l) => f.counts.levels[l]),
    f.counts.noOpinion,
    f.topTwo,
    f.base,
    f.percent,
    f.mean,
    f.sd,
    f.band ? m(`band.${f.band}`) : null,
  ]
}

/** The results page's figures as tables, in the officer's language (the same numbers). */
export function exportTables(
  r: SurveyResults,
  period: { from: string; to: string },
  locale: Locale,
): ExportTable[] {
  const m = resultsMessages(locale)
  const figureHead = [
    ...LEVELS.map((l) => m(`level.${l}`)),
    m('col.noOpinion'),
    m('col.topTwo'),
    m('col.base'),
    m('col.percent'),
    m('col.mean'),
    m('col.sd'),
    m('col.band'),
  ]
  return [
    {
      name: m('summary.title'),
      head: [
        m('period.legend'),
        m('summary.invited'),
        m('summary.answered'),
        m('summary.rate'),
        m('col.topTwo'),
        m('col.base'),
        m('col.percent'),
        m('col.mean'),
        m('col.sd'),
      ],
      rows: [
        [
          `${period.from} – ${period.to}`,
          r.invited,
          r.answered,
          r.responseRate,
          r.overall.topTwo,
          r.overall.base,
          r.overall.percent,
          r.overall.mean,
          r.overall.sd,
        ],
        [m('footnote.kind', { kind: m(`journeys.${r.kind}`) })],
        [m(`footnote.base.${r.settings.base}`)],
        [m(`footnote.rounding.${r.settings.rounding}`)],
      ],
    },
    {
      name: m('trend.title'),
      head: [
        m('col.month'),
        m('col.invited'),
        m('col.answered'),
        m('col.topTwo'),
        m('col.base'),
        m('col.percent'),
      ],
      rows: r.trend.map((t) => [
        formatMonth(t.month, locale),
        t.invited,
        t.answered,
        t.topTwo,
        t.base,
        t.percent,
      ]),
    },
    {
      name: m('questions.title'),
      head: [m('col.version'), m('col.question'), ...figureHead],
      rows: [
        ...r.questions.map((q) => [
          q.version,
          locale === 'th' ? q.th : q.en,
          ...figureCells(q.figures, locale),
        ]),
        [null, m('question.overall'), ...figureCells(r.overall, locale)],
      ],
    },
    {
      name: m('steps.title'),
      head: [m('col.step'), ...figureHead],
      rows: r.steps.map((s) => [stepLabel(s.step, locale), ...figureCells(s.figures, locale)]),
    },
  ]
}

// A cell a spreadsheet would run as a formula (=, +, -, @, tab, return) is written as text.
const guard = (c: Cell) =>
  typeof c === 'string' && /^[=+\-@\t\r]/.test(c) ? `'${c}` : c === null ? '' : c

/** The tables as one CSV (UTF-8 with a BOM for Excel): each table headed by its name. */
export function resultsCsv(tables: ExportTable[]): string {
  const records: Cell[][] = []
  for (const t of tables) {
    if (records.length > 0) records.push([])
    records.push([t.name], t.head, ...t.rows)
  }
  return `\ufeff${stringify(records.map((r) => r.map(guard)))}`
}

/** The tables as an XLSX workbook, a sheet each, numbers as numbers. */
export async function resultsXlsx(tables: ExportTable[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Customs Trader Portal'
  for (const t of tables) {
    // Sheet names: at most 31 characters, none of : \ / ? * [ ].
    const ws = wb.addWorksheet(t.name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31))
    ws.addRow(t.head).font = { bold: true }
    for (const row of t.rows) ws.addRow(row.map((c) => (typeof c === 'string' ? guard(c) : c)))
    ws.columns.forEach((c) => {
      c.width = 16
    })
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}
