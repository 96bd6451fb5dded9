import { businessDate, type Locale } from '../../platform/time.js'

/** The Asia/Bangkok month (YYYY-MM) of an instant. */
export function monthOf(at: Date): string {
  return businessDate(at).slice(0, 7)
}

/**
 * Every month from the month of `from` to the month of `to` (YYYY-MM-DD dates, Asia/Bangkok),
 * at most `limit` of them. Answers are kept by month only, so a date range counts whole months.
 */
export function monthsBetween(from: string, to: string, limit = 240): string[] {
  let [y, m] = from.split('-').map(Number) as [number, number]
  const [ty, tm] = to.split('-').map(Number) as [number, number]
  const out: string[] = []
  while ((y < ty || (y === ty && m <= tm)) && out.length < limit) {
    out.push(`${y}-${String(m).padStart(2, '0')}`)
    m += 1
    if (m > 12) {
      m = 1
      y += 1
    }
  }
  return out
}

/** The first and last date of a month. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` }
}

const monthFormatters = new Map<string, Intl.DateTimeFormat>()

/** A month for people: "ธันวาคม 2565" (Buddhist Era) or "December 2022". */
export function formatMonth(month: string, locale: Locale, short = false): string {
  const key = `${locale}|${short}`
  let f = monthFormatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'th' ? 'th-TH-u-ca-buddhist-nu-latn' : 'en-GB', {
      timeZone: 'UTC',
      year: 'numeric',
      month: short ? 'short' : 'long',
    })
    monthFormatters.set(key, f)
  }
  const [y, m] = month.split('-').map(Number) as [number, number]
  return f.format(new Date(Date.UTC(y, m - 1, 15)))
}
