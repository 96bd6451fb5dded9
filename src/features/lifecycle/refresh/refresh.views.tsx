import type { RuleResult } from '../../../platform/db/schema.js'
import { formatDateTime } from '../../../platform/time.js'
import { Button, CsrfField, SummaryList } from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { Layout } from '../../../platform/views/layout.js'
import { MixedText } from '../../address/index.js'
import { ruleLabelFor } from '../../receipts/index.js'
import { todoFor } from './decision.service.js'
import { refreshMessages } from './messages.js'

export interface RefreshHistoryRow {
  id: string
  reference: string
  source: 'bank' | 'dbd'
  outcome: 'approved' | 'refused'
  results: RuleResult[]
  receiptId: string | null
  decidedAt: Date
}

export interface RefreshView {
  action: string
  backHref: string
  maskedNumber: string
  source: 'bank' | 'dbd'
  /** A person's details from their newest bank profile. */
  person?: { name: string; idCard: string }
  /** A fresh step-up not yet used: the button takes the new details. */
  stepUpReady: boolean
  /** Only an ACTIVE registration is refreshed; a suspended one is reactivated instead. */
  reactivateHref?: string
  history: RefreshHistoryRow[]
}

/** The decision just made: the outcome, each failed rule with what to do, the receipt. */
function Result({ ctx, row }: { ctx: PageContext; row: RefreshHistoryRow }) {
  const m = refreshMessages(ctx.locale)
  const label = ruleLabelFor(ctx.locale)
  const failed = row.results.filter((r) => !r.passed)
  const approved = row.outcome === 'approved'
  return (
    <div
      class={approved ? 'notice notice--success' : 'notice notice--warning'}
      role={approved ? 'status' : 'alert'}
      tabIndex={-1}
      data-refresh-outcome={row.outcome}
    >
      <h2 class="heading-m">{m(approved ? 'result.approved' : 'result.refused')}</h2>
      {failed.length > 0 && (
        <>
          <p class="body">
            <strong>{m('result.failed')}</strong>
          </p>
          <ul class="plain-list" data-failed-rules>
            {failed.map((r) => (
              <li key={r.rule} data-rule={r.rule}>
                {label(r.rule)}
              </li>
            ))}
          </ul>
          <p class="body">
            <strong>{m('result.todo')}</strong>
          </p>
          <ul class="plain-list" data-todo>
            {failed.map((r) => (
              <li key={r.rule}>{todoFor(ctx.locale, r)}</li>
            ))}
          </ul>
          <p class="body">{m('result.reactivate')}</p>
        </>
      )}
      {row.receiptId && (
        <p class="body">
          <a href={`/verify/${row.receiptId}`} data-receipt>
            {m('result.receipt', { reference: row.reference })}
          </a>
        </p>
      )}
    </div>
  )
}

function History({ ctx, rows }: { ctx: PageContext; rows: RefreshHistoryRow[] }) {
  if (rows.length === 0) return null
  const m = refreshMessages(ctx.locale)
  return (
    <section aria-labelledby="refresh-history">
      <h2 class="heading-m" id="refresh-history">
        {m('history.title')}
      </h2>
      <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="refresh-history">
        <table class="table" data-refresh-history>
          <thead>
            <tr>
              <th scope="col">{m('history.when')}</th>
              <th scope="col">{m('history.source')}</th>
              <th scope="col">{m('history.outcome')}</th>
              <th scope="col">{m('history.receipt')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((h) => (
              <tr key={h.id} data-refresh={h.outcome}>
                <td>{formatDateTime(h.decidedAt, ctx.locale)}</td>
                <td>{m(`source.${h.source}`)}</td>
                <td>{m(`outcome.${h.outcome}`)}</td>
                <td>
                  {h.receiptId ? (
                    <a href={`/verify/${h.receiptId}`}>{h.reference}</a>
                  ) : (
                    <span class="reference">{h.reference}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

/** Update from the source: the bank for a person, DBD for a company. */
export function RefreshPage({
  ctx,
  view,
  done,
}: {
  ctx: PageContext
  view: RefreshView
  /** The refresh just decided, shown first. */
  done?: RefreshHistoryRow
}) {
  const m = refreshMessages(ctx.locale)
  const button =
    view.source === 'dbd'
      ? m('button.dbd')
      : m(view.stepUpReady ? 'button.bankReady' : 'button.bank')
  return (
    <Layout ctx={ctx} title={m('refresh.title')}>
      {done && <Result ctx={ctx} row={done} />}
      <h1 class="heading-l">{m('refresh.title')}</h1>
      <p class="body">{m(view.source === 'bank' ? 'refresh.lead.bank' : 'refresh.lead.dbd')}</p>
      <h2 class="heading-m">{m('refresh.now')}</h2>
      <SummaryList
        rows={[
          { key: m('refresh.number'), value: <span class="reference">{view.maskedNumber}</span> },
          ...(view.person
            ? [
                {
                  key: m('refresh.name'),
                  value: (
                    <span data-person-name lang={ctx.locale === 'en' ? 'th' : undefined}>
                      {view.person.name}
                    </span>
                  ),
                },
                {
                  key: m('refresh.idCard'),
                  value: <MixedText text={view.person.idCard} locale={ctx.locale} />,
                },
              ]
            : []),
        ]}
      />
      {view.reactivateHref ? (
        <p class="body" data-suspended>
          {m('suspended.body')} <a href={view.reactivateHref}>{m('suspended.link')}</a>
        </p>
      ) : (
        <>
          <p class="body">{m('refresh.rulesNote')}</p>
          <form method="post" action={view.action}>
            <CsrfField ctx={ctx} />
            <Button>{button}</Button>
          </form>
        </>
      )}
      <History ctx={ctx} rows={view.history} />
      <p class="body">
        <a href={view.backHref}>{m(view.backHref === '/account' ? 'back' : 'backCompany')}</a>
      </p>
    </Layout>
  )
}
