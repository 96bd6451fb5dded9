import { formatDate, formatDateTime } from '../../platform/time.js'
import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  type FieldError,
  SummaryList,
  TextArea,
  TextField,
} from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import type { ReporterView } from './follow.service.js'
import { helpMessages, type HelpTranslate } from './messages.js'
import { HELP_PATHS } from './paths.js'
import type { TicketRow } from './tickets.repository.js'

// Following a ticket: the reference and e-mail (or phrase), the code, the ticket itself.

export function FollowPage(p: {
  ctx: PageContext
  values?: Record<string, string>
  errors?: FieldError[]
}) {
  const m = helpMessages(p.ctx.locale)
  const v = p.values ?? {}
  const errors = p.errors ?? []
  return (
    <Layout ctx={p.ctx} title={m('follow.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={p.ctx} errors={errors} />
      <h1 class="heading-l">{m('follow.title')}</h1>
      <p class="body">{m('follow.intro')}</p>
      <form method="post" action={HELP_PATHS.follow} novalidate>
        <CsrfField ctx={p.ctx} />
        <TextField
          id="reference"
          label={m('follow.reference')}
          hint={m('follow.referenceHint')}
          value={v.reference}
          error={errorFor(errors, 'reference')}
          width="10"
          spellcheck={false}
        />
        <TextField
          id="email"
          type="email"
          label={m('follow.email')}
          autoComplete="email"
          value={v.email}
          error={errorFor(errors, 'email')}
          spellcheck={false}
        />
        <TextField
          id="phrase"
          label={m('follow.phrase')}
          value={v.phrase}
          error={errorFor(errors, 'phrase')}
          spellcheck={false}
          autoComplete="off"
        />
        <Button>{m('follow.submit')}</Button>
      </form>
    </Layout>
  )
}

export function CodePage(p: { ctx: PageContext; reference: string; errors?: FieldError[] }) {
  const m = helpMessages(p.ctx.locale)
  const errors = p.errors ?? []
  return (
    <Layout ctx={p.ctx} title={m('follow.codeTitle')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={p.ctx} errors={errors} />
      <h1 class="heading-l">{m('follow.codeTitle')}</h1>
      <p class="body">{m('follow.codeIntro')}</p>
      <form method="post" action={HELP_PATHS.followCode} novalidate>
        <CsrfField ctx={p.ctx} />
        <input type="hidden" name="reference" value={p.reference} />
        <TextField
          id="code"
          label={m('follow.code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          width="5"
          error={errorFor(errors, 'code')}
        />
        <Button>{m('follow.submit')}</Button>
      </form>
    </Layout>
  )
}

/** Text as written, its line breaks kept (no stylesheet of our own needed). */
export function Lines({ text }: { text: string }) {
  const lines = text.split('\n')
  return (
    <p class="body">
      {lines.map((l, i) => (
        <>
          {i > 0 && <br />}
          {l}
        </>
      ))}
    </p>
  )
}

/** The status in words (never colour alone). */
export function StatusTag({ m, status }: { m: HelpTranslate; status: TicketRow['status'] }) {
  return (
    <strong class="tag" data-status={status}>
      {m(`status.${status}`)}
    </strong>
  )
}

/** The reporter's ticket: its messages and status changes, a reply, closing it. */
export function TicketPage(p: {
  ctx: PageContext
  view: ReporterView
  values?: Record<string, string>
  errors?: FieldError[]
}) {
  const m = helpMessages(p.ctx.locale)
  const { ticket, events, attachments } = p.view
  const errors = p.errors ?? []
  const title = m('ticket.title', { reference: ticket.reference })
  return (
    <Layout ctx={p.ctx} title={title} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={p.ctx} errors={errors} />
      <h1 class="heading-l">{title}</h1>
      <SummaryList
        rows={[
          { key: m('ticket.status'), value: <StatusTag m={m} status={ticket.status} /> },
          { key: m('ticket.category'), value: m(`cat.${ticket.category}`) },
          { key: m('ticket.subject'), value: ticket.subject },
          { key: m('ticket.created'), value: formatDate(ticket.created_at, p.ctx.locale) },
        ]}
      />
      <h2 class="heading-m">{m('ticket.messages')}</h2>
      <ol class="plain-list" data-messages>
        {events.map((e) =>
          e.kind === 'status' ? (
            <li key={e.id} class="hint">
              {formatDateTime(e.at, p.ctx.locale)} · {e.to_status ? m(`status.${e.to_status}`) : ''}
            </li>
          ) : e.body ? (
            <li key={e.id} class="inset" data-message={e.actor_type}>
              <p class="hint">
                {e.actor_type === 'reporter' ? m('ticket.you') : m('ticket.desk')} ·{' '}
                {formatDateTime(e.at, p.ctx.locale)}
              </p>
              <Lines text={e.body} />
              {attachments
                .filter((a) => a.event_id === e.id)
                .map((a) => (
                  <p class="body" key={a.id}>
                    <a href={HELP_PATHS.attachment(ticket.reference, a.id)}>
                      {m('ticket.attachment', { name: a.file_name })}
                    </a>
                  </p>
                ))}
            </li>
          ) : null,
        )}
      </ol>
      {ticket.status === 'closed' ? (
        <p class="body">{m('ticket.closed')}</p>
      ) : (
        <>
          <form method="post" action={HELP_PATHS.reply(ticket.reference)} novalidate>
            <CsrfField ctx={p.ctx} />
            <TextArea
              id="message"
              label={m('ticket.reply')}
              value={p.values?.message}
              error={errorFor(errors, 'message')}
            />
            <Button>{m('ticket.replySubmit')}</Button>
          </form>
          <form method="post" action={HELP_PATHS.close(ticket.reference)}>
            <CsrfField ctx={p.ctx} />
            <Button secondary>{m('ticket.close')}</Button>
          </form>
        </>
      )}
    </Layout>
  )
}

/** The registrant's tickets on /account. */
export function MyTickets({ ctx, tickets }: { ctx: PageContext; tickets: TicketRow[] }) {
  const m = helpMessages(ctx.locale)
  return (
    <section aria-labelledby="my-tickets">
      <h2 class="heading-m" id="my-tickets">
        {m('ticket.list')}
      </h2>
      {tickets.length === 0 ? (
        <p class="body">{m('ticket.none')}</p>
      ) : (
        <ul class="plain-list">
          {tickets.map((t) => (
            <li key={t.id}>
              <a href={HELP_PATHS.ticket(t.reference)}>{t.reference}</a> · {t.subject} ·{' '}
              <StatusTag m={m} status={t.status} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
