import {
  AlignmentType,
  Document,
  PageOrientation,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx'
import ExcelJS from 'exceljs'
import type { Locale } from '../../platform/time.js'
import type { ReportSnapshot } from './report.js'
import { HEADINGS, reportTable } from './table.js'
import { periodLabel } from './report.views.js'

// The report as files agencies edit before signing: XLSX (exceljs) and DOCX (docx), the same
// table as the page, Thai text exactly as stored (never normalised), in the font Sarabun.

const FONT = 'TH Sarabun New'

/** The report as an XLSX workbook: one sheet, the seed's four columns, merged step cells. */
export async function reportXlsx(
  s: ReportSnapshot,
  o: { locale: Locale; thaiDigits: boolean },
): Promise<Buffer> {
  const t = reportTable(s, o)
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet(o.locale === 'th' ? 'รายงาน' : 'Report', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  })
  ws.columns = [{ width: 30 }, { width: 14 }, { width: 60 }, { width: 90 }]
  const font = { name: FONT, size: 14 }
  ws.addRow([t.title]).font = { ...font, bold: true }
  ws.addRow([
    `${o.locale === 'th' ? s.titleTh : s.titleEn} · ${periodLabel(s, o.locale, o.thaiDigits)}`,
  ]).font = font
  const head = ws.addRow([...HEADINGS[o.locale]])
  head.font = { ...font, bold: true }
  for (const step of t.steps) {
    const first = ws.rowCount + 1
    step.measures.forEach((m, i) => {
      const row = ws.addRow([
        i === 0 ? step.step : null,
        i === 0 ? step.level : null,
        m,
        step.spanning ? (i === 0 ? step.results[0] : null) : step.results[i],
      ])
      row.font = font
      row.alignment = { vertical: 'top', wrapText: true }
    })
    const last = ws.rowCount
    if (last > first) {
      ws.mergeCells(first, 1, last, 1)
      ws.mergeCells(first, 2, last, 2)
      if (step.spanning) ws.mergeCells(first, 4, last, 4)
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}

const cell = (text: string, o: { bold?: boolean; merge?: 'restart' | 'continue'; width: number }) =>
  new TableCell({
    width: { size: o.width, type: WidthType.PERCENTAGE },
    ...(o.merge
      ? {
          verticalMerge:
            o.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
        }
      : {}),
    children: [
      new Paragraph({
        children: [new TextRun({ text, bold: o.bold ?? false, font: FONT, size: 28 })],
      }),
    ],
  })

const WIDTHS = [17, 9, 30, 44]

/** The report as a DOCX document: A4 landscape, the seed's table, merged step cells. */
export async function reportDocx(
  s: ReportSnapshot,
  o: { locale: Locale; thaiDigits: boolean },
): Promise<Buffer> {
  const t = reportTable(s, o)
  const rows = [
    new TableRow({
      tableHeader: true,
      children: HEADINGS[o.locale].map((h, i) =>
        cell(h, { bold: true, width: WIDTHS[i] as number }),
      ),
    }),
  ]
  for (const step of t.steps) {
    const many = step.measures.length > 1
    step.measures.forEach((m, i) => {
      const merge = many ? (i === 0 ? 'restart' : 'continue') : undefined
      const w = (k: number) => WIDTHS[k] as number
      rows.push(
        new TableRow({
          children: [
            cell(i === 0 ? step.step : '', { width: w(0), ...(merge ? { merge } : {}) }),
            cell(i === 0 ? step.level : '', { width: w(1), ...(merge ? { merge } : {}) }),
            cell(m, { width: w(2) }),
            step.spanning
              ? cell(i === 0 ? (step.results[0] ?? '') : '', {
                  width: w(3),
                  ...(merge ? { merge } : {}),
                })
              : cell(step.results[i] ?? '', { width: w(3) }),
          ],
        }),
      )
    })
  }
  const doc = new Document({
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: t.title, bold: true, font: FONT, size: 32 })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({
                text: `${o.locale === 'th' ? s.titleTh : s.titleEn} · ${periodLabel(s, o.locale, o.thaiDigits)}`,
                font: FONT,
                size: 28,
              }),
            ],
          }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
        ],
      },
    ],
  })
  return Packer.toBuffer(doc)
}
