import { sql, type Kysely } from 'kysely'
import type { DB, StatisticsTables } from '../../platform/db/schema.js'
import { monthSplit } from './figures.js'

// Every read of the public statistics: sums over the running tallies of migration 0035, which
// triggers keep equal to the COUNT over the raw rows. Dates are Asia/Bangkok calendar dates.

const stats = (db: Kysely<DB>) => db.withTables<StatisticsTables>()

export interface Range {
  from: string
  to: string
}

/** Registrations per period (day or month) and channel within the range. */
export async function registrationSeries(
  db: Kysely<DB>,
  range: Range,
  by: 'day' | 'month',
): Promise<{ period: string; channel: string; n: number }[]> {
  const period =
    by === 'day' ? sql<string>`to_char(day, 'YYYY-MM-DD')` : sql<string>`to_char(day, 'YYYY-MM')`
  const rows = await stats(db)
    .selectFrom('stat_registrations_daily')
    .select([period.as('period'), 'channel', sql<string>`sum(n)`.as('n')])
    .where('day', '>=', range.from)
    .where('day', '<=', range.to)
    .groupBy([sql`1`, 'channel'])
    .orderBy(sql`1`)
    .execute()
  return rows.map((r) => ({ period: r.period, channel: r.channel, n: Number(r.n) }))
}

/**
 * Registrations by party, kind and channel: within the range, and every one up to its end
 * (the cumulative count "as of" the last day).
 */
export async function registrationBreakdown(
  db: Kysely<DB>,
  range: Range,
): Promise<{ party: string; kind: string; channel: string; inRange: number; asOf: number }[]> {
  const rows = await stats(db)
    .selectFrom('stat_registrations_daily')
    .select([
      'party',
      'kind',
      'channel',
      sql<string>`coalesce(sum(n) FILTER (WHERE day >= ${range.from}::date), 0)`.as('in_range'),
      sql<string>`sum(n)`.as('as_of'),
    ])
    .where('day', '<=', range.to)
    .groupBy(['party', 'kind', 'channel'])
    .orderBy('party')
    .orderBy('kind')
    .orderBy('channel')
    .execute()
  return rows.map((r) => ({
    party: r.party,
    kind: r.kind,
    channel: r.channel,
    inRange: Number(r.in_range),
    asOf: Number(r.as_of),
  }))
}

/** Decisions of registrations within the range, by party, channel and outcome. */
export async function decisionCounts(
  db: Kysely<DB>,
  range: Range,
): Promise<{ party: string; channel: string; outcome: string; n: number }[]> {
  const rows = await stats(db)
    .selectFrom('stat_decisions_daily')
    .select(['party', 'channel', 'outcome', sql<string>`sum(n)`.as('n')])
    .where('day', '>=', range.from)
    .where('day', '<=', range.to)
    .groupBy(['party', 'channel', 'outcome'])
    .orderBy('party')
    .orderBy('channel')
    .orderBy('outcome')
    .execute()
  return rows.map((r) => ({ ...r, n: Number(r.n) }))
}

/** The rules refused decisions failed most often within the range (ties by the rule's name). */
export async function topRefusalRules(
  db: Kysely<DB>,
  range: Range,
  limit: number,
): Promise<{ rule: string; n: number }[]> {
  const rows = await stats(db)
    .selectFrom('stat_refusal_rules_daily')
    .select(['rule', sql<string>`sum(n)`.as('n')])
    .where('day', '>=', range.from)
    .where('day', '<=', range.to)
    .groupBy('rule')
    .having(sql`sum(n)`, '>', 0)
    .orderBy(sql`sum(n)`, 'desc')
    .orderBy('rule')
    .limit(limit)
    .execute()
  return rows.map((r) => ({ rule: r.rule, n: Number(r.n) }))
}

/**
 * The histogram of start-to-decision durations within the range, per party, buckets ascending:
 * whole months from the monthly table, the days around them from the daily one.
 */
export async function durationHistogram(
  db: Kysely<DB>,
  range: Range,
): Promise<{ party: string; bucket: number; n: number }[]> {
  const split = monthSplit(range)
  const daily = split.days.map((d) =>
    stats(db)
      .selectFrom('stat_decision_durations_daily')
      .select(['party', 'bucket', sql<string>`sum(n)`.as('n')])
      .where('day', '>=', d.from)
      .where('day', '<=', d.to)
      .groupBy(['party', 'bucket'])
      .execute(),
  )
  const monthly = split.months
    ? [
        stats(db)
          .selectFrom('stat_decision_durations_monthly')
          .select(['party', 'bucket', sql<string>`sum(n)`.as('n')])
          .where('month', '>=', split.months.from)
          .where('month', '<=', split.months.to)
          .groupBy(['party', 'bucket'])
          .execute(),
      ]
    : []
  const parts = await Promise.all([...daily, ...monthly])
  const sums = new Map<string, { party: string; bucket: number; n: number }>()
  for (const r of parts.flat()) {
    const key = `${r.party}|${r.bucket}`
    const had = sums.get(key)
    if (had) had.n += Number(r.n)
    else sums.set(key, { party: r.party, bucket: Number(r.bucket), n: Number(r.n) })
  }
  return [...sums.values()].sort((a, b) =>
    a.party === b.party ? a.bucket - b.bucket : a.party < b.party ? -1 : 1,
  )
}

/** Every counted day of the range by party, kind and channel (days with none are absent). */
export async function registrationRows(
  db: Kysely<DB>,
  range: Range,
): Promise<{ day: string; party: string; kind: string; channel: string; n: number }[]> {
  const rows = await stats(db)
    .selectFrom('stat_registrations_daily')
    .select([sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day'), 'party', 'kind', 'channel', 'n'])
    .where('day', '>=', range.from)
    .where('day', '<=', range.to)
    .where('n', '>', '0')
    .orderBy('day')
    .orderBy('party')
    .orderBy('kind')
    .orderBy('channel')
    .execute()
  return rows.map((r) => ({ ...r, n: Number(r.n) }))
}
