import { formatDate, formatNumber } from '../../platform/time.js'
import {
  Button,
  Checkbox,
  CsrfField,
  ErrorSummary,
  SummaryList,
  type FieldError,
} from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { REGISTRATION_PATHS } from '../registration-actions/index.js'
import { ruleLabelFor } from '../receipts/index.js'
import { renewalMessages } from './messages.js'
import type { RenewalState } from './renewal.service.js'

/** Baht for people, with grouping: 1,200.00 (display only; amounts stay satang). */
function baht(satang: number, ctx: PageContext): string {
  return formatNumber(satang / 100, ctx.locale, { fractionDigits: 2 })
}

function BillPanel({
  ctx,
  state,
  simulatorUrl,
}: {
  ctx: PageContext
  state: RenewalState
  simulatorUrl?: string
}) {
  const m = renewalMessages(ctx.locale)
  const bill = state.bill
  if (!bill) return null
  const amount = baht(bill.row.amount_satang, ctx)
  return (
    <section aria-labelledby="bill-title" data-bill={bill.row.ref1}>
      <h2 class="heading-m" id="bill-title">
        {m('bill.title')}
      </h2>
      {bill.refunds > 0 && (
        <p class="inset" data-refunds={bill.refunds}>
          {m('bill.refund', { count: bill.refunds })}
        </p>
      )}
      {bill.qr ? (
        <>
          <p class="body">{m('bill.lead')}</p>
          <img
            class="qr"
            src={bill.qr.dataUrl}
            alt={m('bill.qr', { amount })}
            width={240}
            height={240}
            data-qr-payload={bill.qr.payload}
          />
        </>
      ) : (
        <p class="body">{m('bill.off')}</p>
      )}
      <SummaryList
        rows={[
          ...(bill.billerId ? [{ key: m('bill.biller'), value: bill.billerId }] : []),
          { key: m('bill.ref1'), value: <span class="reference">{bill.row.ref1}</span> },
          { key: m('bill.ref2'), value: <span class="reference">{bill.row.ref2}</span> },
          { key: m('bill.amount'), value: `${amount} THB` },
          { key: m('bill.due'), value: formatDate(bill.row.due_at, ctx.locale) },
        ]}
      />
      <p class="body" role="status" data-waiting>
        {m('bill.waiting')}
      </p>
      {simulatorUrl && (
        <p class="body">
          <a href={simulatorUrl} data-simulator-pay>
            {m('bill.simulator')}
          </a>
        </p>
      )}
      <p class="body">
        <a href={REGISTRATION_PATHS.renew(state.registrationId)}>{m('bill.check')}</a>
      </p>
    </section>
  )
}

/** The renewal of one broker registration: its conditions, then the bill, then the receipts. */
export function RenewalPage({
  ctx,
  state,
  errors = [],
  simulatorUrl,
}: {
  ctx: PageContext
  state: RenewalState
  errors?: FieldError[]
  simulatorUrl?: string
}) {
  const m = renewalMessages(ctx.locale)
  const label = ruleLabelFor(ctx.locale)
  const canAsk = !state.bill && !state.renewed && state.checks.every((c) => c.passed)
  const confirmError = errors.find((e) => e.field === 'confirm')?.message
  return (
    <Layout ctx={ctx} title={m('title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-l">{m('title')}</h1>
      {state.renewed && (
        <>
          <div class="panel-success" role="status" data-renewed>
            <h2 class="heading-m">{m('done.title')}</h2>
            <p class="body">
              {m('done.body', { until: formatDate(state.renewed.validUntil, ctx.locale) })}
            </p>
          </div>
          <ul class="bullets" data-receipts>
            <li>
              <a href={state.renewed.feeReceiptUrl} data-fee-receipt>
                {m('done.fee')}
              </a>
            </li>
            <li>
              <a href={state.renewed.renewalReceiptUrl} data-renewal-receipt>
                {m('done.renewal')}
              </a>
            </li>
          </ul>
        </>
      )}
      <p class="body">{m('lead')}</p>
      <SummaryList
        rows={[
          { key: m('row.number'), value: <span class="reference">{state.maskedNumber}</span> },
          {
            key: m('row.status'),
            value: <span data-status={state.status}>{m(`status.${state.status}`)}</span>,
          },
          {
            key: m('row.validUntil'),
            value: <span data-valid-until>{formatDate(state.validUntil, ctx.locale)}</span>,
          },
          ...(state.renewed
            ? []
            : [
                { key: m('row.fee'), value: `${baht(state.feeSatang, ctx)} THB` },
                {
                  key: m('row.newValidUntil'),
                  value: formatDate(state.newValidUntil, ctx.locale),
                },
              ]),
        ]}
      />
      {state.bill ? (
        <BillPanel ctx={ctx} state={state} simulatorUrl={simulatorUrl} />
      ) : (
        !state.renewed && (
          <>
            <h2 class="heading-m">{m('rules.title')}</h2>
            <ul class="plain-list" data-rules>
              {state.checks.map((c) => (
                <li key={c.rule} data-rule={c.rule} data-passed={String(c.passed)}>
                  <strong>{c.passed ? m('rules.passed') : m('rules.failed')}</strong>:{' '}
                  {label(c.rule)}
                </li>
              ))}
            </ul>
            {state.licenceChecked && <p class="body">{m('rules.licence')}</p>}
            {canAsk ? (
              <form
                method="post"
                action={REGISTRATION_PATHS.renew(state.registrationId)}
                novalidate
              >
                <CsrfField ctx={ctx} />
                <Checkbox
                  id="confirm"
                  value="yes"
                  label={m('confirm', { fee: baht(state.feeSatang, ctx) })}
                  error={confirmError}
                />
                <Button>{m('button')}</Button>
              </form>
            ) : (
              <p class="inset" data-not-met>
                {m('rules.notMet')}
              </p>
            )}
          </>
        )
      )}
      <p class="body">
        <a href="/account">{m('back')}</a>
      </p>
    </Layout>
  )
}
