import { formatDateTime } from '../../../platform/time.js'
import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  Radios,
  Select,
  SummaryList,
  TextArea,
  TextField,
  type FieldError,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { canMove, helpMessages, type OfficerTicketView, type Queue } from '../../help-desk/index.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { SlaTag } from './inbox.views.js'
import { deskMessages } from './messages.js'
import { DESK_PATHS } from './paths.js'

/** An address with most of its local part hidden: the desk needs to recognise it, not copy it. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@')
  return `${local.slice(0, 2)}•••@${domain}`
}

export interface TicketPageProps {
  ctx: PageContext
  officer: OfficerBadge
  queue: Queue
  view: OfficerTicketView
  values?: Record<string, string>
  errors?: FieldError[]
  changedMeanwhile?: boolean
  revealed?: { email?: string; personId?: string }
}

/** One ticket for an officer: facts, SLA, history with notes, and the actions. */
export function OfficerTicketPage(p: TicketPageProps) {
  const m = deskMessages(p.ctx.locale)
  const h = helpMessages(p.ctx.locale)
  const { ticket: t, events, attachments, sla } = p.view
  const v = p.values ?? {}
  const errors = p.errors ?? []
  const title = m('ticket.title', { reference: t.reference })
  const action = (a: string) => DESK_PATHS.action(p.queue, t.id, a)
  const Version = () => <input type="hidden" name="version" value={String(t.version)} />
  const assignee = p.view.officers.find((o) => o.id === t.assignee_id)?.name
  return (
    <OfficerLayout ctx={p.ctx} title={title} officer={p.officer} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={p.ctx} errors={errors} />
      {p.changedMeanwhile && (
        <div class="notice notice--warning" role="alert" data-changed-meanwhile>
          <p>{m('ticket.changed')}</p>
        </div>
      )}
      <h1 class="heading-l">{title}</h1>
      <SummaryList
        rows={[
          { key: h('ticket.subject'), value: t.subject },
          { key: h('ticket.category'), value: h(`cat.${t.category}`) },
          {
            key: h('ticket.status'),
            value: <span data-status={t.status}>{h(`status.${t.status}`)}</span>,
          },
          {
            key: m('ticket.reporter'),
            value: t.email
              ? m('ticket.reporterMasked', { email: maskEmail(t.email) })
              : m('ticket.reporterSealed'),
          },
          ...(t.origin_step || t.origin_error_ref
            ? [
                {
                  key: m('ticket.origin'),
                  value: [t.origin_step, t.origin_error_ref].filter(Boolean).join(' · '),
                },
              ]
            : []),
          { key: m('inbox.firstResponse'), value: <SlaTag m={m} state={sla.firstResponse} /> },
          { key: m('inbox.resolution'), value: <SlaTag m={m} state={sla.resolution} /> },
          {
            key: m('ticket.used'),
            value: m('ticket.hours', { hours: (sla.usedMs / 3_600_000).toFixed(1) }),
          },
          { key: m('ticket.assignee'), value: assignee ?? m('ticket.nobody') },
        ]}
      />
      {p.queue === 'sealed' && <RevealBox {...p} />}
      <h2 class="heading-m">{m('ticket.history')}</h2>
      <ol class="plain-list" data-history>
        {events.map((e) => (
          <li key={e.id} class={e.body ? 'inset' : 'hint'} data-event={e.kind}>
            <p class="hint">
              {m(`ticket.kind.${e.kind}`)} · {m(`ticket.by.${e.actor_type}`)} ·{' '}
              {formatDateTime(e.at, p.ctx.locale)}
              {e.kind === 'status' && e.to_status ? ` · ${h(`status.${e.to_status}`)}` : ''}
            </p>
            {e.body && <p class="body">{e.body}</p>}
            {attachments
              .filter((a) => a.event_id === e.id)
              .map((a) => (
                <p class="body" key={a.id}>
                  <a href={DESK_PATHS.file(p.queue, t.id, a.id)}>
                    {h('ticket.attachment', { name: a.file_name })}
                  </a>
                </p>
              ))}
          </li>
        ))}
      </ol>
      {t.status !== 'closed' && (
        <>
          <form method="get" action={DESK_PATHS.ticket(p.queue, t.id)}>
            <Select
              id="canned"
              label={m('ticket.canned')}
              value={v.canned ?? ''}
              options={[
                { value: '', label: m('ticket.cannedNone') },
                ...p.view.canned.map((c) => ({
                  value: c.id,
                  label: p.ctx.locale === 'th' ? c.titleTh : c.titleEn,
                })),
              ]}
            />
            <Button secondary>{m('ticket.cannedUse')}</Button>
          </form>
          <form method="post" action={action('reply')} novalidate>
            <CsrfField ctx={p.ctx} />
            <Version />
            <TextArea
              id="body"
              label={m('ticket.reply')}
              value={v.body}
              error={errorFor(errors, 'body')}
              rows={8}
            />
            <Radios
              id="then"
              legend={m('ticket.then')}
              value={v.then ?? 'pending'}
              error={errorFor(errors, 'then')}
              choices={(['open', 'pending', 'resolved'] as const).map((s) => ({
                value: s,
                label: m(`ticket.then.${s}`),
              }))}
            />
            <Button>{m('ticket.send')}</Button>
          </form>
          <form method="post" action={action('note')} novalidate>
            <CsrfField ctx={p.ctx} />
            <Version />
            <TextArea
              id="note"
              label={m('ticket.note')}
              value={v.note}
              error={errorFor(errors, 'note')}
              rows={3}
            />
            <Button secondary>{m('ticket.addNote')}</Button>
          </form>
          <form method="post" action={action('assign')}>
            <CsrfField ctx={p.ctx} />
            <Version />
            <Select
              id="assignee"
              label={m('ticket.assign')}
              value={t.assignee_id ?? 'none'}
              error={errorFor(errors, 'assignee')}
              options={[
                { value: 'none', label: m('ticket.nobody') },
                ...p.view.officers.map((o) => ({ value: o.id, label: o.name })),
              ]}
            />
            <Button secondary>{m('ticket.assignSubmit')}</Button>
          </form>
          <form method="post" action={action('status')}>
            <CsrfField ctx={p.ctx} />
            <Version />
            <Select
              id="to"
              label={m('ticket.status')}
              error={errorFor(errors, 'to')}
              options={(['open', 'pending', 'resolved', 'closed'] as const)
                .filter((s) => canMove(t.status, s))
                .map((s) => ({ value: s, label: h(`status.${s}`) }))}
            />
            <Button secondary>{m('ticket.statusSubmit')}</Button>
          </form>
          <form method="post" action={action('merge')} novalidate>
            <CsrfField ctx={p.ctx} />
            <Version />
            <TextField
              id="into"
              label={m('ticket.merge')}
              value={v.into}
              error={errorFor(errors, 'into')}
              width="10"
            />
            <Button secondary>{m('ticket.mergeSubmit')}</Button>
          </form>
        </>
      )}
    </OfficerLayout>
  )
}

/** The integrity role's reveal: a reason first; the identity once revealed. */
function RevealBox(p: TicketPageProps) {
  const m = deskMessages(p.ctx.locale)
  const errors = p.errors ?? []
  if (p.revealed)
    return (
      <div class="inset" data-revealed>
        <h2 class="heading-m">{m('ticket.revealed')}</h2>
        <p class="body">{p.revealed.email ?? m('ticket.anonymous')}</p>
      </div>
    )
  return (
    <form method="post" action={DESK_PATHS.reveal(p.view.ticket.id)} novalidate>
      <CsrfField ctx={p.ctx} />
      <h2 class="heading-m">{m('ticket.reveal')}</h2>
      <TextField
        id="reason"
        label={m('ticket.revealReason')}
        value={p.values?.reason}
        error={errorFor(errors, 'reason')}
      />
      <Button secondary>{m('ticket.revealSubmit')}</Button>
    </form>
  )
}
