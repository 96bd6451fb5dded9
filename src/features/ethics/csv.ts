/**
 * A small RFC 4180 reader for the HR exports: quoted fields may hold commas, quotes ("") and
 * line breaks; each record keeps the line it started on, so a rejected row is reported where
 * the file's author will find it. A UTF-8 byte-order mark is dropped.
 */
export interface CsvRecord {
  line: number
  fields: string[]
}

/** The records of a CSV text; blank lines are skipped. Throws on an unterminated quote. */
export function readCsv(text: string): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const out: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let start = 1
  let any = false
  const endRecord = () => {
    fields.push(field)
    if (any || fields.length > 1 || field !== '') out.push({ line: start, fields })
    fields = []
    field = ''
    any = false
  }
  for (let i = 0; i < src.length; i++) {
    const c = src[i]
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else {
        if (c === '\n') line++
        field += c
      }
      continue
    }
    if (c === '"') {
      quoted = true
      any = true
    } else if (c === ',') {
      fields.push(field)
      field = ''
      any = true
    } else if (c === '\r' && src[i + 1] === '\n') {
      continue
    } else if (c === '\n' || c === '\r') {
      endRecord()
      line++
      start = line
    } else {
      field += c
    }
  }
  if (quoted) throw new CsvSyntaxError(start)
  if (field !== '' || fields.length > 0 || any) endRecord()
  return out
}

/** A quote opened and never closed: the record starting at this line runs to the end. */
export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError'
  constructor(readonly line: number) {
    super(`unterminated quoted field starting at line ${line}`)
  }
}
