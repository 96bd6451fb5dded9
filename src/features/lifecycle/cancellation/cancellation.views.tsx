import { formatDate } from '../../../platform/time.js'
import {
  Button,
  Checkbox,
  CsrfField,
  ErrorSummary,
  errorFor,
  type FieldError,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { Layout } from '../../../platform/views/layout.js'
import { REGISTRATION_PATHS } from '../../registration-actions/index.js'
import { cancellationMessages } from './messages.js'

/** A company's cancellation waiting for directors: when, who confirmed, whether I did. */
export interface PendingCancellation {
  startedAt: Date
  names: string[]
  mine: boolean
}

/** Who confirmed so far, as the cancellation page and the company page show it. */
export function PendingCancellationNote(p: {
  ctx: PageContext
  registrationId: string
  pending: PendingCancellation
  link?: boolean
}) {
  const m = cancellationMessages(p.ctx.locale)
  return (
    <div class="inset" data-pending-cancellation data-mine={p.pending.mine ? 'yes' : 'no'}>
      <h3 class="heading-s">{m('cancel.pending')}</h3>
      <p class="body">
        {m('cancel.pendingBody', {
          date: formatDate(p.pending.startedAt, p.ctx.locale),
          count: p.pending.names.length,
        })}{' '}
        {/* The bank's Thai names, read in Thai on an English page. */}
        <span lang={p.ctx.locale === 'en' ? 'th' : undefined} data-confirmed-by>
          {p.pending.names.join(', ')}
        </span>
      </p>
      {p.pending.mine ? (
        <p class="body">{m('cancel.pendingMine')}</p>
      ) : (
        p.link && (
          <p class="body">
            <a href={REGISTRATION_PATHS.cancel(p.registrationId)} data-confirm-cancellation>
              {m('cancel.pendingLink')}
            </a>
          </p>
        )
      )}
    </div>
  )
}

/** What cancelling means, then (after verifying through the bank) the confirmation. */
export function CancelPage(p: {
  ctx: PageContext
  registrationId: string
  live: boolean
  verified: boolean
  /** A company's signing clause in words; undefined for a person. */
  clause?: string
  pending?: PendingCancellation
  errors?: FieldError[]
  notice?: string
  /** The cancellation waiting for directors was just withdrawn. */
  withdrawn?: boolean
}) {
  const { ctx } = p
  const m = cancellationMessages(ctx.locale)
  const errors = p.errors ?? []
  const path = REGISTRATION_PATHS.cancel(p.registrationId)
  const company = p.clause !== undefined
  return (
    <Layout ctx={ctx} title={m('cancel.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      {p.notice && (
        <div class="error-summary" role="alert" tabIndex={-1} data-cancel-notice>
          <p class="body">{p.notice}</p>
        </div>
      )}
      {p.withdrawn && (
        <p class="inset" role="status" data-withdrawn>
          {m('cancel.withdrawn')}
        </p>
      )}
      <h1 class="heading-l">{m('cancel.title')}</h1>
      {!p.live ? (
        <p class="body" data-not-live>
          {m('cancel.notLive')}
        </p>
      ) : (
        <>
          <h2 class="heading-m">{m('cancel.means')}</h2>
          <ul class="list list--bullet" data-cancel-means>
            <li>{m('cancel.means1')}</li>
            <li>{m('cancel.means2')}</li>
            <li>{m('cancel.means3')}</li>
          </ul>
          {company && <p class="body">{m('cancel.company', { clause: p.clause ?? '' })}</p>}
          {p.pending && (
            <>
              <PendingCancellationNote
                ctx={ctx}
                registrationId={p.registrationId}
                pending={p.pending}
              />
              <form method="post" action={`${path}/withdraw`}>
                <CsrfField ctx={ctx} />
                <Button secondary>{m('cancel.withdraw')}</Button>
              </form>
            </>
          )}
          {p.pending?.mine ? null : p.verified ? (
            <form method="post" action={path} novalidate>
              <CsrfField ctx={ctx} />
              <Checkbox
                id="understood"
                value="yes"
                label={m('cancel.understood')}
                error={errorFor(errors, 'understood')}
              />
              <Button>{m(company ? 'cancel.confirmCompany' : 'cancel.submit')}</Button>
            </form>
          ) : (
            <form method="post" action={`${path}/verify`}>
              <CsrfField ctx={ctx} />
              <Button>{m('cancel.verify')}</Button>
            </form>
          )}
        </>
      )}
      <p class="body">
        <a href="/account">{m('back')}</a>
      </p>
    </Layout>
  )
}

/** Cancelled: when, the e-mail, the signed receipt, and that re-registering is a new application. */
export function CancelledPage(p: {
  ctx: PageContext
  decidedAt: Date
  email: string
  receiptId: string
}) {
  const m = cancellationMessages(p.ctx.locale)
  return (
    <Layout ctx={p.ctx} title={m('done.title')}>
      <h1 class="heading-l" data-cancelled>
        {m('done.title')}
      </h1>
      <p class="body">
        {m('done.body', { date: formatDate(p.decidedAt, p.ctx.locale), email: p.email })}
      </p>
      <p class="body">
        <a href={`/verify/${p.receiptId}`} data-receipt>
          {m('done.receipt')}
        </a>
      </p>
      <p class="body">
        <a href="/account">{m('back')}</a>
      </p>
    </Layout>
  )
}
