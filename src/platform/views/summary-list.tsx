import type { ComponentChildren } from 'preact'

export interface SummaryRow {
  key: string
  value: ComponentChildren
  /** A change link and the words a screen reader adds to it. */
  change?: { href: string; label: string; hidden: string }
}

/** Answers as a description list, each with an optional change link. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl class="summary-list">
      {rows.map((r) => (
        <div class="summary-list__row" key={r.key}>
          <dt class="summary-list__key">{r.key}</dt>
          <dd class="summary-list__value">{r.value}</dd>
          {r.change && (
            <dd class="summary-list__actions">
              <a href={r.change.href}>
                {r.change.label}
                <span class="visually-hidden"> {r.change.hidden}</span>
              </a>
            </dd>
          )}
        </div>
      ))}
    </dl>
  )
}
