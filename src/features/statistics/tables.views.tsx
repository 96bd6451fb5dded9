import type { ComponentChildren } from 'preact'
import { barChartSvg, type BarChart } from './charts.js'
import type { StatisticsMessage } from './messages.js'

export type M = (key: StatisticsMessage, params?: Record<string, string | number>) => string

/** A table that scrolls sideways on a narrow screen, named by its caption's heading. */
export function DataTable(p: {
  id: string
  caption: string
  head: string[]
  rows: (string | number)[][]
  foot?: (string | number)[]
  /** The first cell of a row names the row (off for a table of one row of figures). */
  rowHeaders?: boolean
}) {
  const heads = p.rowHeaders ?? true
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-labelledby={`${p.id}-caption`}>
      <table class="table stat-table" id={p.id}>
        <caption id={`${p.id}-caption`} class="visually-hidden">
          {p.caption}
        </caption>
        <thead>
          <tr>
            {p.head.map((h, i) => (
              <th scope="col" key={i}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) =>
                j === 0 && heads ? (
                  <th scope="row" key={j}>
                    {c}
                  </th>
                ) : (
                  <td key={j}>{c}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {p.foot && (
          <tfoot>
            <tr>
              {p.foot.map((c, j) =>
                j === 0 ? (
                  <th scope="row" key={j}>
                    {c}
                  </th>
                ) : (
                  <td key={j}>{c}</td>
                ),
              )}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  )
}

/** A chart (an SVG image with its title) followed by the table of its figures. */
export function ChartWithTable(p: { chart: BarChart; m: M; children: ComponentChildren }) {
  return (
    <figure class="stat-figure">
      <div
        class="stat-chart"
        // The SVG is drawn on the server from numbers and our own labels (escaped in charts.ts).
        dangerouslySetInnerHTML={{ __html: barChartSvg(p.chart) }}
      />
      <figcaption class="hint">{p.m('tableNote')}</figcaption>
      {p.children}
    </figure>
  )
}
