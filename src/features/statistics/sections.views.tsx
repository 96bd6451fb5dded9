import type { Locale } from '../../platform/time.js'
import { count, duration, formatPeriod, percent } from './format.js'
import {
  CHANNELS,
  MIN_ANSWERS,
  type Channel,
  type StatisticsFigures,
} from './statistics.service.js'
import { ChartWithTable, DataTable, type M } from './tables.views.js'

interface Props {
  f: StatisticsFigures
  m: M
  locale: Locale
}

/** Registrations per period and channel: a stacked bar chart and its table. */
export function SeriesSection({ f, m, locale }: Props) {
  const title = m('seriesTitle', { by: f.by === 'day' ? m('byDay') : m('byMonth') })
  const labels = f.periods.map((p) => formatPeriod(p, locale))
  const total = (i: number) => CHANNELS.reduce((s, c) => s + (f.series[c][i] ?? 0), 0)
  return (
    <section aria-labelledby="series-title">
      <h2 class="heading-m" id="series-title">
        {title}
      </h2>
      <ChartWithTable
        m={m}
        chart={{
          id: 'series-chart',
          title: m('chartTitle', { title }),
          categories: labels,
          stacked: true,
          series: CHANNELS.map((c) => ({ name: m(`channel.${c}`), data: f.series[c] })),
        }}
      >
        <DataTable
          id="series-table"
          caption={title}
          head={[m('period'), ...CHANNELS.map((c) => m(`channel.${c}`)), m('total')]}
          rows={labels.map((l, i) => [
            l,
            ...CHANNELS.map((c) => count(f.series[c][i] ?? 0, locale)),
            count(total(i), locale),
          ])}
          foot={[
            m('total'),
            ...CHANNELS.map((c) => count(f.inRange[c], locale)),
            count(
              CHANNELS.reduce((s, c) => s + f.inRange[c], 0),
              locale,
            ),
          ]}
        />
      </ChartWithTable>
    </section>
  )
}

/** Registrations by party, kind and channel: in the range and to date. */
export function BreakdownSection({ f, m, locale }: Props) {
  const rows = f.breakdown.filter((r) => r.asOf > 0)
  return (
    <section aria-labelledby="breakdown-title">
      <h2 class="heading-m" id="breakdown-title">
        {m('breakdownTitle')}
      </h2>
      <DataTable
        id="breakdown-table"
        caption={m('breakdownTitle')}
        head={[m('party'), m('kind'), m('channel'), m('inRangeCount'), m('asOfCount')]}
        rows={rows.map((r) => [
          m(`party.${r.party}`),
          m(`kind.${r.kind}`),
          m(`channel.${r.channel}`),
          count(r.inRange, locale),
          count(r.asOf, locale),
        ])}
      />
    </section>
  )
}

/** To date by channel, with the portal's total beside the old channel's. */
export function AsOfTable({ f, m, locale, date }: Props & { date: string }) {
  const portal = (r: Record<Channel, number>) => r.online + r.counter
  return (
    <DataTable
      id="as-of-table"
      caption={m('asOfTitle', { date })}
      head={[m('channel'), m('inRangeCount'), m('asOfCount')]}
      rows={[
        ...CHANNELS.map((c) => [
          m(`channel.${c}`),
          count(f.inRange[c], locale),
          count(f.asOf[c], locale),
        ]),
        [m('portalTotal'), count(portal(f.inRange), locale), count(portal(f.asOf), locale)],
      ]}
    />
  )
}

/** Approvals and refusals, the approval rate and the rules most often failed. */
export function DecisionsSection({
  f,
  m,
  locale,
  ruleLabel,
}: Props & { ruleLabel: (rule: string) => string }) {
  const d = f.decisions
  return (
    <section aria-labelledby="decisions-title">
      <h2 class="heading-m" id="decisions-title">
        {m('decisionsTitle')}
      </h2>
      <DataTable
        id="decisions-table"
        caption={m('decisionsTitle')}
        head={[m('approved'), m('refused'), m('approvalRate')]}
        rowHeaders={false}
        rows={[
          [
            count(d.approved, locale),
            count(d.refused, locale),
            percent(d.approvalPercent, locale, m),
          ],
        ]}
      />
      <h3 class="heading-m" id="rules-title">
        {m('rulesTitle')}
      </h3>
      {f.refusalRules.length === 0 ? (
        <p class="body">{m('noRefusals')}</p>
      ) : (
        <DataTable
          id="rules-table"
          caption={m('rulesTitle')}
          head={[m('rule'), m('times')]}
          rows={f.refusalRules.map((r) => [ruleLabel(r.rule), count(r.n, locale)])}
        />
      )}
      <h3 class="heading-m">{m('durationTitle')}</h3>
      <p class="hint">{m('durationNote')}</p>
      <DataTable
        id="durations-table"
        caption={m('durationTitle')}
        head={[m('who'), m('decided'), m('median'), m('p90')]}
        rows={(['all', 'person', 'company'] as const).map((k) => [
          k === 'all' ? m('all') : m(`party.${k}`),
          count(f.durations[k].decided, locale),
          duration(f.durations[k].median, m),
          duration(f.durations[k].p90, m),
        ])}
      />
    </section>
  )
}

/** Satisfaction top-2-box by month; months under the threshold are not published. */
export function SatisfactionSection({ f, m, locale }: Props) {
  const months = f.satisfaction ?? []
  const shown = months.filter((s) => !s.suppressed)
  const title = m('satisfactionTitle')
  return (
    <section aria-labelledby="satisfaction-title">
      <h2 class="heading-m" id="satisfaction-title">
        {title}
      </h2>
      <p class="hint">{m('satisfactionNote', { min: MIN_ANSWERS })}</p>
      {months.length === 0 ? (
        <p class="body">{m('satisfactionNone')}</p>
      ) : (
        <ChartWithTable
          m={m}
          chart={{
            id: 'satisfaction-chart',
            title: m('chartTitle', { title }),
            categories: shown.map((s) => formatPeriod(s.month, locale)),
            unit: '%',
            series: [{ name: m('percent'), data: shown.map((s) => s.percent ?? 0) }],
          }}
        >
          <DataTable
            id="satisfaction-table"
            caption={title}
            head={[m('month'), m('answered'), m('base'), m('topTwo'), m('percent')]}
            rows={months.map((s) =>
              s.suppressed
                ? [formatPeriod(s.month, locale), m('suppressed', { min: MIN_ANSWERS }), '', '', '']
                : [
                    formatPeriod(s.month, locale),
                    count(s.answered, locale),
                    count(s.base, locale),
                    count(s.topTwo, locale),
                    percent(s.percent, locale, m),
                  ],
            )}
          />
        </ChartWithTable>
      )}
    </section>
  )
}
