import { stringify } from 'csv-stringify/sync'
import ExcelJS from 'exceljs'
import type { CampaignFigures } from './figures.js'

// A campaign's progress as files: the figures by unit, then every snapshot member with their
// snapshot unit, status and signature time. Cells that look like formulas are kept as text.

export interface ExportRow {
  unit_code: string
  staff_number: string
  title: string
  first_name: string
  last_name: string
  status: string
  signed_at: Date | null
}

const UNIT_HEAD = [
  'unit',
  'eligible',
  'signed',
  'not_signed',
  'leavers',
  'joiners',
  'joiners_signed',
  'percent',
]
const PEOPLE_HEAD = ['unit', 'staff_number', 'name', 'status', 'signed_at']

function unitRecords(f: CampaignFigures): (string | number)[][] {
  return [
    [
      'ALL',
      f.overall.eligible,
      f.overall.signed,
      f.overall.notSigned,
      f.overall.leavers,
      f.overall.joiners,
      f.overall.joinersSigned,
      f.overall.percent ?? '',
    ],
    ...f.units.map((u) => [
      u.code,
      u.eligible,
      u.signed,
      u.notSigned,
      u.leavers,
      u.joiners,
      u.joinersSigned,
      u.percent ?? '',
    ]),
  ]
}

function peopleRecords(rows: readonly ExportRow[]): string[][] {
  return rows.map((r) => [
    r.unit_code,
    r.staff_number,
    `${r.title}${r.first_name} ${r.last_name}`,
    r.status,
    r.signed_at ? r.signed_at.toISOString() : '',
  ])
}

/** The progress as CSV (UTF-8 with a BOM so spreadsheets read Thai): figures, a blank line, people. */
export function progressCsv(f: CampaignFigures, rows: readonly ExportRow[]): string {
  const opts = { bom: true, escape_formulas: true } as const
  return (
    stringify([UNIT_HEAD, ...unitRecords(f)], opts) +
    '\r\n' +
    stringify([PEOPLE_HEAD, ...peopleRecords(rows)], { escape_formulas: true })
  )
}

const safe = (v: string | number) => (typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v)

/** The progress as an XLSX workbook: a sheet of figures by unit, a sheet of people. */
export async function progressXlsx(
  f: CampaignFigures,
  rows: readonly ExportRow[],
): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const units = book.addWorksheet('units')
  units.addRow(UNIT_HEAD)
  for (const r of unitRecords(f)) units.addRow(r.map(safe))
  const people = book.addWorksheet('officers')
  people.addRow(PEOPLE_HEAD)
  for (const r of peopleRecords(rows)) people.addRow(r.map(safe))
  return Buffer.from(await book.xlsx.writeBuffer())
}
