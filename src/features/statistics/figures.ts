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
