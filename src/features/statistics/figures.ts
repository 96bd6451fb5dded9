// Pure computations over counted rows: percentiles from a histogram, channel totals, periods.

/**
 * The percentile of a histogram, as PostgreSQL's percentile_disc computes it over the raw values:
 * the first value whose position in the ordering reaches ceil(p × N). Buckets ascending.
 */
export function percentileOf(
  buckets: readonly { bucket: number; n: number }[],
  p: number,
): number | null {
  const total = buckets.reduce((s, b) => s + b.n, 0)
  if (total === 0) return null
  const wanted = Math.max(1, Math.ceil(p * total))
  let seen = 0
  for (const b of buckets) {
    seen += b.n
    if (seen >= wanted) return b.bucket
  }
  return buckets[buckets.length - 1]?.bucket ?? null
}

/** Every day (YYYY-MM-DD) or month (YYYY-MM) from the range's first to its last. */
export function periodsOf(range: { from: string; to: string }, by: 'day' | 'month'): string[] {
  const out: string[] = []
  if (by === 'month') {
    let [y, m] = range.from.split('-').map(Number) as [number, number]
    const end = range.to.slice(0, 7)
    for (;;) {
      const key = `${y}-${String(m).padStart(2, '0')}`
      out.push(key)
      if (key >= end) break
      m += 1
      if (m > 12) [y, m] = [y + 1, 1]
    }
    return out
  }
  const start = Date.parse(`${range.from}T00:00:00Z`)
  const end = Date.parse(`${range.to}T00:00:00Z`)
  for (let t = start; t <= end; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10))
  return out
}

/** The whole days from one date to another, both counted. */
export function daysIn(range: { from: string; to: string }): number {
  return (
    (Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / 86_400_000 + 1
  )
}

/**
 * A range cut into whole calendar months (first days, inclusive) and the days around them, so a
 * sum reads the monthly table for the months and the daily one for the rest.
 */
export function monthSplit(range: { from: string; to: string }): {
  months: { from: string; to: string } | null
  days: { from: string; to: string }[]
} {
  const day = (t: number) => new Date(t).toISOString().slice(0, 10)
  const [fy, fm, fd] = range.from.split('-').map(Number) as [number, number, number]
  const [ty, tm, td] = range.to.split('-').map(Number) as [number, number, number]
  const firstFull = fd === 1 ? Date.UTC(fy, fm - 1, 1) : Date.UTC(fy, fm, 1)
  const lastDayOfToMonth = new Date(Date.UTC(ty, tm, 0)).getUTCDate()
  // The first day of the month after the last whole month.
  const afterFull = td === lastDayOfToMonth ? Date.UTC(ty, tm, 1) : Date.UTC(ty, tm - 1, 1)
  if (afterFull <= firstFull) return { months: null, days: [range] }
  const days: { from: string; to: string }[] = []
  if (day(firstFull) > range.from) days.push({ from: range.from, to: day(firstFull - 86_400_000) })
  if (day(afterFull) <= range.to) days.push({ from: day(afterFull), to: range.to })
  const lastMonth = new Date(afterFull)
  lastMonth.setUTCMonth(lastMonth.getUTCMonth() - 1)
  return { months: { from: day(firstFull), to: day(lastMonth.getTime()) }, days }
}
