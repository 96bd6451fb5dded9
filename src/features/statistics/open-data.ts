import { stringify } from 'csv-stringify/sync'
import { STATISTICS_PATHS } from './paths.js'
import type { Range, SatisfactionMonth, StatisticsFigures } from './statistics.service.js'

// The open data's files: a stable, documented schema (docs/open-data.md), no personal data.
// Bump SCHEMA_VERSION only with a new field at the end or a new file; never rename a field.

export const SCHEMA_VERSION = '1.0'

interface Field {
  name: string
  type: 'date' | 'string' | 'integer' | 'number' | 'boolean'
  th: string
  en: string
}

export const REGISTRATION_FIELDS: Field[] = [
  {
    name: 'date',
    type: 'date',
    th: 'วันที่ลงทะเบียน (เวลาประเทศไทย, YYYY-MM-DD ค.ศ.)',
    en: 'Registration date (Asia/Bangkok, YYYY-MM-DD)',
  },
  {
    name: 'party',
    type: 'string',
    th: 'ประเภทผู้ลงทะเบียน: person, company, unknown (ช่องทางเดิม)',
    en: 'Registrant: person, company, unknown (old channel)',
  },
  {
    name: 'kind',
    type: 'string',
    th: 'ประเภทการลงทะเบียน: importer_exporter, customs_broker',
    en: 'Registration: importer_exporter, customs_broker',
  },
  {
    name: 'channel',
    type: 'string',
    th: 'ช่องทาง: online, counter, legacy (Online Customs Registration เดิม)',
    en: 'Channel: online, counter, legacy (the old Online Customs Registration)',
  },
  {
    name: 'registrations',
    type: 'integer',
    th: 'จำนวนการลงทะเบียน (นับตรงจากบันทึก ไม่ปิดบัง)',
    en: 'Registrations (an exact count of the records, never suppressed)',
  },
]

export const SATISFACTION_FIELDS: Field[] = [
  {
    name: 'month',
    type: 'string',
    th: 'เดือนที่ตอบ (YYYY-MM ค.ศ.)',
    en: 'Month of the answers (YYYY-MM)',
  },
  {
    name: 'suppressed',
    type: 'boolean',
    th: 'true เมื่อผู้ตอบน้อยกว่า 5 ราย (ตัวเลขอื่นของแถวว่าง)',
    en: "true when fewer than 5 answered (the row's other figures are empty)",
  },
  { name: 'answered', type: 'integer', th: 'จำนวนผู้ตอบ', en: 'Answers' },
  { name: 'base', type: 'integer', th: 'ฐานของร้อยละ', en: 'Base of the percentage' },
  {
    name: 'top_two',
    type: 'integer',
    th: 'จำนวนที่ตอบมากหรือมากที่สุด',
    en: 'Satisfied or very satisfied',
  },
  {
    name: 'percent',
    type: 'number',
    th: 'ร้อยละ top_two / base (ทศนิยม 2 ตำแหน่ง)',
    en: 'top_two / base × 100 (2 decimals)',
  },
]

export interface RegistrationRow {
  day: string
  party: string
  kind: string
  channel: string
  n: number
}

/** registrations.csv: a header, then one line per day, party, kind and channel with any. */
export function registrationsCsv(rows: RegistrationRow[]): string {
  return stringify([
    REGISTRATION_FIELDS.map((f) => f.name),
    ...rows.map((r) => [r.day, r.party, r.kind, r.channel, r.n]),
  ])
}

/** registrations.json: the same rows with the range and the schema's version. */
export function registrationsJson(range: Range, rows: RegistrationRow[]) {
  return {
    schema_version: SCHEMA_VERSION,
    from: range.from,
    to: range.to,
    time_zone: 'Asia/Bangkok',
    rows: rows.map((r) => ({
      date: r.day,
      party: r.party,
      kind: r.kind,
      channel: r.channel,
      registrations: r.n,
    })),
  }
}

/** satisfaction.csv: months with fewer than 5 answers keep only their month and the flag. */
export function satisfactionCsv(months: (SatisfactionMonth & { suppressed: boolean })[]): string {
  return stringify([
    SATISFACTION_FIELDS.map((f) => f.name),
    ...months.map((s) =>
      s.suppressed
        ? [s.month, 'true', '', '', '', '']
        : [
            s.month,
            'false',
            s.answered,
            s.base,
            s.topTwo,
            s.percent === null ? '' : s.percent.toFixed(2),
          ],
    ),
  ])
}

/** summary.json: the page's figures for the range. */
export function summaryJson(f: StatisticsFigures) {
  return {
    schema_version: SCHEMA_VERSION,
    from: f.range.from,
    to: f.range.to,
    time_zone: 'Asia/Bangkok',
    registrations_in_range: f.inRange,
    registrations_as_of_to: f.asOf,
    online_importer_exporter_as_of_to: f.portalImporterExporterAsOf,
    decisions: {
      approved: f.decisions.approved,
      refused: f.decisions.refused,
      approval_percent: f.decisions.approvalPercent,
    },
    top_refusal_rules: f.refusalRules.map((r) => ({ rule: r.rule, refusals: r.n })),
    start_to_decision_seconds: Object.fromEntries(
      Object.entries(f.durations).map(([k, d]) => [
        k,
        { decided: d.decided, median_bucket: d.median, p90_bucket: d.p90 },
      ]),
    ),
    satisfaction_by_month: (f.satisfaction ?? []).map((s) =>
      s.suppressed
        ? { month: s.month, suppressed: true }
        : {
            month: s.month,
            suppressed: false,
            answered: s.answered,
            base: s.base,
            top_two: s.topTwo,
            percent: s.percent,
          },
    ),
  }
}

const tableSchema = (fields: Field[]) => ({
  fields: fields.map((f) => ({
    name: f.name,
    type: f.type,
    description: f.en,
    description_th: f.th,
  })),
})

/**
 * The dataset's metadata in the shape of CKAN's package_create (as data.go.th's catalogue
 * imports it): title, licence, update frequency, and each resource with its field definitions.
 */
export function ckanMetadata(publicBaseUrl: string) {
  const url = (path: string) => `${publicBaseUrl}${path}`
  return {
    name: 'customs-trader-portal-registration-statistics',
    title: 'สถิติการลงทะเบียนผู้นำเข้า/ส่งออกและตัวแทนออกของ (Customs Trader Portal)',
    title_en:
      'Importer/exporter and customs broker registration statistics (Customs Trader Portal)',
    notes:
      'จำนวนการลงทะเบียนรายวันตามประเภทผู้ลงทะเบียน ประเภทการลงทะเบียน และช่องทาง รวมช่องทางเดิม (Online Customs Registration) และความพึงพอใจรายเดือน นับจากบันทึกของระบบ ไม่มีข้อมูลส่วนบุคคล',
    notes_en:
      "Daily registrations by registrant, registration and channel, including the old Online Customs Registration channel, and monthly satisfaction, counted from the system's records. No personal data.",
    license_id: 'cc-by',
    license_title: 'Creative Commons Attribution 4.0',
    license_url: 'https://creativecommons.org/licenses/by/4.0/',
    organization: 'thai-customs',
    url: url(STATISTICS_PATHS.page),
    version: SCHEMA_VERSION,
    language: 'th,en',
    tags: [
      { name: 'ศุลกากร' },
      { name: 'customs' },
      { name: 'registration' },
      { name: 'statistics' },
    ],
    extras: [
      { key: 'update_frequency', value: 'daily' },
      { key: 'update_frequency_unit', value: 'วัน' },
      { key: 'update_frequency_interval', value: '1' },
      { key: 'time_zone', value: 'Asia/Bangkok' },
      { key: 'personal_data', value: 'none' },
      { key: 'suppression', value: 'satisfaction months with fewer than 5 answers' },
    ],
    resources: [
      {
        name: 'registrations.csv',
        description:
          'Registrations by day, party, kind and channel (?from=YYYY-MM-DD&to=YYYY-MM-DD)',
        format: 'CSV',
        mimetype: 'text/csv',
        url: url(STATISTICS_PATHS.registrationsCsv),
        schema: tableSchema(REGISTRATION_FIELDS),
      },
      {
        name: 'registrations.json',
        description: 'The same rows as JSON, with the range',
        format: 'JSON',
        mimetype: 'application/json',
        url: url(STATISTICS_PATHS.registrationsJson),
        schema: tableSchema(REGISTRATION_FIELDS),
      },
      {
        name: 'summary.json',
        description: "The statistics page's figures for the range (docs/open-data.md)",
        format: 'JSON',
        mimetype: 'application/json',
        url: url(STATISTICS_PATHS.summaryJson),
      },
      {
        name: 'satisfaction.csv',
        description: 'Satisfaction (top two levels) by month; months under 5 answers suppressed',
        format: 'CSV',
        mimetype: 'text/csv',
        url: url(STATISTICS_PATHS.satisfactionCsv),
        schema: tableSchema(SATISFACTION_FIELDS),
      },
    ],
  }
}
