import { formatDate, formatNumber, type Locale } from '../../platform/time.js'
import type { StatisticsMessage } from './messages.js'

type M = (key: StatisticsMessage, params?: Record<string, string | number>) => string

const monthFormats = new Map<Locale, Intl.DateTimeFormat>()

/** A period label: a day (Buddhist Era in Thai) or a month (ม.ค. 2566 / Jan 2023). */
export function formatPeriod(period: string, locale: Locale): string {
  if (period.length === 10) return formatDate(period, locale, { style: 'medium' })
  let f = monthFormats.get(locale)
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'th' ? 'th-TH-u-ca-buddhist-nu-latn' : 'en-GB', {
      timeZone: 'UTC',
      month: 'short',
      year: 'numeric',
    })
    monthFormats.set(locale, f)
  }
  return f.format(new Date(`${period}-01T00:00:00Z`))
}

/** A whole count for people (7,522). */
export const count = (n: number, locale: Locale) => formatNumber(n, locale)

/** A percentage with two decimals, or a dash. */
export function percent(value: number | null, locale: Locale, m: M): string {
  return value === null ? m('none') : `${formatNumber(value, locale, { fractionDigits: 2 })} %`
}

/** A bucket's lower bound (seconds) in words: minutes, hours and minutes, or days and hours. */
export function duration(seconds: number | null, m: M): string {
  if (seconds === null) return m('none')
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return m('minutes', { n: minutes })
  const hours = Math.floor(minutes / 60)
  if (hours < 24)
    return minutes % 60 === 0
      ? m('hours', { h: hours })
      : m('hoursMinutes', { h: hours, m: minutes % 60 })
  const days = Math.floor(hours / 24)
  return hours % 24 === 0 ? m('days', { d: days }) : m('daysHours', { d: days, h: hours % 24 })
}
