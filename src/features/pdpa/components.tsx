import type { ComponentChildren } from 'preact'
import { PDPA_PATHS } from './paths.js'

/** The feature's stylesheet; a <link> in the body is allowed for stylesheets and keeps Layout untouched. */
export function PdpaStyles() {
  return <link rel="stylesheet" href={PDPA_PATHS.stylesheet} />
}

/** A table with a caption and column headers; an empty table says so instead. */
export function DataTable(p: {
  caption: string
  head: string[]
  rows: ComponentChildren[][]
  empty: string
  id?: string
}) {
  if (p.rows.length === 0) return <p class="body">{p.empty}</p>
  return (
    // Focusable and named: a table wider than a phone scrolls, and keyboards must reach it.
    <div class="pdpa-table-wrap" role="region" aria-label={p.caption} tabIndex={0}>
      <table class="pdpa-table" id={p.id}>
        <caption class="visually-hidden">{p.caption}</caption>
        <thead>
          <tr>
            {p.head.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.rows.map((cells, i) => (
            <tr key={i}>
              {cells.map((c, j) => (
                <td key={j} data-label={p.head[j]}>
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
