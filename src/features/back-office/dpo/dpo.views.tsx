import { formatDate, formatDateTime } from '../../../platform/time.js'
import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  Radios,
  SummaryList,
  type FieldError,
  TextArea,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { OFFICER_PATHS } from '../paths.js'
import { dpoMessages } from './dpo.messages.js'
import {
  DataTable,
  OUTCOMES,
  PDPA_PATHS,
  PdpaStyles,
  pdpaMessages,
  RequestStatusTag,
  type DpoRequestView,
  type QueueEntry,
} from '../../pdpa/index.js'

const lastDay = (dueAt: Date) => new Date(dueAt.getTime() - 1)

/** The queue: open requests by deadline, then the recently closed ones. */
export function QueuePage({
  ctx,
  officer,
  queue,
}: {
  ctx: PageContext
  officer: OfficerBadge
  queue: { open: QueueEntry[]; closed: QueueEntry[] }
}) {
  const m = dpoMessages(ctx.locale)
  const p = pdpaMessages(ctx.locale)
  const date = (d: Date) => formatDate(d, ctx.locale)
  const reminders = (r: QueueEntry) =>
    r.remindersSent.map((s) => p(`stage.${s}`)).join(', ') || p('myData.empty')
  return (
    <OfficerLayout ctx={ctx} title={m('queue.title')} officer={officer}>
      <PdpaStyles />
      <h1 class="heading-l">{m('queue.title')}</h1>
      <p class="body">{m('queue.intro')}</p>
      <h2 class="heading-m">{m('queue.open', { count: queue.open.length })}</h2>
      <DataTable
        id="open-requests"
        caption={m('queue.open', { count: queue.open.length })}
        head={[
          p('req.reference'),
          p('req.kind'),
          p('req.received'),
          p('req.due'),
          p('req.status'),
          m('queue.reminders'),
        ]}
        empty={m('queue.none')}
        rows={queue.open.map((r) => [
          <a href={PDPA_PATHS.dpoRequest(r.id)} class="reference">
            {r.reference}
          </a>,
          p(`req.kind.${r.kind}`),
          date(r.receivedAt),
          date(lastDay(r.dueAt)),
          <RequestStatusTag ctx={ctx} request={r} />,
          reminders(r),
        ])}
      />
      <h2 class="heading-m">{m('queue.closed')}</h2>
      <DataTable
        caption={m('queue.closed')}
        head={[
          p('req.reference'),
          p('req.kind'),
          p('req.received'),
          m('queue.decided'),
          p('req.outcome'),
        ]}
        empty={m('queue.none')}
        rows={queue.closed.map((r) => [
          <a href={PDPA_PATHS.dpoRequest(r.id)} class="reference">
            {r.reference}
          </a>,
          p(`req.kind.${r.kind}`),
          date(r.receivedAt),
          r.decidedAt ? date(r.decidedAt) : p('myData.empty'),
          r.outcome ? p(`req.outcome.${r.outcome}`) : p('myData.empty'),
        ])}
      />
    </OfficerLayout>
  )
}

const HISTORY_ACTIONS = [
  'pdpa.request_lodged',
  'pdpa.request_viewed',
  'pdpa.request_reminder_sent',
  'pdpa.request_closed',
] as const

/** One request for the DPO: the registrant's words, deadline, reminders, history, outcome. */
export function DpoRequestPage({
  ctx,
  officer,
  request,
  values = {},
  errors = [],
}: {
  ctx: PageContext
  officer: OfficerBadge
  request: DpoRequestView
  values?: Record<string, string>
  errors?: FieldError[]
}) {
  const m = dpoMessages(ctx.locale)
  const p = pdpaMessages(ctx.locale)
  const title = m('detail.title', { reference: request.reference })
  const who = (h: DpoRequestView['history'][number]) =>
    h.actorType === 'system'
      ? m('detail.system')
      : h.actorType === 'registrant'
        ? m('detail.registrantActor')
        : (h.actorRole ?? '')
            .split(',')
            .filter(Boolean)
            .map((r) => p(`role.${r}` as 'role.none'))
            .join(', ')
  return (
    <OfficerLayout ctx={ctx} title={title} officer={officer} hasErrors={errors.length > 0}>
      <PdpaStyles />
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-l">{title}</h1>
      <SummaryList
        rows={[
          { key: p('req.kind'), value: p(`req.kind.${request.kind}`) },
          { key: p('req.received'), value: formatDateTime(request.receivedAt, ctx.locale) },
          { key: p('req.due'), value: formatDate(lastDay(request.dueAt), ctx.locale) },
          { key: p('req.status'), value: <RequestStatusTag ctx={ctx} request={request} /> },
          {
            key: m('detail.details'),
            value: request.textsCleared ? (
              p('req.cleared')
            ) : (
              <span class="pdpa-text" data-request-details>
                {request.details}
              </span>
            ),
          },
          {
            key: m('detail.registrant'),
            value: (
              <a href={OFFICER_PATHS.person(request.personId)}>{m('detail.registrantLink')}</a>
            ),
          },
        ]}
      />
      <h2 class="heading-m">{m('detail.reminders')}</h2>
      {request.reminders.length === 0 ? (
        <p class="body">{m('detail.noReminders')}</p>
      ) : (
        <ul class="plain-list" data-reminders>
          {request.reminders.map((r) => (
            <li key={r.stage}>
              {p(`stage.${r.stage}`)} — {formatDateTime(r.sentAt, ctx.locale)}
            </li>
          ))}
        </ul>
      )}
      <h2 class="heading-m">{m('detail.history')}</h2>
      <DataTable
        caption={m('detail.history')}
        head={[m('detail.when'), m('detail.who'), m('detail.what')]}
        empty={m('queue.none')}
        rows={request.history.map((h) => [
          formatDateTime(h.occurredAt, ctx.locale),
          who(h),
          (HISTORY_ACTIONS as readonly string[]).includes(h.action)
            ? m(`detail.action.${h.action as (typeof HISTORY_ACTIONS)[number]}`)
            : m('detail.action.other'),
        ])}
      />
      {request.status === 'closed' ? (
        <>
          <h2 class="heading-m">{m('outcome.closed')}</h2>
          <SummaryList
            rows={[
              {
                key: p('req.outcome'),
                value: request.outcome ? p(`req.outcome.${request.outcome}`) : '',
              },
              {
                key: p('req.note'),
                value: request.textsCleared ? (
                  p('req.cleared')
                ) : (
                  <span class="pdpa-text">{request.outcomeNote ?? ''}</span>
                ),
              },
            ]}
          />
        </>
      ) : (
        <form method="post" action={PDPA_PATHS.dpoOutcome(request.id)} novalidate>
          <h2 class="heading-m">{m('outcome.title')}</h2>
          <CsrfField ctx={ctx} />
          <Radios
            id="outcome"
            legend={m('outcome.legend')}
            value={values.outcome}
            error={errorFor(errors, 'outcome')}
            choices={OUTCOMES.map((o) => ({ value: o, label: p(`req.outcome.${o}`) }))}
          />
          <TextArea
            id="note"
            label={m('outcome.note')}
            hint={m('outcome.noteHint')}
            value={values.note}
            error={errorFor(errors, 'note')}
          />
          <Button>{m('outcome.submit')}</Button>
        </form>
      )}
      <p class="body">
        <a href={PDPA_PATHS.dpoRequests}>{m('queue.title')}</a>
      </p>
    </OfficerLayout>
  )
}
