import type { VerificationFailure } from '../../platform/db/schema.js'
import { formatDateTime } from '../../platform/time.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { identityMessages } from './messages.js'

export interface PanelProps {
  ctx: PageContext
  goUrl: string
  qrDataUrl: string
  handle: string
  expiresAt: Date
  emailed: boolean
  notYet?: boolean
}

/** The QR code, the "open Pao Tang" button and the progress that follows the phone. */
export function VerificationPanel({
  ctx,
  goUrl,
  qrDataUrl,
  handle,
  expiresAt,
  emailed,
  notYet,
}: PanelProps) {
  const m = identityMessages(ctx.locale)
  return (
    <div class="verify-panel" data-verification={handle}>
      <h2 class="heading-m">{m('panel.phone')}</h2>
      <p class="body">
        <a class="button" href={goUrl} data-open-bank>
          {m('panel.open')}
        </a>
      </p>
      <h2 class="heading-m">{m('panel.desktop')}</h2>
      <img class="qr" src={qrDataUrl} alt={m('panel.qrAlt')} width={220} height={220} />
      {emailed && <p class="body">{m('panel.emailed')}</p>}
      <p class="hint">{m('panel.expires', { time: formatDateTime(expiresAt, ctx.locale) })}</p>
      {notYet && (
        <div class="inset" role="status">
          {m('panel.notYet')}
        </div>
      )}
      <p class="body" role="status" aria-live="polite" data-progress>
        {m('panel.waiting')}
      </p>
      <p class="body">
        <a class="button button--secondary" href={`/ekyc/continue/${handle}`}>
          {m('panel.finished')}
        </a>
      </p>
      <script nonce={ctx.nonce} src="/assets/ekyc-wait.js" defer />
    </div>
  )
}

/** The message for a failed verification, with the ways forward. */
export function VerificationFailed({
  ctx,
  failure,
}: {
  ctx: PageContext
  failure: VerificationFailure
}) {
  const m = identityMessages(ctx.locale)
  return (
    <div class="notice notice--warning" role="alert">
      <h2 class="heading-m">{m('failure.title')}</h2>
      <p class="body" data-failure={failure}>
        {m(`failure.${failure}`)}
      </p>
      <p class="body">{m('failure.counter')}</p>
    </div>
  )
}

/** Shown in the browser where the bank app returned, when it is not the one that started. */
export function PhoneDonePage({
  ctx,
  failure,
}: {
  ctx: PageContext
  failure: VerificationFailure | undefined
}) {
  const m = identityMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={failure ? m('failure.title') : m('phone.doneTitle')}>
      {failure ? (
        <>
          <h1 class="heading-l">{m('failure.title')}</h1>
          <p class="body" data-failure={failure}>
            {m(`failure.${failure}`)}
          </p>
          <p class="body">{m('phone.failedHint')}</p>
        </>
      ) : (
        <>
          <h1 class="heading-l">{m('phone.doneTitle')}</h1>
          <p class="lead">{m('phone.done')}</p>
        </>
      )}
    </Layout>
  )
}

/** A simple page with a title and one paragraph (invalid link, refused callback). */
export function MessagePage({
  ctx,
  title,
  body,
}: {
  ctx: PageContext
  title: string
  body: string
}) {
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="heading-l">{title}</h1>
      <p class="body">{body}</p>
      <p class="body">
        <a href="/">{ctx.t('error.home')}</a>
      </p>
    </Layout>
  )
}
