import type { Kysely } from 'kysely'
import { z } from 'zod'
import type { DB } from '../../platform/db/schema.js'
import type { RiskMetric } from '../../platform/db/schema/risk.js'
import { addBusinessDays, businessDate, startOfBusinessDate } from '../../platform/time.js'
import { listVersions } from '../documents/index.js'
import { campaignFigures } from '../ethics/index.js'
import { ticketFigures } from '../help-desk/index.js'
import { figuresRounding, percentOf, readSetting } from '../settings/index.js'
import { satisfactionByMonth } from '../survey/index.js'
import { campaignWindow, registrationsAsOf } from './metrics.repository.js'
import type { IndicatorValue, Values } from './values.js'

// The live metrics an indicator can be bound to, each with its parameters (checked by zod), and
// their computation from the records through the owning features. A metric whose source gives
// nothing (no answers, no campaign, no published version, a feature that does not export its
// figures) is null: the report says "no data".

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)

export const METRIC_PARAMS = {
  registrations: z.object({
    kind: z.enum(['importer_exporter', 'customs_broker']).default('importer_exporter'),
    channels: z
      .array(z.enum(['online', 'counter', 'legacy']))
      .min(1)
      .default(['online']),
    parties: z
      .array(z.enum(['person', 'company']))
      .min(1)
      .default(['person', 'company']),
    asOf: date,
  }),
  satisfaction: z.object({ from: month, to: month }).refine((p) => p.from <= p.to),
  ethics: z.object({ campaignId: z.uuid() }),
  document: z.object({
    kind: z.enum(['policy', 'ethics_code']).default('policy'),
    version: z.number().int().positive().optional(),
    url: z.url().optional(),
  }),
  tickets: z.object({ from: date, to: date }),
} satisfies Record<RiskMetric, z.ZodType>

export const METRICS = Object.keys(METRIC_PARAMS) as RiskMetric[]

/** An indicator's parameters if they fit its metric. */
export function parseParams(metric: RiskMetric, params: unknown) {
  return METRIC_PARAMS[metric].safeParse(params)
}

const lastDay = (m: string) => {
  const [y, mo] = m.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(y, mo, 0)).toISOString().slice(0, 10)
}

async function compute(db: Kysely<DB>, metric: RiskMetric, raw: unknown): Promise<IndicatorValue> {
  switch (metric) {
    case 'registrations': {
      const p = METRIC_PARAMS.registrations.parse(raw)
      const n = await registrationsAsOf(db, p)
      return {
        main: 'count',
        fields: { count: { type: 'count', value: n }, asOf: { type: 'date', value: p.asOf } },
      }
    }
    case 'satisfaction': {
      const p = METRIC_PARAMS.satisfaction.parse(raw)
      const months = await satisfactionByMonth(db, { from: `${p.from}-01`, to: lastDay(p.to) })
      const topTwo = months.reduce((s, m) => s + m.topTwo, 0)
      const base = months.reduce((s, m) => s + m.base, 0)
      const percent = percentOf(topTwo, base, 2, await readSetting(db, figuresRounding))
      if (percent === null) return null
      return {
        main: 'percent',
        fields: {
          percent: { type: 'percent', value: percent },
          answered: { type: 'count', value: months.reduce((s, m) => s + m.answered, 0) },
          topTwo: { type: 'count', value: topTwo },
          base: { type: 'count', value: base },
          from: { type: 'date', value: `${p.from}-01` },
          to: { type: 'date', value: lastDay(p.to) },
        },
      }
    }
    case 'ethics': {
      const p = METRIC_PARAMS.ethics.parse(raw)
      const window = await campaignWindow(db, p.campaignId)
      if (!window) return null
      const f = await campaignFigures(db, p.campaignId)
      if (f.overall.percent === null) return null
      return {
        main: 'percent',
        fields: {
          percent: { type: 'percent', value: f.overall.percent },
          signed: { type: 'count', value: f.overall.signed },
          eligible: { type: 'count', value: f.overall.eligible },
          startsOn: { type: 'date', value: window.starts_on },
          endsOn: { type: 'date', value: window.ends_on },
        },
      }
    }
    case 'document': {
      const p = METRIC_PARAMS.document.parse(raw)
      const versions = await listVersions(db, p.kind)
      const v = versions.find((d) => (p.version ? d.version === p.version : true))
      if (!v) return null
      const fields: NonNullable<IndicatorValue>['fields'] = {
        title: { type: 'text', th: v.title_th, en: v.title_en },
        version: { type: 'count', value: v.version },
        date: { type: 'date', value: v.effective_on ?? businessDate(v.published_at) },
      }
      if (p.url) fields.url = { type: 'url', value: p.url }
      return { main: 'title', fields }
    }
    case 'tickets': {
      // Tickets received from `from` to `to` (Bangkok dates, both included), summed over the
      // years the help desk's figures give; SLA met % with the figures' rounding setting.
      const p = METRIC_PARAMS.tickets.parse(raw)
      if (p.from > p.to) return null
      const { years } = await ticketFigures(db, {
        from: startOfBusinessDate(p.from),
        to: startOfBusinessDate(addBusinessDays(p.to, 1)),
      })
      const sum = (f: (y: (typeof years)[number]) => number) => years.reduce((s, y) => s + f(y), 0)
      const slaMet = sum((y) => y.slaMet)
      const slaDecided = sum((y) => y.slaDecided)
      const rounding = await readSetting(db, figuresRounding)
      const fields: NonNullable<IndicatorValue>['fields'] = {
        count: { type: 'count', value: sum((y) => y.tickets) },
        complaints: { type: 'count', value: sum((y) => y.complaints) },
        corruption: { type: 'count', value: sum((y) => y.byCategory.corruption) },
        from: { type: 'date', value: p.from },
        to: { type: 'date', value: p.to },
      }
      const slaPercent = percentOf(slaMet, slaDecided, 2, rounding)
      if (slaPercent !== null) fields.slaMet = { type: 'percent', value: slaPercent }
      return { main: 'count', fields }
    }
  }
}

/** Every indicator's value; an indicator whose parameters no longer fit gives no data. */
export async function computeValues(
  db: Kysely<DB>,
  indicators: { key: string; metric: string; params: Record<string, unknown> }[],
): Promise<Values> {
  const values: Values = {}
  for (const i of indicators) {
    const metric = i.metric as RiskMetric
    values[i.key] = parseParams(metric, i.params).success
      ? await compute(db, metric, i.params)
      : null
  }
  return values
}
