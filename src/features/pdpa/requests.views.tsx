import { formatDate } from '../../platform/time.js'
import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  Radios,
  SummaryList,
  type FieldError,
  TextArea,
} from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { PdpaStyles } from './components.js'
import { pdpaMessages, type PdpaTranslate } from './messages.js'
import { PDPA_PATHS } from './paths.js'
import { daysLeft, type RequestRecord } from './requests.service.js'
import { REQUEST_KINDS } from './schema.js'

/** The time left on an open request, or its outcome; in words, never colour alone. */
export function deadlineText(m: PdpaTranslate, dueAt: Date, now: Date): string {
  const left = daysLeft(dueAt, now)
  if (left > 0) return m('req.daysLeft', { days: left })
  if (left === 0) return m('req.dueToday')
  return m('req.overdue', { days: -left })
}

export function RequestStatusTag({
  ctx,
  request,
  now = new Date(),
}: {
  ctx: PageContext
  request: Pick<RequestRecord, 'status' | 'dueAt' | 'outcome'>
  now?: Date
}) {
  const m = pdpaMessages(ctx.locale)
  if (request.status === 'closed')
    return (
      <span class="pdpa-tag pdpa-tag--closed" data-request-status="closed">
        {m('req.status.closed')}
        {request.outcome ? `: ${m(`req.outcome.${request.outcome}`)}` : ''}
      </span>
    )
  const overdue = daysLeft(request.dueAt, now) < 0
  return (
    <span class={`pdpa-tag${overdue ? ' pdpa-tag--overdue' : ''}`} data-request-status="open">
      {m('req.status.open')} · {deadlineText(m, request.dueAt, now)}
    </span>
  )
}

/** The form for a data-subject request. */
export function RequestFormPage({
  ctx,
  values = {},
  errors = [],
}: {
  ctx: PageContext
  values?: Record<string, string>
  errors?: FieldError[]
}) {
  const m = pdpaMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('form.title')} hasErrors={errors.length > 0}>
      <PdpaStyles />
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-l">{m('form.title')}</h1>
      <p class="body">{m('form.intro')}</p>
      <form method="post" action={PDPA_PATHS.requests} novalidate>
        <CsrfField ctx={ctx} />
        <Radios
          id="kind"
          legend={m('form.kind')}
          legendClass="fieldset__legend fieldset__legend--l"
          value={values.kind}
          error={errorFor(errors, 'kind')}
          choices={REQUEST_KINDS.map((k) => ({
            value: k,
            label: m(`req.kind.${k}`),
            hint: m(`req.hint.${k}`),
          }))}
        />
        <TextArea
          id="details"
          label={m('form.details')}
          hint={m('form.detailsHint')}
          value={values.details}
          error={errorFor(errors, 'details')}
        />
        <Button>{m('form.submit')}</Button>
      </form>
      <p class="body">
        <a href={PDPA_PATHS.myData}>{m('request.back')}</a>
      </p>
    </Layout>
  )
}

/** One of the registrant's requests: what they asked, the deadline, and the outcome. */
export function RequestPage({
  ctx,
  request,
  lodged,
}: {
  ctx: PageContext
  request: RequestRecord
  lodged: boolean
}) {
  const m = pdpaMessages(ctx.locale)
  const due = formatDate(new Date(request.dueAt.getTime() - 1), ctx.locale)
  return (
    <Layout ctx={ctx} title={m('request.title', { reference: request.reference })}>
      <PdpaStyles />
      {lodged && (
        <div class="panel-success" data-lodged>
          <h1 class="heading-l">{m('request.lodged')}</h1>
          <p class="body">{m('request.lodgedBody', { reference: request.reference, date: due })}</p>
        </div>
      )}
      {lodged ? (
        <h2 class="heading-m">{m('request.title', { reference: request.reference })}</h2>
      ) : (
        <h1 class="heading-l">{m('request.title', { reference: request.reference })}</h1>
      )}
      <SummaryList
        rows={[
          { key: m('req.reference'), value: <span class="reference">{request.reference}</span> },
          { key: m('req.kind'), value: m(`req.kind.${request.kind}`) },
          { key: m('req.received'), value: formatDate(request.receivedAt, ctx.locale) },
          { key: m('req.due'), value: due },
          { key: m('req.status'), value: <RequestStatusTag ctx={ctx} request={request} /> },
          {
            key: m('req.details'),
            value: request.textsCleared ? (
              m('req.cleared')
            ) : (
              <span class="pdpa-text">{request.details}</span>
            ),
          },
          ...(request.outcome
            ? [
                { key: m('req.outcome'), value: m(`req.outcome.${request.outcome}`) },
                {
                  key: m('req.note'),
                  value: request.textsCleared ? (
                    m('req.cleared')
                  ) : (
                    <span class="pdpa-text">{request.outcomeNote ?? ''}</span>
                  ),
                },
              ]
            : []),
        ]}
      />
      <p class="body">
        <a href={PDPA_PATHS.myData}>{m('request.back')}</a>
      </p>
    </Layout>
  )
}
