import { parseDateInput } from '../../platform/time.js'
import { EARLIEST } from './statistics.schema.js'

// The old channel's CSV, read line by line: date, type, a pseudonymous key. Each bad line is
// reported with its number and the reason; the caller imports nothing if any line is bad.

export type LegacyKind = 'importer_exporter' | 'customs_broker'

export interface LegacyRow {
  line: number
  date: string
  kind: LegacyKind
  key: string
}

export type RejectReason =
  | 'encoding'
  | 'empty'
  | 'tooMany'
  | 'header'
  | 'fields'
  | 'quotes'
  | 'date.invalid'
  | 'date.future'
  | 'date.tooEarly'
  | 'type.invalid'
  | 'key.invalid'
  | 'key.nationalId'
  | 'key.repeated'
  | 'key.conflict'

export interface Rejection {
  line: number
  reason: RejectReason
  params?: Record<string, string | number>
}

/** The most rows one file may hold. */
export const MAX_ROWS = 200_000

const TYPES: Record<string, LegacyKind> = {
  importer_exporter: 'importer_exporter',
  customs_broker: 'customs_broker',
  'ผู้นำเข้า/ส่งออก': 'importer_exporter',
  ตัวแทนออกของ: 'customs_broker',
}

/** One CSV line's fields (quotes as RFC 4180 within the line), or null when a quote is open. */
export function splitCsvLine(line: string): string[] | null {
  const out: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"' && field === '') quoted = true
    else if (c === ',') {
      out.push(field)
      field = ''
    } else field += c
  }
  if (quoted) return null
  out.push(field)
  return out.map((f) => f.trim())
}

/**
 * Reads the file's text: the header `date,type,key`, then one registration a line. Blank lines
 * are skipped; a key seen twice in the file is refused on its second line.
 */
export function readLegacyCsv(
  text: string,
  today: string,
): { rows: LegacyRow[]; rejections: Rejection[]; lines: number } {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/)
  const rows: LegacyRow[] = []
  const rejections: Rejection[] = []
  const header = splitCsvLine(lines[0] ?? '')?.map((h) => h.toLowerCase())
  if (header?.join(',') !== 'date,type,key') {
    rejections.push({ line: 1, reason: 'header' })
    return { rows, rejections, lines: lines.length }
  }
  const seen = new Map<string, number>()
  let counted = 1
  for (let i = 1; i < lines.length; i++) {
    const raw = (lines[i] ?? '').normalize('NFC')
    if (raw.trim() === '') continue
    counted = i + 1
    const line = i + 1
    const fields = splitCsvLine(raw)
    if (!fields) {
      rejections.push({ line, reason: 'quotes' })
      continue
    }
    if (fields.length !== 3) {
      rejections.push({ line, reason: 'fields', params: { found: fields.length } })
      continue
    }
    const [dateText, typeText, key] = fields as [string, string, string]
    const date = parseDateInput(dateText)
    const kind = TYPES[typeText.toLowerCase()] ?? TYPES[typeText]
    if (date === undefined) rejections.push({ line, reason: 'date.invalid' })
    else if (date > today) rejections.push({ line, reason: 'date.future' })
    else if (date < EARLIEST) rejections.push({ line, reason: 'date.tooEarly' })
    if (!kind) rejections.push({ line, reason: 'type.invalid' })
    if (/^\d{13}$/.test(key.replace(/[\s-]/g, '')))
      rejections.push({ line, reason: 'key.nationalId' })
    else if (!/^[A-Za-z0-9_-]{6,64}$/.test(key)) rejections.push({ line, reason: 'key.invalid' })
    else {
      const first = seen.get(key)
      if (first !== undefined) rejections.push({ line, reason: 'key.repeated', params: { first } })
      else seen.set(key, line)
    }
    if (rejections.at(-1)?.line === line) continue
    rows.push({ line, date: date as string, kind: kind as LegacyKind, key })
  }
  return { rows, rejections, lines: counted }
}
