import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { figuresRounding, percentOf, readSetting } from '../settings/index.js'
import { percentileOf, periodsOf } from './figures.js'
import {
  decisionCounts,
  durationHistogram,
  registrationBreakdown,
  registrationSeries,
  topRefusalRules,
  type Range,
} from './statistics.repository.js'

export type { Range } from './statistics.repository.js'

export const CHANNELS = ['online', 'counter', 'legacy'] as const
export type Channel = (typeof CHANNELS)[number]
export const PARTIES = ['person', 'company', 'unknown'] as const
export type Party = (typeof PARTIES)[number]
export const KINDS = ['importer_exporter', 'customs_broker'] as const
export type Kind = (typeof KINDS)[number]

/** A survey month's top-2-box as the survey feature gives it. */
export interface SatisfactionMonth {
  month: string
  answered: number
  topTwo: number
  base: number
  percent: number | null
}
/** Where the satisfaction figures come from (the survey feature), if anywhere yet. */
export type SatisfactionSource = (db: Kysely<DB>, range: Range) => Promise<SatisfactionMonth[]>

/** Survey breakdowns with fewer answers than this are not published. */
export const MIN_ANSWERS = 5

export interface Durations {
  decided: number
  /** Lower bounds of the buckets (seconds) holding the median and the 90th percentile. */
  median: number | null
  p90: number | null
}

export interface BreakdownRow {
  party: Party
  kind: Kind
  channel: Channel
  inRange: number
  asOf: number
}

export interface StatisticsFigures {
  range: Range
  by: 'day' | 'month'
  periods: string[]
  /** Registrations per period, one array per channel in the order of `periods`. */
  series: Record<Channel, number[]>
  breakdown: BreakdownRow[]
  inRange: Record<Channel, number>
  asOf: Record<Channel, number>
  /** Importer/exporter registrations through the portal online up to the range's last day. */
  portalImporterExporterAsOf: number
  decisions: { approved: number; refused: number; approvalPercent: number | null }
  refusalRules: { rule: string; n: number }[]
  durations: Record<'all' | 'person' | 'company', Durations>
  /** Null while the survey has no figures to give; months under MIN_ANSWERS are suppressed. */
  satisfaction: (SatisfactionMonth & { suppressed: boolean })[] | null
}

const zero = (): Record<Channel, number> => ({ online: 0, counter: 0, legacy: 0 })

function durationsOf(buckets: { bucket: number; n: number }[]): Durations {
  return {
    decided: buckets.reduce((s, b) => s + b.n, 0),
    median: percentileOf(buckets, 0.5),
    p90: percentileOf(buckets, 0.9),
  }
}

/** Adds histograms bucket by bucket (ascending). */
function merged(rows: { bucket: number; n: number }[]): { bucket: number; n: number }[] {
  const m = new Map<number, number>()
  for (const r of rows) m.set(r.bucket, (m.get(r.bucket) ?? 0) + r.n)
  return [...m].sort((a, b) => a[0] - b[0]).map(([bucket, n]) => ({ bucket, n }))
}

/** Suppresses months with too few answers: their counts and percentage are not published. */
export function suppressSmall(
  months: SatisfactionMonth[],
): (SatisfactionMonth & { suppressed: boolean })[] {
  return months.map((m) =>
    m.answered < MIN_ANSWERS
      ? { month: m.month, answered: 0, topTwo: 0, base: 0, percent: null, suppressed: true }
      : { ...m, suppressed: false },
  )
}

/** The public figures of a date range, computed from the running tallies (exact counts). */
export async function statisticsFor(
  db: Kysely<DB>,
  range: Range,
  by: 'day' | 'month',
  satisfaction?: SatisfactionSource,
): Promise<StatisticsFigures> {
  const [series, breakdown, decisions, rules, histogram, rounding, survey] = await Promise.all([
    registrationSeries(db, range, by),
    registrationBreakdown(db, range),
    decisionCounts(db, range),
    topRefusalRules(db, range, 5),
    durationHistogram(db, range),
    readSetting(db, figuresRounding),
    satisfaction ? satisfaction(db, range) : Promise.resolve(null),
  ])
  const periods = periodsOf(range, by)
  const index = new Map(periods.map((p, i) => [p, i]))
  const perChannel = {} as Record<Channel, number[]>
  for (const c of CHANNELS) perChannel[c] = periods.map(() => 0)
  for (const r of series) {
    const i = index.get(r.period)
    const row = perChannel[r.channel as Channel]
    if (i !== undefined && row) row[i] = (row[i] ?? 0) + r.n
  }
  const inRange = zero()
  const asOf = zero()
  let portalImporterExporterAsOf = 0
  for (const r of breakdown) {
    inRange[r.channel as Channel] += r.inRange
    asOf[r.channel as Channel] += r.asOf
    if (r.channel === 'online' && r.kind === 'importer_exporter')
      portalImporterExporterAsOf += r.asOf
  }
  const approved = decisions.filter((d) => d.outcome === 'approved').reduce((s, d) => s + d.n, 0)
  const refused = decisions.filter((d) => d.outcome === 'refused').reduce((s, d) => s + d.n, 0)
  return {
    range,
    by,
    periods,
    series: perChannel,
    breakdown: breakdown as BreakdownRow[],
    inRange,
    asOf,
    portalImporterExporterAsOf,
    decisions: {
      approved,
      refused,
      approvalPercent: percentOf(approved, approved + refused, 2, rounding),
    },
    refusalRules: rules,
    durations: {
      all: durationsOf(merged(histogram)),
      person: durationsOf(histogram.filter((h) => h.party === 'person')),
      company: durationsOf(histogram.filter((h) => h.party === 'company')),
    },
    satisfaction: survey ? suppressSmall(survey) : null,
  }
}
