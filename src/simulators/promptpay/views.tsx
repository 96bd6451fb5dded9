import type { BillPaymentQr } from '../../features/payments/index.js'
import { formatNumber } from '../../platform/time.js'
import { Button, CsrfField, SummaryList } from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { promptPayMessages } from './messages.js'
import { PROMPTPAY_SIMULATOR_PATHS } from './paths.js'

/** SIMULATOR: the bank app's page for one scanned bill-payment QR. */
export function BankAppPage(p: {
  ctx: PageContext
  qr: string
  bill: BillPaymentQr | undefined
  qrDataUrl?: string
  returnTo?: string
  result?: string
}) {
  const { ctx, bill } = p
  const m = promptPayMessages(ctx.locale)
  const amount = bill
    ? formatNumber(bill.amountSatang / 100, ctx.locale, { fractionDigits: 2 })
    : ''
  return (
    <Layout ctx={ctx} title={m('title')}>
      <p>
        <span class="tag">SIMULATOR</span>
      </p>
      <h1 class="heading-l">{m('title')}</h1>
      <p class="lead">{m('lead')}</p>
      {p.result && (
        <div class="notice" role="status" data-result>
          <p class="body">{p.result}</p>
        </div>
      )}
      {!bill ? (
        <p class="error-message" data-invalid-qr>
          {m('invalid')}
        </p>
      ) : (
        <>
          {p.qrDataUrl && (
            <img
              class="qr"
              src={p.qrDataUrl}
              alt={m('qrAlt', { amount })}
              width={240}
              height={240}
            />
          )}
          <SummaryList
            rows={[
              { key: m('biller'), value: bill.billerId },
              { key: m('ref1'), value: <span class="reference">{bill.ref1}</span> },
              { key: m('ref2'), value: <span class="reference">{bill.ref2}</span> },
              { key: m('amount'), value: <span data-amount>{amount}</span> },
            ]}
          />
          {(['pay', 'fail', 'twice'] as const).map((outcome) => (
            <form method="post" action={PROMPTPAY_SIMULATOR_PATHS.page} key={outcome}>
              <CsrfField ctx={ctx} />
              <input type="hidden" name="qr" value={p.qr} />
              {p.returnTo && <input type="hidden" name="return" value={p.returnTo} />}
              <input type="hidden" name="outcome" value={outcome} />
              <Button secondary={outcome !== 'pay'}>{m(outcome)}</Button>
            </form>
          ))}
        </>
      )}
      {p.returnTo && (
        <p class="body">
          <a href={p.returnTo} data-return>
            {m('back')}
          </a>
        </p>
      )}
    </Layout>
  )
}
