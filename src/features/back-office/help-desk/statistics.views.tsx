import type { Locale } from '../../../platform/time.js'
import { Button, TextField } from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { helpMessages, TICKET_CATEGORIES, type PeriodFigures } from '../../help-desk/index.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { DESK_PATHS } from './paths.js'
import { statsMessages } from './statistics.messages.js'

type Cell = string | number | null

/** The figures as a table (the page, the CSV and the XLSX show the same). */
export function figureTable(
  rows: PeriodFigures[],
  locale: Locale,
): { head: string[]; rows: Cell[][] } {
  const m = statsMessages(locale)
  const h = helpMessages(locale)
  return {
    head: [
      m('col.period'),
      m('col.tickets'),
      m('col.complaints'),
      ...TICKET_CATEGORIES.map((c) => h(`cat.${c}`)),
      m('col.resolved'),
      m('col.open'),
      m('col.slaMet'),
      m('col.median'),
    ],
    rows: rows.map((f) => [
      f.period,
      f.tickets,
      f.complaints,
      ...TICKET_CATEGORIES.map((c) => f.byCategory[c]),
      f.byOutcome.resolved,
      f.byOutcome.open,
      f.slaMetPercent,
      f.medianFirstResponseHours,
    ]),
  }
}

function FigureTable(p: {
  id: string
  caption: string
  rows: PeriodFigures[]
  locale: Locale
  empty: string
}) {
  if (p.rows.length === 0) return <p class="body">{p.empty}</p>
  const t = figureTable(p.rows, p.locale)
  return (
    <div class="table-wrap" role="region" aria-labelledby={`${p.id}-caption`} tabIndex={0}>
      <table class="table" id={p.id}>
        <caption id={`${p.id}-caption`}>{p.caption}</caption>
        <thead>
          <tr>
            {t.head.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {t.rows.map((r) => (
            <tr key={String(r[0])}>
              {r.map((c, i) => (i === 0 ? <th scope="row">{c}</th> : <td>{c ?? '–'}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function StatisticsPage(p: {
  ctx: PageContext
  officer: OfficerBadge
  from: string
  to: string
  quarters: PeriodFigures[]
  years: PeriodFigures[]
}) {
  const m = statsMessages(p.ctx.locale)
  const q = `?from=${encodeURIComponent(p.from)}&to=${encodeURIComponent(p.to)}`
  return (
    <OfficerLayout ctx={p.ctx} title={m('title')} officer={p.officer}>
      <h1 class="heading-l">{m('title')}</h1>
      <p class="body">{m('intro')}</p>
      <form method="get" action={DESK_PATHS.statistics}>
        <TextField id="from" label={m('from')} value={p.from} width="10" />
        <TextField id="to" label={m('to')} value={p.to} width="10" />
        <Button secondary>{m('show')}</Button>
      </form>
      <FigureTable
        id="by-year"
        caption={m('byYear')}
        rows={p.years}
        locale={p.ctx.locale}
        empty={m('none')}
      />
      <FigureTable
        id="by-quarter"
        caption={m('byQuarter')}
        rows={p.quarters}
        locale={p.ctx.locale}
        empty={m('none')}
      />
      <ul class="inline-list">
        <li>
          <a href={`${DESK_PATHS.statistics}.csv${q}`}>{m('csv')}</a>
        </li>
        <li>
          <a href={`${DESK_PATHS.statistics}.xlsx${q}`}>{m('xlsx')}</a>
        </li>
      </ul>
    </OfficerLayout>
  )
}
