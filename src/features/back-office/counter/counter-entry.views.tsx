import { formatDate, formatDateTime } from '../../../platform/time.js'
import {
  Button,
  Checkbox,
  CsrfField,
  ErrorSummary,
  errorFor,
  SummaryList,
  type FieldError,
  TextArea,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { counterMessages, type CounterTranslate } from './counter.messages.js'
import type { CounterEntryView, OfficerStamp } from './counter-entry.service.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { OFFICER_PATHS } from '../paths.js'
import { can } from '../../officers/index.js'

/** What just happened, shown at the top of an entry's page. */
export type CounterNotice =
  'saved' | 'confirmed' | 'rejected' | 'fourEyes' | 'decided' | 'registered'

function Stamp({ ctx, m, stamp }: { ctx: PageContext; m: CounterTranslate; stamp: OfficerStamp }) {
  return (
    <>
      {m('entry.officer', {
        name: stamp.name,
        unit: stamp.unit,
        at: formatDateTime(stamp.at, ctx.locale),
      })}
    </>
  )
}

const NOTICE_KIND: Record<CounterNotice, 'success' | 'warning'> = {
  saved: 'success',
  confirmed: 'success',
  rejected: 'success',
  fourEyes: 'warning',
  decided: 'warning',
  registered: 'warning',
}

const NOTICE_TEXT = {
  saved: 'entry.saved',
  confirmed: 'entry.confirmed',
  rejected: 'entry.rejected',
  fourEyes: 'entry.fourEyes',
  decided: 'entry.decided',
  registered: 'entry.registered',
} as const

/** One entry in full, with the checker's confirm and reject forms when they may use them. */
export function CounterEntryPage({
  ctx,
  officer,
  view,
  notice,
  values = {},
  errors = [],
}: {
  ctx: PageContext
  officer: OfficerBadge
  view: CounterEntryView
  notice?: CounterNotice
  values?: Record<string, string>
  errors?: FieldError[]
}) {
  const m = counterMessages(ctx.locale)
  const title = m('entry.title', { reference: view.reference })
  return (
    <OfficerLayout ctx={ctx} title={title} hasErrors={errors.length > 0} officer={officer}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="bo-caption">{m('entry.caption')}</p>
      <h1 class="heading-l">{title}</h1>
      <p class="body">
        <a href={OFFICER_PATHS.counter}>{m('entry.back')}</a>
      </p>
      {notice && (
        <div
          class={`notice notice--${NOTICE_KIND[notice]}`}
          role={NOTICE_KIND[notice] === 'success' ? 'status' : 'alert'}
          data-notice={notice}
        >
          <p class="body">{m(NOTICE_TEXT[notice])}</p>
          {notice === 'confirmed' && view.personId && can(officer.roles, 'registry.search') && (
            <p class="body">
              <a href={OFFICER_PATHS.person(view.personId)}>{m('entry.openRegistrant')}</a>
            </p>
          )}
        </div>
      )}
      {view.own && view.status === 'pending' && notice !== 'fourEyes' && notice !== 'saved' && (
        <div class="notice notice--warning">
          <p class="body">{m('entry.own')}</p>
        </div>
      )}
      <h2 class="heading-m">{m('entry.data')}</h2>
      <SummaryList
        rows={[
          {
            key: m('form.nationalId'),
            value: <span class="reference">{view.nationalId}</span>,
          },
          { key: m('entry.nameTh'), value: view.nameTh },
          { key: m('entry.nameEn'), value: <span lang="en">{view.nameEn || '–'}</span> },
          { key: m('form.birthDate'), value: formatDate(view.birthDate, ctx.locale) },
          { key: m('form.address'), value: view.address },
          { key: m('form.email'), value: view.email },
          { key: m('form.mobile'), value: view.mobile },
        ]}
      />
      <h2 class="heading-m">{m('entry.record')}</h2>
      <SummaryList
        rows={[
          {
            key: m('entry.status'),
            value: <strong data-status={view.status}>{m(`counter.status.${view.status}`)}</strong>,
          },
          {
            key: m('entry.documents'),
            value: (
              <ul class="plain-list">
                {view.documents.map((d) => (
                  <li key={d}>{m(`doc.${d}`)}</li>
                ))}
              </ul>
            ),
          },
          { key: m('entry.ekycReason'), value: m(`reason.${view.ekycReason}`) },
          { key: m('entry.enteredBy'), value: <Stamp ctx={ctx} m={m} stamp={view.maker} /> },
          ...(view.checker
            ? [{ key: m('entry.checkedBy'), value: <Stamp ctx={ctx} m={m} stamp={view.checker} /> }]
            : []),
          ...(view.rejectionReason
            ? [{ key: m('entry.rejectionReason'), value: view.rejectionReason }]
            : []),
        ]}
      />
      {view.status === 'confirmed' &&
        view.personId &&
        notice !== 'confirmed' &&
        can(officer.roles, 'registry.search') && (
          <p class="body">
            <a href={OFFICER_PATHS.person(view.personId)}>{m('entry.openRegistrant')}</a>
          </p>
        )}
      {view.canDecide && (
        <>
          <section class="bo-card" aria-labelledby="confirm-title">
            <h2 class="bo-card__title" id="confirm-title">
              {m('entry.confirm.title')}
            </h2>
            <form method="post" action={OFFICER_PATHS.confirmCounter(view.id)} novalidate>
              <CsrfField ctx={ctx} />
              <p class="body">{m('entry.confirm.intro')}</p>
              <Checkbox
                id="matches"
                value="yes"
                label={m('entry.confirm.matches')}
                checked={values.matches === 'yes'}
                error={errorFor(errors, 'matches')}
              />
              <Button>{m('entry.confirm.button')}</Button>
            </form>
          </section>
          <section class="bo-card" aria-labelledby="reject-title">
            <h2 class="bo-card__title" id="reject-title">
              {m('entry.reject.title')}
            </h2>
            <form method="post" action={OFFICER_PATHS.rejectCounter(view.id)} novalidate>
              <CsrfField ctx={ctx} />
              <TextArea
                id="reason"
                label={m('entry.reject.reason')}
                hint={m('entry.reject.hint')}
                value={values.reason ?? ''}
                error={errorFor(errors, 'reason')}
              />
              <Button secondary>{m('entry.reject.button')}</Button>
            </form>
          </section>
        </>
      )}
    </OfficerLayout>
  )
}
