import type { VerificationFailure } from '../../platform/db/schema.js'
import {
  Button,
  Checkbox,
  CsrfField,
  ErrorSummary,
  errorFor,
  TextField,
  type FieldError,
} from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { EmailCodePage } from '../contact/index.js'
import { VerificationStep, type PanelProps } from '../identity/index.js'
import { PATHS } from './journey.js'
import { personMessages } from './messages.js'

interface FormPage {
  ctx: PageContext
  errors?: FieldError[]
}

/** Who can use the service, what is needed, and the Terms and Conditions to accept. */
export function StartPage({
  ctx,
  errors = [],
  documents,
}: FormPage & { documents: { kind: string; version: number }[] }) {
  const m = personMessages(ctx.locale)
  const version = (kind: string) => documents.find((d) => d.kind === kind)?.version ?? 1
  return (
    <Layout ctx={ctx} title={m('start.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-xl">{m('start.title')}</h1>
      <p class="lead">{m('start.who')}</p>
      <h2 class="heading-m">{m('start.needTitle')}</h2>
      <ul class="bullets">
        <li>{m('start.needId')}</li>
        <li>{m('start.needApp')}</li>
        <li>{m('start.needEmail')}</li>
        <li>{m('start.needMobile')}</li>
      </ul>
      <p class="body">{m('start.time')}</p>
      <p class="body">
        {m('start.decision')} <a href={PATHS.rules}>{m('start.rules')}</a>
      </p>
      <form method="post" action={PATHS.start} novalidate>
        <CsrfField ctx={ctx} />
        <h2 class="heading-m">{m('start.acceptLegend')}</h2>
        <ul class="plain-list body">
          <li>
            <a href="/terms" target="_blank" rel="noopener">
              {m('start.readTerms', { version: version('terms') })}
            </a>
          </li>
          <li>
            <a href="/privacy" target="_blank" rel="noopener">
              {m('start.readPrivacy', { version: version('privacy') })}
            </a>
          </li>
        </ul>
        <Checkbox
          id="accept"
          value="yes"
          label={m('start.accept')}
          error={errorFor(errors, 'accept')}
        />
        <Button>{m('start.button')}</Button>
      </form>
      <p class="body">
        <a href="/account/sign-in">{m('start.signIn')}</a>
      </p>
    </Layout>
  )
}

/** National ID, e-mail and mobile number. */
export function DetailsPage({
  ctx,
  errors = [],
  values,
}: FormPage & { values: { nationalId: string; email: string; mobile: string } }) {
  const m = personMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('details.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-l">{m('details.title')}</h1>
      <form method="post" action={PATHS.step('details')} novalidate>
        <CsrfField ctx={ctx} />
        <TextField
          id="nationalId"
          label={m('details.nationalId')}
          hint={m('details.nationalIdHint')}
          value={values.nationalId}
          error={errorFor(errors, 'nationalId')}
          inputMode="numeric"
          autoComplete="off"
          spellcheck={false}
          width="20"
        />
        <TextField
          id="email"
          type="email"
          label={m('details.email')}
          hint={m('details.emailHint')}
          value={values.email}
          error={errorFor(errors, 'email')}
          autoComplete="email"
          spellcheck={false}
        />
        <TextField
          id="mobile"
          type="tel"
          label={m('details.mobile')}
          hint={m('details.mobileHint')}
          value={values.mobile}
          error={errorFor(errors, 'mobile')}
          autoComplete="tel"
          width="20"
        />
        <Button>{m('details.button')}</Button>
      </form>
    </Layout>
  )
}

/** The 6-digit e-mail code of the person journey. */
export function ConfirmEmailPage({
  ctx,
  errors = [],
  email,
  resent,
}: FormPage & { email: string; resent?: boolean }) {
  return (
    <EmailCodePage
      ctx={ctx}
      errors={errors}
      email={email}
      resent={resent}
      m={personMessages(ctx.locale)}
      actions={{
        confirm: PATHS.step('confirm-email'),
        resend: PATHS.resendCode,
        change: PATHS.step('details'),
      }}
    />
  )
}

/** Identity verification: start, follow progress, or recover from a failure. */
export function VerifyPage({
  ctx,
  panel,
  failure,
}: {
  ctx: PageContext
  panel?: Omit<PanelProps, 'ctx'>
  failure?: VerificationFailure
}) {
  const m = personMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('verify.title')}>
      <h1 class="heading-l">{m('verify.title')}</h1>
      <VerificationStep
        ctx={ctx}
        panel={panel}
        failure={failure}
        intro={m('verify.intro')}
        action={PATHS.verifyStart}
        button={m('verify.start')}
      />
    </Layout>
  )
}
