import type { VerificationFailure } from '../../platform/db/schema.js'
import type { Purpose } from './verification.types.js'
import { formatDateTime } from '../../platform/time.js'
import type { Locale } from '../../platform/i18n/index.js'
import type { PageContext } from '../../platform/views/context.js'
import { Button, CsrfField, ErrorSummary, Radios } from '../../platform/views/components.js'
import { Layout } from '../../platform/views/layout.js'
import { identityMessages } from './messages.js'

export interface PanelProps {
  ctx: PageContext
  /** The link to the bank, for the "Open Pao Tang" button on this device. */
  goUrl: string
  qrDataUrl: string
  /** The QR code in each language: the phone that scans it opens pages in the starter's. */
  qrByLocale?: Partial<Record<Locale, string>>
  handle: string
  expiresAt: Date
  emailed: boolean
  bindingCode: string
  notYet?: boolean
}

/**
 * The "open Pao Tang" button, the QR code with the binding number for another device, and the
 * progress that follows the phone. On a phone the button leads and the QR code waits behind
 * "use another device"; on a wider screen the QR code comes first (app.css). The disclosure is
 * open in the HTML, so without JavaScript everything shows; ekyc-wait.js folds it on a phone.
 */
export function VerificationPanel({
  ctx,
  goUrl,
  qrDataUrl,
  qrByLocale,
  handle,
  expiresAt,
  emailed,
  bindingCode,
  notYet,
}: PanelProps) {
  const m = identityMessages(ctx.locale)
  return (
    <div class="verify-panel" data-verification={handle}>
      <div class="verify-panel__ways">
        <section class="verify-panel__here" aria-labelledby="verify-here">
          <h2 class="heading-m" id="verify-here">
            {m('panel.phone')}
          </h2>
          <p class="body">
            <a
              class="button verify-panel__open"
              href={`${goUrl}?lang=${ctx.locale}`}
              data-open-bank
            >
              {m('panel.open')}
            </a>
          </p>
        </section>
        {/* Folded on a phone unless the page asks for the number ("not yet": ADR 6's match). */}
        <details class="verify-panel__other" open data-other-device={notYet ? 'open' : 'fold'}>
          <summary class="verify-panel__summary">
            <span class="heading-m">{m('panel.otherDevice')}</span>
          </summary>
          <p class="body">{m('panel.desktop')}</p>
          <div class="verify-panel__cross-device">
            <img
              class="qr"
              src={qrByLocale?.[ctx.locale] ?? qrDataUrl}
              alt={m('panel.qrAlt')}
              width={220}
              height={220}
            />
            {/* Asked for only when the bank app returns to another browser (ADR 6). */}
            <div class="binding" aria-labelledby="binding-label">
              <p class="binding__label" id="binding-label">
                {m('panel.number')}
              </p>
              <p class="binding__code" data-binding-code>
                {bindingCode}
              </p>
              <p class="hint">{m('panel.numberHint')}</p>
            </div>
          </div>
        </details>
      </div>
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

/** A page's verification part: the failure if any, then the waiting panel or the start button. */
export function VerificationStep(p: {
  ctx: PageContext
  panel?: Omit<PanelProps, 'ctx'>
  failure?: VerificationFailure
  intro: string
  action: string
  button: string
}) {
  return (
    <>
      {p.failure && <VerificationFailed ctx={p.ctx} failure={p.failure} />}
      {p.panel ? (
        <VerificationPanel ctx={p.ctx} {...p.panel} />
      ) : (
        <>
          <p class="body">{p.intro}</p>
          <form method="post" action={p.action}>
            <CsrfField ctx={p.ctx} />
            <Button>{p.button}</Button>
          </form>
        </>
      )}
    </>
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

/** In a browser other than the starting one: pick the number the starting screen shows. */
export function BindPage(p: {
  ctx: PageContext
  handle: string
  purpose: Purpose
  choices: string[]
  error?: string
}) {
  const { ctx } = p
  const m = identityMessages(ctx.locale)
  const errors = p.error ? [{ field: 'choice', message: p.error }] : []
  return (
    <Layout ctx={ctx} title={m('bind.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-l">{m('bind.title')}</h1>
      <p class="body">{m('bind.intro')}</p>
      <p class="hint">{m('bind.phoneHint')}</p>
      <p class="body">
        <strong>{m(`bind.purpose.${p.purpose}`)}</strong>
      </p>
      <form method="post" action="/ekyc/bind">
        <CsrfField ctx={ctx} />
        <input type="hidden" name="handle" value={p.handle} />
        <Radios
          id="choice"
          legend={m('bind.legend')}
          legendClass="fieldset__legend--l"
          error={p.error}
          choices={[
            ...p.choices.map((c) => ({ value: c, label: c })),
            { value: 'none', label: m('bind.none') },
          ]}
        />
        <div class="notice notice--warning">
          <p class="body">{m('bind.warning')}</p>
        </div>
        <Button>{m('bind.button')}</Button>
      </form>
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
