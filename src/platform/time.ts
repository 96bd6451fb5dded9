/**
 * Business time. Instants are stored in UTC; every business date (statistics, deadlines,
 * windows) is an Asia/Bangkok calendar date, computed here and nowhere else.
 */
export const BUSINESS_TIME_ZONE = 'Asia/Bangkok'

export type Locale = 'th' | 'en'

const isoDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The Asia/Bangkok calendar date (YYYY-MM-DD) of an instant. */
export function businessDate(at: Date): string {
  return isoDateFormat.format(at)
}

/** The first instant of an Asia/Bangkok calendar date. Thailand has kept UTC+7 without DST since 1920. */
export function startOfBusinessDate(date: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`)
  const at = new Date(`${date}T00:00:00+07:00`)
  if (Number.isNaN(at.getTime()) || businessDate(at) !== date)
    throw new RangeError(`no such date: ${date}`)
  return at
}

/** Adds whole calendar days to a YYYY-MM-DD date. */
export function addBusinessDays(date: string, days: number): string {
  return businessDate(new Date(startOfBusinessDate(date).getTime() + days * 86_400_000))
}

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙'

/** Writes ASCII digits as Thai digits (๐–๙); other characters are left alone. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)] ?? d)
}

/** Writes Thai digits (๐–๙) as ASCII digits. */
export function fromThaiDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)))
}

export interface DateFormatOptions {
  /** Thai digits (๐–๙) instead of ASCII digits; Thai locale only. */
  thaiDigits?: boolean
  style?: 'long' | 'medium' | 'short'
}

function localeTag(locale: Locale, thaiDigits: boolean): string {
  if (locale === 'en') return 'en-GB'
  return thaiDigits ? 'th-TH-u-ca-buddhist-nu-thai' : 'th-TH-u-ca-buddhist-nu-latn'
}

// Building an Intl formatter costs ~50 µs and ICU memory that is freed late; pages format many
// dates, so each distinct formatter is built once.
const formatters = new Map<string, Intl.DateTimeFormat>()
const numberFormatters = new Map<string, Intl.NumberFormat>()

function dateFormatter(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag}|${JSON.stringify(options)}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(tag, options)
    formatters.set(key, f)
  }
  return f
}

function toInstant(value: Date | string): Date {
  return typeof value === 'string' ? startOfBusinessDate(value) : value
}

/** A date for people: Buddhist Era in Thai (25 มกราคม 2566), Gregorian in English. */
export function formatDate(
  value: Date | string,
  locale: Locale,
  opts: DateFormatOptions = {},
): string {
  return dateFormatter(localeTag(locale, opts.thaiDigits ?? false), {
    timeZone: BUSINESS_TIME_ZONE,
    dateStyle: opts.style ?? 'long',
  }).format(toInstant(value))
}

/**
 * A birth date as the civil registry holds it: DOPA writes 00 for a day or month nobody
 * recorded ('1950-00-00', '1987-05-00'), common for older Thai people. Shows what is known —
 * the full date, the month and year, or the year alone (Buddhist Era in Thai).
 */
export function formatBirthDate(value: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return value
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (month === 0) return String(locale === 'th' ? buddhistYear(year) : year)
  // A calendar date, not an instant: formatted in UTC, so that no time zone (Bangkok kept
  // local mean time until 1920) can move it.
  const at = new Date(Date.UTC(year, month - 1, day === 0 ? 1 : day))
  if (at.getUTCMonth() !== month - 1) return value
  const options: Intl.DateTimeFormatOptions =
    day === 0 ? { year: 'numeric', month: 'long' } : { dateStyle: 'long' }
  return dateFormatter(localeTag(locale, false), { timeZone: 'UTC', ...options }).format(at)
}

/** A date and time (Asia/Bangkok) for people. */
export function formatDateTime(value: Date, locale: Locale, opts: DateFormatOptions = {}): string {
  return dateFormatter(localeTag(locale, opts.thaiDigits ?? false), {
    timeZone: BUSINESS_TIME_ZONE,
    dateStyle: opts.style ?? 'long',
    timeStyle: 'short',
  }).format(value)
}

/** A number with grouping, in Thai digits when asked. */
export function formatNumber(
  value: number,
  locale: Locale,
  opts: { thaiDigits?: boolean; fractionDigits?: number } = {},
): string {
  const tag =
    locale === 'th' && opts.thaiDigits ? 'th-TH-u-nu-thai' : locale === 'th' ? 'th-TH' : 'en-GB'
  const digits = opts.fractionDigits ?? 0
  const key = `${tag}|${digits}`
  let f = numberFormatters.get(key)
  if (!f) {
    f = new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits })
    numberFormatters.set(key, f)
  }
  return f.format(value)
}

/** The Buddhist Era year of a Gregorian year. */
export function buddhistYear(gregorianYear: number): number {
  return gregorianYear + 543
}

/**
 * A date as people type it: day/month/year (also with - or .), the year in the Buddhist Era
 * (2569) or the Gregorian one (2026), Thai digits allowed; or ISO YYYY-MM-DD. Returns the ISO
 * date, or undefined for anything else, including dates that do not exist (31/2/2569).
 */
export function parseDateInput(input: string): string | undefined {
  const text = fromThaiDigits(input.normalize('NFC')).trim()
  let y: number, m: number, d: number
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text)
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text)
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
  else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])]
  else return undefined
  // Thai people write the Buddhist Era; no one registers anything in 1857 CE.
  if (y >= 2400) y -= 543
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** An ISO date written back into a form field: day/month/year, Buddhist Era in Thai. */
export function formatDateInput(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number)
  if (!y || !m || !d) return iso
  return `${d}/${m}/${locale === 'th' ? buddhistYear(y) : y}`
}
