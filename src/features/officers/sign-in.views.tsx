import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  TextField,
  type FieldError,
} from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { OfficerFrame, PasswordField } from './frame.views.js'
import { officerMessages } from './messages.js'
import { SIGN_IN_PATHS } from './paths.js'
import { ssoMessages } from './sso.messages.js'
import { SSO_PATHS } from './sso.paths.js'

/** Step one: name and password; and the agency's sign-on instead, where it is configured. */
export function SignInPage({
  ctx,
  username = '',
  errors = [],
  notice,
  sso = false,
}: {
  ctx: PageContext
  username?: string
  errors?: FieldError[]
  notice?: string
  /** The agency's SSO is configured (STAFF_SSO_*): link to its sign-in. */
  sso?: boolean
}) {
  const m = officerMessages(ctx.locale)
  return (
    <OfficerFrame ctx={ctx} title={m('signIn.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-l">{m('signIn.title')}</h1>
      {notice && (
        <div class="notice" role="status">
          <p class="body">{notice}</p>
        </div>
      )}
      <p class="body">{m('signIn.intro')}</p>
      <form method="post" action={SIGN_IN_PATHS.signIn} novalidate>
        <CsrfField ctx={ctx} />
        <TextField
          id="username"
          label={m('signIn.username')}
          value={username}
          autoComplete="username"
          spellcheck={false}
          width="20"
          error={errorFor(errors, 'username')}
        />
        <PasswordField
          id="password"
          label={m('signIn.password')}
          autoComplete="current-password"
          error={errorFor(errors, 'password')}
        />
        <Button>{m('signIn.continue')}</Button>
      </form>
      {sso && <SsoSignIn ctx={ctx} />}
      <p class="body">{m('signIn.registrants')}</p>
    </OfficerFrame>
  )
}

function SsoSignIn({ ctx }: { ctx: PageContext }) {
  const s = ssoMessages(ctx.locale)
  return (
    <section aria-labelledby="sso-heading">
      <h2 class="heading-m" id="sso-heading">
        {s('signIn.heading')}
      </h2>
      <p class="body">{s('signIn.lead')}</p>
      <p class="body">
        <a href={SSO_PATHS.start} data-sso-link>
          {s('title')}
        </a>
      </p>
    </section>
  )
}

/** Step two: a code from the authenticator app, or a recovery code. */
export function CodePage({ ctx, errors = [] }: { ctx: PageContext; errors?: FieldError[] }) {
  const m = officerMessages(ctx.locale)
  return (
    <OfficerFrame ctx={ctx} title={m('code.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-l">{m('code.title')}</h1>
      <form method="post" action={SIGN_IN_PATHS.code} novalidate>
        <CsrfField ctx={ctx} />
        <TextField
          id="code"
          label={m('code.label')}
          hint={m('code.hint')}
          autoComplete="one-time-code"
          spellcheck={false}
          width="10"
          error={errorFor(errors, 'code')}
        />
        <Button>{m('code.button')}</Button>
      </form>
      <p class="body">
        <a href={SIGN_IN_PATHS.signIn}>{m('code.startAgain')}</a>
      </p>
    </OfficerFrame>
  )
}

/** A message page in the sign-in and enrolment area (a spent link, a finished step). */
export function OfficerMessagePage({
  ctx,
  title,
  body,
  link,
}: {
  ctx: PageContext
  title: string
  body: string
  link?: { href: string; text: string }
}) {
  return (
    <OfficerFrame ctx={ctx} title={title}>
      <h1 class="heading-l">{title}</h1>
      <p class="body">{body}</p>
      {link && (
        <p class="body">
          <a href={link.href}>{link.text}</a>
        </p>
      )}
    </OfficerFrame>
  )
}

/** Enrolment, step one: the officer chooses a password. */
export function EnrolPasswordPage({
  ctx,
  name,
  errors = [],
}: {
  ctx: PageContext
  name: string
  errors?: FieldError[]
}) {
  const m = officerMessages(ctx.locale)
  return (
    <OfficerFrame ctx={ctx} title={m('enrol.password.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="bo-caption">{m('enrol.caption', { step: 1, of: 2 })}</p>
      <h1 class="heading-l">{m('enrol.password.title')}</h1>
      <p class="body">{m('enrol.password.intro', { name })}</p>
      <form method="post" action={SIGN_IN_PATHS.enrolPassword} novalidate>
        <CsrfField ctx={ctx} />
        <PasswordField
          id="password"
          label={m('enrol.password.new')}
          hint={m('enrol.password.hint')}
          autoComplete="new-password"
          error={errorFor(errors, 'password')}
        />
        <PasswordField
          id="confirm"
          label={m('enrol.password.confirm')}
          autoComplete="new-password"
          error={errorFor(errors, 'confirm')}
        />
        <Button>{m('enrol.password.button')}</Button>
      </form>
    </OfficerFrame>
  )
}

/** Groups a base32 secret in fours, for typing into an app by hand. */
function grouped(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret
}

/** Enrolment, step two: the authenticator app reads the QR code and a code confirms it. */
export function EnrolAuthenticatorPage({
  ctx,
  qrDataUrl,
  secret,
  errors = [],
}: {
  ctx: PageContext
  qrDataUrl: string
  secret: string
  errors?: FieldError[]
}) {
  const m = officerMessages(ctx.locale)
  return (
    <OfficerFrame ctx={ctx} title={m('enrol.totp.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="bo-caption">{m('enrol.caption', { step: 2, of: 2 })}</p>
      <h1 class="heading-l">{m('enrol.totp.title')}</h1>
      <ol class="bullets">
        <li>{m('enrol.totp.step1')}</li>
        <li>{m('enrol.totp.step2')}</li>
        <li>{m('enrol.totp.step3')}</li>
      </ol>
      <img class="qr" src={qrDataUrl} alt={m('enrol.totp.qrAlt')} width={220} height={220} />
      <p class="body">
        {m('enrol.totp.manual')}{' '}
        <code class="reference" data-totp-secret={secret}>
          {grouped(secret)}
        </code>
      </p>
      <form method="post" action={SIGN_IN_PATHS.enrolAuthenticator} novalidate>
        <CsrfField ctx={ctx} />
        <TextField
          id="code"
          label={m('enrol.totp.code')}
          hint={m('enrol.totp.codeHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          width="5"
          error={errorFor(errors, 'code')}
        />
        <Button>{m('enrol.totp.button')}</Button>
      </form>
    </OfficerFrame>
  )
}

/** Enrolment done: the recovery codes, shown this once. */
export function RecoveryCodesPage({ ctx, codes }: { ctx: PageContext; codes: string[] }) {
  const m = officerMessages(ctx.locale)
  return (
    <OfficerFrame ctx={ctx} title={m('enrol.done.title')}>
      <div class="panel-success">
        <h1 class="heading-l">{m('enrol.done.title')}</h1>
      </div>
      <h2 class="heading-m">{m('enrol.done.codesTitle')}</h2>
      <div class="notice notice--warning">
        <p class="body">{m('enrol.done.warning')}</p>
      </div>
      <ol class="bo-codes" data-recovery-codes>
        {codes.map((c) => (
          <li key={c} class="reference">
            {c}
          </li>
        ))}
      </ol>
      <p class="body">{m('enrol.done.use')}</p>
      <p class="body">
        <a href={SIGN_IN_PATHS.signIn} class="button">
          {m('enrol.done.signIn')}
        </a>
      </p>
    </OfficerFrame>
  )
}
