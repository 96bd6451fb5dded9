import { formatDateTime, formatNumber } from '../../../platform/time.js'
import type { PageContext } from '../../../platform/views/context.js'
import type { PaymentOutcome } from '../../../platform/db/schema.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { refundMessages } from './messages.js'

/** A payment kept for refund, as the page lists it. */
export interface RefundRow {
  transaction_id: string
  amount_satang: number
  paid_at: Date
  received_at: Date
  outcome: PaymentOutcome
  ref1: string
  ref2: string
}

/** Payments kept for refund, newest first, with their total (summed from the rows). */
export function RefundsPage({
  ctx,
  officer,
  rows,
}: {
  ctx: PageContext
  officer: OfficerBadge
  rows: RefundRow[]
}) {
  const m = refundMessages(ctx.locale)
  const baht = (satang: number) => formatNumber(satang / 100, ctx.locale, { fractionDigits: 2 })
  const total = rows.reduce((sum, r) => sum + r.amount_satang, 0)
  return (
    <OfficerLayout ctx={ctx} title={m('title')} officer={officer}>
      <h1 class="heading-l">{m('title')}</h1>
      <p class="body">{m('lead')}</p>
      {rows.length === 0 ? (
        <p class="body" data-no-refunds>
          {m('none')}
        </p>
      ) : (
        <>
          <p class="body" data-refund-total={total}>
            {m('total', { count: rows.length, amount: baht(total) })}
          </p>
          <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="refunds-caption">
            <table class="table" data-refunds>
              <caption class="visually-hidden" id="refunds-caption">
                {m('title')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{m('received')}</th>
                  <th scope="col">{m('ref')}</th>
                  <th scope="col">{m('transaction')}</th>
                  <th scope="col">{m('amount')}</th>
                  <th scope="col">{m('reason')}</th>
                  <th scope="col">{m('paid')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.transaction_id} data-refund={r.transaction_id}>
                    <td>{formatDateTime(r.received_at, ctx.locale, { style: 'medium' })}</td>
                    <td class="reference">
                      {r.ref1} / {r.ref2}
                    </td>
                    <td class="reference">{r.transaction_id}</td>
                    <td>{baht(r.amount_satang)}</td>
                    <td data-outcome={r.outcome}>{m(`reason.${r.outcome}`)}</td>
                    <td>{formatDateTime(r.paid_at, ctx.locale, { style: 'medium' })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </OfficerLayout>
  )
}
