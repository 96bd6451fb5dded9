import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  TextField,
  type FieldError,
} from '../../../../platform/views/components.js'
import type { PageContext } from '../../../../platform/views/context.js'
import { Layout } from '../../../../platform/views/layout.js'
import { PATHS } from '../../journey.js'
import { contactMessages } from './messages.js'

export type ContactValues = Record<'contactName' | 'email' | 'phone' | 'branchCode', string>

/** Contact person, company e-mail, phone and branch code. */
export function ContactPage({
  ctx,
  errors = [],
  values,
}: {
  ctx: PageContext
  errors?: FieldError[]
  values: ContactValues
}) {
  const m = contactMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('contact.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-l">{m('contact.title')}</h1>
      <form method="post" action={PATHS.step('contact')} novalidate>
        <CsrfField ctx={ctx} />
        <TextField
          id="contactName"
          label={m('contact.name')}
          hint={m('contact.nameHint')}
          value={values.contactName}
          error={errorFor(errors, 'contactName')}
          autoComplete="name"
        />
        <TextField
          id="email"
          label={m('contact.email')}
          hint={m('contact.emailHint')}
          type="email"
          inputMode="email"
          autoComplete="email"
          spellcheck={false}
          value={values.email}
          error={errorFor(errors, 'email')}
        />
        <TextField
          id="phone"
          label={m('contact.phone')}
          hint={m('contact.phoneHint')}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          width="20"
          value={values.phone}
          error={errorFor(errors, 'phone')}
        />
        <TextField
          id="branchCode"
          label={m('contact.branch')}
          hint={m('contact.branchHint')}
          inputMode="numeric"
          width="5"
          value={values.branchCode}
          error={errorFor(errors, 'branchCode')}
        />
        <Button>{m('contact.button')}</Button>
      </form>
    </Layout>
  )
}
