import type { BusinessDate, GeneratedTimestamp } from './columns.js'

// Public statistics (migration 0035): the old channel's imported rows and the running tallies
// that triggers keep in the same transaction as the rows they count.

export type StatParty = 'person' | 'company'
export type StatKind = 'importer_exporter' | 'customs_broker'
/** 'legacy': the old "Online Customs Registration" channel's imported rows. */
export type StatChannel = 'online' | 'counter' | 'legacy'

export interface LegacyImportsTable {
  id: string
  officer_id: string
  file_name: string
  file_sha256: string
  rows_read: number
  rows_added: number
  rows_known: number
  imported_at: GeneratedTimestamp
}

export interface LegacyRegistrationsTable {
  key: string
  registered_on: BusinessDate
  kind: StatKind
  import_id: string
}

// Counts are bigint: the drivers read them as strings.
export interface StatRegistrationsDailyTable {
  day: BusinessDate
  party: StatParty | 'unknown'
  kind: StatKind
  channel: StatChannel
  n: string
}

export interface StatDecisionsDailyTable {
  day: BusinessDate
  party: StatParty
  channel: 'online' | 'counter'
  outcome: 'approved' | 'refused'
  n: string
}

export interface StatRefusalRulesDailyTable {
  day: BusinessDate
  party: StatParty
  rule: string
  n: string
}

export interface StatDecisionDurationsDailyTable {
  day: BusinessDate
  party: StatParty
  channel: 'online' | 'counter'
  /** The lower bound of the duration's bucket, in seconds (stat_duration_bucket). */
  bucket: number
  n: string
}

/** The same histogram by month (migration 0036): `month` is the month's first day. */
export interface StatDecisionDurationsMonthlyTable {
  month: BusinessDate
  party: StatParty
  channel: 'online' | 'counter'
  bucket: number
  n: string
}

// A type alias, not an interface: withTables() needs the implicit index signature.
/** The statistics' tables, added to the DB type with db.withTables<StatisticsTables>(). */
export type StatisticsTables = {
  legacy_imports: LegacyImportsTable
  legacy_registrations: LegacyRegistrationsTable
  stat_registrations_daily: StatRegistrationsDailyTable
  stat_decisions_daily: StatDecisionsDailyTable
  stat_refusal_rules_daily: StatRefusalRulesDailyTable
  stat_decision_durations_daily: StatDecisionDurationsDailyTable
  stat_decision_durations_monthly: StatDecisionDurationsMonthlyTable
}
