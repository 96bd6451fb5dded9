import { formatDate, formatNumber, toThaiDigits, type Locale } from '../../platform/time.js'

// Indicator values and the result templates they fill. A value is typed (a count, a percentage,
// a date, a text or a link) so that each output writes it in its language and digits; an
// indicator whose source gives nothing is `null` and prints as "no data" — never a number.

export type Field =
  | { type: 'count'; value: number }
  | { type: 'percent'; value: number }
  | { type: 'date'; value: string }
  | { type: 'text'; th: string; en: string }
  | { type: 'url'; value: string }

/** An indicator's fields (the first is its main value), or null: no data. */
export type IndicatorValue = { main: string; fields: Record<string, Field> } | null

export type Values = Record<string, IndicatorValue>

export interface WriteOptions {
  locale: Locale
  thaiDigits: boolean
}

export const NO_DATA = { th: 'ไม่มีข้อมูล', en: 'no data' } as const

/** A field as people read it. */
export function writeField(f: Field, o: WriteOptions): string {
  const digits = o.locale === 'th' && o.thaiDigits
  switch (f.type) {
    case 'count':
      return formatNumber(f.value, o.locale, { thaiDigits: digits })
    case 'percent':
      return formatNumber(f.value, o.locale, { thaiDigits: digits, fractionDigits: 2 })
    case 'date':
      return formatDate(f.value, o.locale, { thaiDigits: digits })
    case 'text': {
      const text = o.locale === 'th' ? f.th : f.en
      return digits ? toThaiDigits(text) : text
    }
    case 'url':
      return f.value
  }
}

const PLACEHOLDER = /\{([a-z][a-zA-Z0-9]{0,30})(?:\.([a-zA-Z]{1,30}))?\}/g

/** The placeholders a template names: [key, field?]. */
export function placeholders(template: string): { key: string; field?: string }[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => ({ key: m[1] as string, field: m[2] }))
}

/**
 * A result template filled from the values: {key} is the indicator's main value, {key.field}
 * one of its fields; an unknown indicator or one without data writes "no data". The typed text
 * is kept exactly (never normalised); with Thai digits on, its digits are written in Thai too
 * (links excepted).
 */
export function fillTemplate(template: string, values: Values, o: WriteOptions): string {
  let out = ''
  let last = 0
  for (const m of template.matchAll(PLACEHOLDER)) {
    out += digitsOf(template.slice(last, m.index), o)
    const v = values[m[1] as string]
    const f = v ? v.fields[m[2] ?? v.main] : undefined
    out += f ? writeField(f, o) : NO_DATA[o.locale]
    last = m.index + m[0].length
  }
  return out + digitsOf(template.slice(last), o)
}

/** Thai digits for the parts of a typed text that are numbers (step and measure numbering). */
export function digitsOf(text: string, o: WriteOptions): string {
  return o.locale === 'th' && o.thaiDigits ? toThaiDigits(text) : text
}
