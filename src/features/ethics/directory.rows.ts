import { createHash } from 'node:crypto'
import type { StaffStatus, UnitKind } from '../../platform/db/schema.js'
import { CsvSyntaxError, readCsv, type CsvRecord } from './csv.js'

// The two HR files, checked row by row before anything is written. A file with any rejected
// row imports nothing: its author fixes the lines named and uploads it again.

/** Why a row (or the file) was rejected: a message key of directory.messages.ts's 'problem.*'. */
export type ProblemCode =
  | 'file.empty'
  | 'file.quote'
  | 'file.column'
  | 'row.columns'
  | 'value.required'
  | 'value.format'
  | 'value.duplicate'
  | 'unit.unknown'
  | 'unit.kind'
  | 'unit.cycle'
  | 'status.unknown'
  | 'date.invalid'
  | 'email.invalid'

export interface RowProblem {
  line: number
  column: string
  code: ProblemCode
}

export interface UnitRow {
  code: string
  nameTh: string
  nameEn: string
  parentCode: string | null
  kind: UnitKind
}

export interface StaffRow {
  staffNumber: string
  title: string
  firstName: string
  lastName: string
  position: string
  unitCode: string
  email: string | null
  status: StaffStatus
  startDate: string
  sha256: string
  line: number
}

export const UNIT_COLUMNS = ['code', 'name_th', 'name_en', 'parent_code', 'kind'] as const
export const STAFF_COLUMNS = [
  'staff_number',
  'title',
  'first_name',
  'last_name',
  'position',
  'unit_code',
  'unit_name',
  'email',
  'employment_status',
  'start_date',
] as const

const UNIT_KINDS: Record<string, UnitKind> = {
  department: 'department',
  bureau: 'bureau',
  division: 'division',
  office: 'office',
  customs_house: 'customs_house',
  กรม: 'department',
  สำนัก: 'bureau',
  กอง: 'division',
  ส่วน: 'office',
  ด่านศุลกากร: 'customs_house',
}

const STATUSES: Record<string, StaffStatus> = {
  active: 'active',
  on_leave: 'on_leave',
  left: 'left',
  ปฏิบัติงาน: 'active',
  ลา: 'on_leave',
  พ้นสภาพ: 'left',
}

type Table<C extends string> = { line: number; get: (c: C) => string }[]

/** The file's records keyed by the header's column names (any order, any case). */
function table<C extends string>(
  text: string,
  columns: readonly C[],
  problems: RowProblem[],
): Table<C> {
  let records: CsvRecord[]
  try {
    records = readCsv(text)
  } catch (err) {
    if (err instanceof CsvSyntaxError) {
      problems.push({ line: err.line, column: '', code: 'file.quote' })
      return []
    }
    throw err
  }
  const [header, ...rows] = records
  if (!header) {
    problems.push({ line: 1, column: '', code: 'file.empty' })
    return []
  }
  const names = header.fields.map((f) => f.trim().toLowerCase())
  const index = new Map<C, number>()
  for (const c of columns) {
    const i = names.indexOf(c)
    if (i < 0) problems.push({ line: header.line, column: c, code: 'file.column' })
    else index.set(c, i)
  }
  if (problems.length > 0) return []
  const out: Table<C> = []
  for (const r of rows) {
    if (r.fields.length !== header.fields.length) {
      problems.push({ line: r.line, column: '', code: 'row.columns' })
      continue
    }
    out.push({
      line: r.line,
      get: (c) => clean(r.fields[index.get(c) ?? -1] ?? ''),
    })
  }
  return out
}

/** NFC (never NFKC: it splits Thai ำ), no control or zero-width characters, trimmed. */
function clean(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\p{Cc}\u200b-\u200d\ufeff]/gu, '')
    .trim()
}

function required(
  row: { line: number; get: (c: never) => string },
  value: string,
  column: string,
  max: number,
  problems: RowProblem[],
): string {
  if (value === '') problems.push({ line: row.line, column, code: 'value.required' })
  else if ([...value].length > max) problems.push({ line: row.line, column, code: 'value.format' })
  return value
}

const CODE = /^[A-Z0-9][A-Z0-9._-]{0,19}$/

/** The units file: each row checked, every parent known (in the file or already) and no cycle. */
export function parseUnits(
  text: string,
  existing: ReadonlyMap<string, string | null>,
): { rows: UnitRow[]; problems: RowProblem[] } {
  const problems: RowProblem[] = []
  const rows: (UnitRow & { line: number })[] = []
  const seen = new Map<string, number>()
  for (const r of table(text, UNIT_COLUMNS, problems)) {
    const before = problems.length
    const code = r.get('code').toUpperCase()
    if (!CODE.test(code)) problems.push({ line: r.line, column: 'code', code: 'value.format' })
    else if (seen.has(code))
      problems.push({ line: r.line, column: 'code', code: 'value.duplicate' })
    const nameTh = required(r, r.get('name_th'), 'name_th', 200, problems)
    const nameEn = required(r, r.get('name_en'), 'name_en', 200, problems)
    const parentRaw = r.get('parent_code').toUpperCase()
    if (parentRaw !== '' && (!CODE.test(parentRaw) || parentRaw === code))
      problems.push({ line: r.line, column: 'parent_code', code: 'value.format' })
    const kind = UNIT_KINDS[r.get('kind').toLowerCase()]
    if (!kind) problems.push({ line: r.line, column: 'kind', code: 'unit.kind' })
    seen.set(code, r.line)
    if (problems.length === before && kind)
      rows.push({ code, nameTh, nameEn, parentCode: parentRaw || null, kind, line: r.line })
  }
  // The tree after the import: the file's parents over the ones already stored.
  const parent = new Map(existing)
  for (const u of rows) parent.set(u.code, u.parentCode)
  for (const u of rows) {
    if (u.parentCode !== null && !parent.has(u.parentCode)) {
      problems.push({ line: u.line, column: 'parent_code', code: 'unit.unknown' })
      continue
    }
    const path = new Set([u.code])
    for (let p = u.parentCode; p !== null && p !== undefined; p = parent.get(p) ?? null) {
      if (path.has(p)) {
        problems.push({ line: u.line, column: 'parent_code', code: 'unit.cycle' })
        break
      }
      path.add(p)
    }
  }
  problems.sort((a, b) => a.line - b.line)
  return {
    rows: rows.map((u) => ({
      code: u.code,
      nameTh: u.nameTh,
      nameEn: u.nameEn,
      parentCode: u.parentCode,
      kind: u.kind,
    })),
    problems,
  }
}

/** A date as YYYY-MM-DD; a Buddhist-Era year (after 2400) is turned into the Gregorian one. */
export function parseHrDate(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return undefined
  const year = Number(m[1]) > 2400 ? Number(m[1]) - 543 : Number(m[1])
  const iso = `${String(year).padStart(4, '0')}-${m[2]}-${m[3]}`
  const d = new Date(`${iso}T00:00:00Z`)
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? undefined : iso
}

const STAFF_NUMBER = /^[0-9A-Z]{3,12}$/
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/

/** The officers file: each row checked, its unit known, each staff number once. */
export function parseStaff(
  text: string,
  units: ReadonlySet<string>,
): { rows: StaffRow[]; problems: RowProblem[] } {
  const problems: RowProblem[] = []
  const rows: StaffRow[] = []
  const seen = new Set<string>()
  for (const r of table(text, STAFF_COLUMNS, problems)) {
    const before = problems.length
    const staffNumber = r.get('staff_number').toUpperCase()
    if (!STAFF_NUMBER.test(staffNumber))
      problems.push({ line: r.line, column: 'staff_number', code: 'value.format' })
    else if (seen.has(staffNumber))
      problems.push({ line: r.line, column: 'staff_number', code: 'value.duplicate' })
    seen.add(staffNumber)
    const title = required(r, r.get('title'), 'title', 60, problems)
    const firstName = required(r, r.get('first_name'), 'first_name', 100, problems)
    const lastName = required(r, r.get('last_name'), 'last_name', 100, problems)
    const position = required(r, r.get('position'), 'position', 200, problems)
    const unitCode = r.get('unit_code').toUpperCase()
    if (!units.has(unitCode))
      problems.push({ line: r.line, column: 'unit_code', code: 'unit.unknown' })
    const emailRaw = r.get('email').toLowerCase()
    if (emailRaw !== '' && (!EMAIL.test(emailRaw) || emailRaw.length > 254))
      problems.push({ line: r.line, column: 'email', code: 'email.invalid' })
    const status = STATUSES[r.get('employment_status').toLowerCase()]
    if (!status)
      problems.push({ line: r.line, column: 'employment_status', code: 'status.unknown' })
    const startDate = parseHrDate(r.get('start_date'))
    if (!startDate) problems.push({ line: r.line, column: 'start_date', code: 'date.invalid' })
    if (problems.length > before || !status || !startDate) continue
    const email = emailRaw === '' ? null : emailRaw
    const fields = [staffNumber, title, firstName, lastName, position, unitCode, email ?? '']
    const sha256 = createHash('sha256')
      .update(JSON.stringify([...fields, status, startDate]))
      .digest('hex')
    rows.push({
      staffNumber,
      title,
      firstName,
      lastName,
      position,
      unitCode,
      email,
      status,
      startDate,
      sha256,
      line: r.line,
    })
  }
  return { rows, problems }
}
