import {
  Button,
  Checkbox,
  CsrfField,
  ErrorSummary,
  errorFor,
  Radios,
  TextField,
  type FieldError,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { counterMessages, type CounterTranslate } from './counter.messages.js'
import { COUNTER_DOCUMENTS, EKYC_REASONS } from './counter.schema.js'
import { Checkboxes, OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { OFFICER_PATHS } from '../paths.js'

/** What just happened, shown at the top of an entry's page. */
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
