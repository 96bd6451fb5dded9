import QRCode from 'qrcode'
import { formatDateTime } from '../../platform/time.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import type { ReceiptTranslate } from './receipts.messages.js'
import { ReceiptDetails, ReceiptStyles, type VerifiedReceipt } from './receipts.views.js'

/**
 * The QR code of a verification URL as an SVG data URL: the CSP allows data: images, and an
 * <img> carries alt text where an inline SVG would need more markup.
 */
export async function qrDataUrl(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
}

interface PrintProps {
  ctx: PageContext
  m: ReceiptTranslate
  receipt: VerifiedReceipt
  verifyUrl: string
  /** Relative link back to the screen version. */
  screenUrl: string
  qr: string
  checkedAt: Date
}

/** The A4 printable receipt: the same facts as the screen page, plus a QR code of its address. */
export function ReceiptPrintPage({
  ctx,
  m,
  receipt,
  verifyUrl,
  screenUrl,
  qr,
  checkedAt,
}: PrintProps) {
  return (
    <Layout ctx={ctx} title={`${m('kind')} ${receipt.claims.applicationReference}`}>
      <ReceiptStyles />
      <div class="receipt-print-actions no-print">
        <p class="body">{m('print.howTo')}</p>
        <p class="body">
          <a href={screenUrl}>{m('print.back')}</a>
        </p>
      </div>
      <article class="receipt-sheet">
        <p class="receipt-kind">
          {ctx.t('service.agency')} · {ctx.t('service.name')}
        </p>
        <h1 class="heading-l">{m('kind')}</h1>
        <p class="receipt-status receipt-status--valid receipt-status--compact">
          <span aria-hidden="true">✓ </span>
          {m('print.status', { time: formatDateTime(checkedAt, ctx.locale) })}
        </p>
        <ReceiptDetails ctx={ctx} m={m} claims={receipt.claims} />
        <section class="receipt-verify" aria-labelledby="receipt-verify-title">
          <img
            class="receipt-qr"
            src={qr}
            alt={m('print.qrAlt', { url: verifyUrl })}
            width={160}
            height={160}
          />
          <div>
            <h2 class="heading-m" id="receipt-verify-title">
              {m('print.verifyTitle')}
            </h2>
            <p class="body">{m('print.verifyAt')}</p>
            <p class="body receipt-url">{verifyUrl}</p>
          </div>
        </section>
      </article>
    </Layout>
  )
}
