import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  TextField,
  type FieldError,
} from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'

/** The keys every journey's catalogue gives the e-mail code page, each in its own words. */
type EmailCodeKey =
  | 'code.title'
  | 'code.sent'
  | 'code.label'
  | 'code.button'
  | 'code.resend'
  | 'code.resent'
  | 'code.changeEmail'
export type EmailCodeTranslate = (key: EmailCodeKey, params?: Record<string, string>) => string

/** The 6-digit e-mail code page, shared by the journeys that confirm an address. */
export function EmailCodePage({
  ctx,
  errors = [],
  email,
  resent,
  m,
  actions,
}: {
  ctx: PageContext
  errors?: FieldError[]
  email: string
  resent?: boolean
  m: EmailCodeTranslate
  actions: { confirm: string; resend: string; change: string }
}) {
  const texts = {
    title: m('code.title'),
    sent: m('code.sent', { email }),
    label: m('code.label'),
    button: m('code.button'),
    resend: m('code.resend'),
    resent: m('code.resent'),
    change: m('code.changeEmail'),
  }
  return (
    <Layout ctx={ctx} title={texts.title} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-l">{texts.title}</h1>
      {resent && (
        <div class="notice notice--success" role="status">
          {texts.resent}
        </div>
      )}
      <p class="body">{texts.sent}</p>
      <form method="post" action={actions.confirm} novalidate>
        <CsrfField ctx={ctx} />
        <TextField
          id="code"
          label={texts.label}
          error={errorFor(errors, 'code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          width="10"
        />
        <Button>{texts.button}</Button>
      </form>
      <form method="post" action={actions.resend} class="inline-form">
        <CsrfField ctx={ctx} />
        <Button secondary>{texts.resend}</Button>
      </form>
      <p class="body">
        <a href={actions.change}>{texts.change}</a>
      </p>
    </Layout>
  )
}
