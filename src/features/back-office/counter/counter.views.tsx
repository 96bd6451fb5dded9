import { formatDate, formatDateTime } from '../../../platform/time.js'
import {
  Button,
  Checkbox,
  CsrfField,
  ErrorSummary,
  errorFor,
  Radios,
  SummaryList,
  TextField,
  type FieldError,
  TextArea,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { counterMessages, type CounterTranslate } from './counter.messages.js'
import { COUNTER_DOCUMENTS, EKYC_REASONS } from './counter.schema.js'
import type {
  CounterEntryView,
  CounterList,
  CounterListItem,
  OfficerStamp,
} from './counter.service.js'
import { Checkboxes, OfficerLayout, type OfficerBadge } from '../layout.views.js'
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

function EntriesTable({
  ctx,
  m,
  items,
  caption,
  decided,
}: {
  ctx: PageContext
  m: CounterTranslate
  items: CounterListItem[]
  caption: string
  decided: boolean
}) {
  return (
    <div class="bo-table-wrap">
      <table class="bo-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m('counter.col.reference')}</th>
            <th scope="col">{m('counter.col.name')}</th>
            <th scope="col">{m('counter.col.enteredBy')}</th>
            <th scope="col">{decided ? m('counter.col.checkedBy') : m('counter.col.enteredAt')}</th>
            {decided && <th scope="col">{m('counter.col.status')}</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} data-entry={i.reference}>
              <td>
                <a href={OFFICER_PATHS.counterEntry(i.id)} class="reference">
                  {i.reference}
                </a>
              </td>
              <td>{i.nameTh}</td>
              <td>
                {i.makerName}
                {i.own && !decided && <span class="bo-block hint">{m('counter.yours')}</span>}
              </td>
              <td>
                {decided
                  ? `${i.checkerName ?? ''}${i.checkedAt ? ` (${formatDateTime(i.checkedAt, ctx.locale)})` : ''}`
                  : formatDateTime(i.enteredAt, ctx.locale)}
              </td>
              {decided && <td>{m(`counter.status.${i.status}`)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The counter: what waits for a second officer, what was checked lately, a new entry. */
export function CounterListPage({
  ctx,
  officer,
  list,
}: {
  ctx: PageContext
  officer: OfficerBadge
  list: CounterList
}) {
  const m = counterMessages(ctx.locale)
  return (
    <OfficerLayout ctx={ctx} title={m('counter.title')} officer={officer}>
      <h1 class="heading-l">{m('counter.title')}</h1>
      <p class="body">{m('counter.intro')}</p>
      <p class="hint">{m('counter.noOverride')}</p>
      {list.canEnter && (
        <p class="body">
          <a class="button" href={OFFICER_PATHS.newCounter}>
            {m('counter.new')}
          </a>
        </p>
      )}
      <h2 class="heading-m">{m('counter.pending')}</h2>
      {list.pending.length === 0 ? (
        <p class="body">{m('counter.noPending')}</p>
      ) : (
        <EntriesTable
          ctx={ctx}
          m={m}
          items={list.pending}
          caption={m('counter.pending')}
          decided={false}
        />
      )}
      <h2 class="heading-m">{m('counter.recent')}</h2>
      {list.decided.length === 0 ? (
        <p class="body">{m('counter.noRecent')}</p>
      ) : (
        <EntriesTable ctx={ctx} m={m} items={list.decided} caption={m('counter.recent')} decided />
      )}
    </OfficerLayout>
  )
}

/** The maker's form, from the original documents. */
export function CounterFormPage({
  ctx,
  officer,
  values = {},
  errors = [],
}: {
  ctx: PageContext
  officer: OfficerBadge
  values?: Record<string, string>
  errors?: FieldError[]
}) {
  const m = counterMessages(ctx.locale)
  const field = (
    id: string,
    opts: {
      hint?: string
      width?: 'full' | '20' | '10' | '5'
      type?: 'text' | 'email' | 'tel'
      inputMode?: 'numeric' | 'email' | 'tel' | 'text'
      label?: string
    } = {},
  ) => (
    <TextField
      id={id}
      label={opts.label ?? m(`form.${id}` as Parameters<CounterTranslate>[0])}
      hint={opts.hint}
      value={values[id] ?? ''}
      error={errorFor(errors, id)}
      width={opts.width}
      type={opts.type}
      inputMode={opts.inputMode}
      autoComplete="off"
      spellcheck={false}
    />
  )
  const documents = (values.documents ?? '').split(',').filter(Boolean)
  return (
    <OfficerLayout
      ctx={ctx}
      title={m('form.title')}
      hasErrors={errors.length > 0}
      officer={officer}
    >
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="bo-caption">{m('counter.title')}</p>
      <h1 class="heading-l">{m('form.title')}</h1>
      <p class="body">{m('form.intro')}</p>
      <form method="post" action={OFFICER_PATHS.newCounter} novalidate>
        <CsrfField ctx={ctx} />
        <h2 class="heading-m">{m('form.person')}</h2>
        {field('nationalId', { width: '20', inputMode: 'numeric' })}
        {field('titleTh', { hint: m('form.titleTh.hint'), width: '10' })}
        {field('firstNameTh', { width: '20' })}
        {field('middleNameTh', { width: '20' })}
        {field('lastNameTh', { width: '20' })}
        {field('titleEn', { width: '10' })}
        {field('firstNameEn', { hint: m('form.nameEn.hint'), width: '20' })}
        {field('middleNameEn', { width: '20' })}
        {field('lastNameEn', { width: '20' })}
        {field('birthDate', { hint: m('form.birthDate.hint'), width: '10' })}
        <h2 class="heading-m">{m('form.address')}</h2>
        {field('houseNo', { width: '10' })}
        {field('moo', { width: '5' })}
        {field('soi', { width: '20' })}
        {field('road', { width: '20' })}
        {field('subdistrict', { hint: m('form.subdistrict.hint'), width: '20' })}
        {field('postcode', { width: '5', inputMode: 'numeric' })}
        <h2 class="heading-m">{m('form.contact')}</h2>
        {field('email', { hint: m('form.email.hint'), type: 'email', inputMode: 'email' })}
        {field('mobile', {
          hint: m('form.mobile.hint'),
          width: '10',
          type: 'tel',
          inputMode: 'tel',
        })}
        <h2 class="heading-m">{m('form.checks')}</h2>
        <Checkboxes
          id="documents"
          legend={m('form.documents')}
          hint={m('form.documents.hint')}
          error={errorFor(errors, 'documents')}
          choices={COUNTER_DOCUMENTS.map((d) => ({ value: d, label: m(`doc.${d}`) }))}
          checked={documents}
        />
        <Radios
          id="ekycReason"
          legend={m('form.ekycReason')}
          value={values.ekycReason ?? ''}
          error={errorFor(errors, 'ekycReason')}
          choices={EKYC_REASONS.map((r) => ({ value: r, label: m(`reason.${r}`) }))}
        />
        <Checkbox
          id="seen"
          value="yes"
          label={m('form.seen')}
          checked={values.seen === 'yes'}
          error={errorFor(errors, 'seen')}
        />
        <Button>{m('form.button')}</Button>
      </form>
    </OfficerLayout>
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
