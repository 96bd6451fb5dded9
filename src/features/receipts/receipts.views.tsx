import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { formatDate, formatDateTime } from '../../platform/time.js'
import { ruleLabel, type ReceiptTranslate } from './receipts.messages.js'
import type { ReceiptClaims } from './receipts.payload.js'

/** Baht as text ("1200.00") for a page: grouped digits, two decimals, never through a float. */
function formatBaht(amount: string, locale: 'th' | 'en'): string {
  const [whole = '0', satang = '00'] = amount.split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return locale === 'th' ? `${grouped}.${satang} บาท` : `THB ${grouped}.${satang}`
}

/** What the pages of a verified receipt receive. */
export interface VerifiedReceipt {
  claims: ReceiptClaims
  jws: string
  keyId: string
}

interface ViewProps {
  ctx: PageContext
  m: ReceiptTranslate
}

export const JWKS_PATH = '/.well-known/jwks.json'

/** The feature's stylesheet; a <link> in the body is allowed for stylesheets and keeps Layout untouched. */
export function ReceiptStyles() {
  return <link rel="stylesheet" href="/assets/receipts.css" />
}

/** A result in words with a symbol; the symbol is hidden from screen readers, which read the words. */
function Mark({ ok, text }: { ok: boolean; text: string }) {
  return (
    <span class={ok ? 'receipt-mark receipt-mark--ok' : 'receipt-mark receipt-mark--bad'}>
      <span aria-hidden="true">{ok ? '✓ ' : '✗ '}</span>
      {text}
    </span>
  )
}

/** The decision, the masked number, the rule set and every check: shared by screen and print. */
export function ReceiptDetails({ ctx, m, claims }: ViewProps & { claims: ReceiptClaims }) {
  const approved = claims.outcome === 'approved'
  return (
    <>
      <dl class="receipt-summary">
        <dt>{m('field.outcome')}</dt>
        <dd>
          <Mark ok={approved} text={m(approved ? 'outcome.approved' : 'outcome.refused')} />
        </dd>
        {claims.action && claims.action !== 'registration' && (
          <>
            <dt>{m('field.action')}</dt>
            <dd data-receipt-action={claims.action}>{m(`action.${claims.action}`)}</dd>
          </>
        )}
        {claims.kind && (
          <>
            <dt>{m('field.kind')}</dt>
            <dd>{m(`regKind.${claims.kind}`)}</dd>
          </>
        )}
        {claims.validUntil && (
          <>
            <dt>{m('field.validUntil')}</dt>
            <dd>
              <time dateTime={claims.validUntil} data-valid-until>
                {formatDate(new Date(claims.validUntil), ctx.locale)}
              </time>
            </dd>
          </>
        )}
        {claims.fee && (
          <>
            <dt>{m('field.fee')}</dt>
            <dd data-receipt-fee>
              {m('fee.value', {
                amount: formatBaht(claims.fee.amount, ctx.locale),
                ref1: claims.fee.ref1,
                ref2: claims.fee.ref2,
                transaction: claims.fee.transactionId,
              })}
            </dd>
          </>
        )}
        <dt>{m('field.registrantType')}</dt>
        <dd>
          {m(
            claims.registrantType === 'person' ? 'registrantType.person' : 'registrantType.company',
          )}
        </dd>
        <dt>{m('field.maskedNumber')}</dt>
        <dd class="reference">{claims.maskedNumber}</dd>
        <dt>{m('field.applicationReference')}</dt>
        <dd class="reference">{claims.applicationReference}</dd>
        <dt>{m('field.ruleSet')}</dt>
        <dd>{m('ruleSet.value', { id: claims.ruleSet.id, version: claims.ruleSet.version })}</dd>
        <dt>{m('field.decidedAt')}</dt>
        <dd>
          <time dateTime={claims.decidedAt}>
            {formatDateTime(new Date(claims.decidedAt), ctx.locale)}
          </time>
        </dd>
        <dt>{m('field.receiptId')}</dt>
        <dd class="reference receipt-id">{claims.receiptId}</dd>
      </dl>

      <h2 class="heading-m">{m('checks.title')}</h2>
      <table class="receipt-checks">
        <caption>{m('checks.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{m('checks.rule')}</th>
            <th scope="col">{m('checks.result')}</th>
          </tr>
        </thead>
        <tbody>
          {claims.checks.map((check) => {
            const label = ruleLabel(m, check.rule, ctx.locale)
            return (
              <tr key={check.rule}>
                <th scope="row">
                  {label}
                  {label !== check.rule && <span class="receipt-rule-id">{check.rule}</span>}
                </th>
                <td>
                  <Mark
                    ok={check.passed}
                    text={m(check.passed ? 'checks.passed' : 'checks.failed')}
                  />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </>
  )
}

/** The public verification page of a receipt whose signature checked out. */
export function VerifiedReceiptPage({
  ctx,
  m,
  receipt,
  printUrl,
}: ViewProps & { receipt: VerifiedReceipt; printUrl: string }) {
  return (
    <Layout ctx={ctx} title={`${m('valid.title')} – ${m('kind')}`}>
      <ReceiptStyles />
      <p class="receipt-kind">{m('kind')}</p>
      <div class="receipt-status receipt-status--valid">
        <h1 class="heading-l">
          <span aria-hidden="true">✓ </span>
          {m('valid.title')}
        </h1>
        <p class="body">{m('valid.body')}</p>
      </div>
      <ReceiptDetails ctx={ctx} m={m} claims={receipt.claims} />

      <ul class="inline-list receipt-links">
        <li>
          <a href={printUrl}>{m('print.link')}</a>
        </li>
        <li>
          <a href={JWKS_PATH}>{m('offline.jwks')}</a>
        </li>
      </ul>

      <details class="receipt-offline">
        <summary>{m('offline.summary')}</summary>
        <p class="body">
          {m('offline.body', { kid: receipt.keyId })} <a href={JWKS_PATH}>{m('offline.jwks')}</a>.
        </p>
        <h3 class="receipt-token-title" id="receipt-token-title">
          {m('offline.token')}
        </h3>
        <pre class="receipt-token" aria-labelledby="receipt-token-title">
          <code>{receipt.jws}</code>
        </pre>
      </details>
    </Layout>
  )
}

/** A receipt exists but its signature or contents do not check out: nothing of it is shown. */
export function InvalidReceiptPage({ ctx, m, reference }: ViewProps & { reference: string }) {
  return (
    <Layout ctx={ctx} title={`${m('invalid.title')} – ${m('kind')}`}>
      <ReceiptStyles />
      <p class="receipt-kind">{m('kind')}</p>
      <div class="receipt-status receipt-status--invalid">
        <h1 class="heading-l">
          <span aria-hidden="true">✗ </span>
          {m('invalid.title')}
        </h1>
        <p class="body">{m('invalid.body')}</p>
      </div>
      <p class="body">{m('invalid.help', { reference })}</p>
    </Layout>
  )
}

/** No receipt has this id (mistyped, truncated or invented). */
export function UnknownReceiptPage({ ctx, m }: ViewProps) {
  return (
    <Layout ctx={ctx} title={m('unknown.title')}>
      <h1 class="heading-l">{m('unknown.title')}</h1>
      <p class="body">{m('unknown.body')}</p>
      <p class="body">{m('unknown.help')}</p>
      <p class="body">
        <a href="/">{ctx.t('error.home')}</a>
      </p>
    </Layout>
  )
}
