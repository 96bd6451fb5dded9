import { formatDate } from '../../platform/time.js'
import {
  Button,
  CsrfField,
  ErrorSummary,
  SummaryList,
  TextField,
  type FieldError,
} from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { brokerMessages } from './messages.js'
import { BROKER_PATHS } from './paths.js'

/** The application form: the registration applied on, the licence number, the rules' link. */
export function ApplyPage(p: {
  ctx: PageContext
  registrationId: string
  maskedNumber: string
  company: boolean
  licence: string
  submitKey: string
  /** The licence field's problem, or the registry being unreachable (kept by the field). */
  errors: FieldError[]
}) {
  const { ctx } = p
  const m = brokerMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('apply.title')} hasErrors={p.errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={p.errors} />
      <h1 class="heading-l">{m('apply.title')}</h1>
      <p class="body">{m('apply.lead')}</p>
      <p class="body">{m('apply.validity')}</p>
      <SummaryList
        rows={[
          {
            key: m('apply.base'),
            value: p.company ? m('apply.company') : <span>{p.maskedNumber}</span>,
          },
          ...(p.company ? [{ key: m('apply.number'), value: p.maskedNumber }] : []),
        ]}
      />
      <form method="post" action={BROKER_PATHS.apply(p.registrationId)} novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="submitKey" value={p.submitKey} />
        <TextField
          id="licence"
          label={m('apply.licence')}
          hint={m('apply.licenceHint')}
          value={p.licence}
          error={p.errors.find((e) => e.field === 'licence')?.message}
          autoComplete="off"
          spellcheck={false}
          width="20"
        />
        <Button>{m('apply.submit')}</Button>
      </form>
      <ul class="plain-list body">
        <li>
          <a href={BROKER_PATHS.rules}>{m('apply.rules')}</a>
        </li>
        <li>
          <a href={p.company ? '/account/company/view' : '/account'}>{m('apply.back')}</a>
        </li>
      </ul>
    </Layout>
  )
}

/** No form: the registration is not an ACTIVE importer/exporter one, or a broker one exists. */
export function CannotApplyPage(p: {
  ctx: PageContext
  company: boolean
  reason: 'not_active' | 'already'
  live?: { status: string; validUntil: Date | null; receiptId: string | null }
}) {
  const { ctx } = p
  const m = brokerMessages(ctx.locale)
  const title = p.reason === 'already' ? m('already.title') : m('notActive.title')
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="heading-l" data-cannot-apply={p.reason}>
        {title}
      </h1>
      {p.reason === 'not_active' && <p class="body">{m('notActive.body')}</p>}
      {p.reason === 'already' && p.live && (
        <p class="body">
          {p.live.status === 'SUSPENDED'
            ? m('already.suspended')
            : m('already.body', {
                until: p.live.validUntil ? formatDate(p.live.validUntil, ctx.locale) : '—',
              })}
        </p>
      )}
      <ul class="plain-list body">
        {p.live?.receiptId && (
          <li>
            <a href={`/verify/${p.live.receiptId}`}>{m('decision.receipt')}</a>
          </li>
        )}
        <li>
          <a href={BROKER_PATHS.rules}>{m('apply.rules')}</a>
        </li>
        <li>
          <a href={p.company ? '/account/company/view' : '/account'}>{m('apply.back')}</a>
        </li>
      </ul>
    </Layout>
  )
}

/** Not this person's registration (or not theirs to apply on): said the same way either way. */
export function NotFoundPage({ ctx }: { ctx: PageContext }) {
  const m = brokerMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('notFound.title')}>
      <h1 class="heading-l">{m('notFound.title')}</h1>
      <p class="body">{m('notFound.body')}</p>
      <p class="body">
        <a href="/account">{m('apply.back')}</a>
      </p>
    </Layout>
  )
}
