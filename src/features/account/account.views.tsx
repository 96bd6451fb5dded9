import type { ComponentChildren } from 'preact'
import type { VerificationFailure } from '../../platform/db/schema.js'
import { formatDate } from '../../platform/time.js'
import { Button, CsrfField, SummaryList } from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { VerificationStep, type PanelProps } from '../identity/index.js'
import { PDPA_PATHS, pdpaMessages } from '../pdpa/index.js'
import { SignedCompanyList } from '../authority/index.js'
import { ListingLink } from '../registration-check/index.js'
import type { SignedCompany } from '../registration-company/index.js'
import type { PersonName, RegistrationView } from './account.service.js'
import { accountMessages } from './messages.js'
import { STEP_UP_PATH } from './step-up.js'
import { RegistrationActions } from '../registration-actions/index.js'

export function SignInPage({
  ctx,
  panel,
  failure,
  stepUp,
}: {
  ctx: PageContext
  panel?: Omit<PanelProps, 'ctx'>
  failure?: VerificationFailure
  /** A signed-in registrant verifying again before a change (STEP_UP_PATH). */
  stepUp?: boolean
}) {
  const m = accountMessages(ctx.locale)
  const title = m(stepUp ? 'stepUp.title' : 'signIn.title')
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="heading-l">{title}</h1>
      <VerificationStep
        ctx={ctx}
        panel={panel}
        failure={failure}
        intro={m(stepUp ? 'stepUp.intro' : 'signIn.intro')}
        action={stepUp ? STEP_UP_PATH : '/account/sign-in'}
        button={m('signIn.button')}
      />
      <p class="body">
        {stepUp ? (
          <a href="/account">{m('stepUp.back')}</a>
        ) : (
          <a href="/register/person">{m('signIn.register')}</a>
        )}
      </p>
    </Layout>
  )
}

/** The person's name for the page: the bank's English name on English pages when it gave one. */
function NameOf({ ctx, name }: { ctx: PageContext; name: PersonName }) {
  if (ctx.locale === 'en' && name.en) return <span data-person-name>{name.en}</span>
  // A Thai name on an English page is marked so that screen readers read it in Thai.
  return (
    <span data-person-name lang={ctx.locale === 'th' ? undefined : 'th'}>
      {name.th}
    </span>
  )
}

/** Notes another feature adds under each registration (the lifecycle's: why it is suspended…). */
export type RegistrationNotes = (
  ctx: PageContext,
  registrations: RegistrationView[],
  personId: string,
) => Promise<Record<string, ComponentChildren>>

export function AccountPage({
  ctx,
  name,
  registrations,
  companies,
  helpDesk,
  now,
  warning,
  notes,
}: {
  ctx: PageContext
  /** The jobs' clock's now: renewal opens 90 days before the end date by that clock. */
  now: Date
  name: PersonName
  registrations: RegistrationView[]
  companies: SignedCompany[]
  /** The registrant's help-desk tickets (the help-desk feature's list). */
  helpDesk?: ComponentChildren
  /** A problem to tell before anything else (a step-up of another person). */
  warning?: string
  /** Under each registration, by its id (see RegistrationNotes). */
  notes?: Record<string, ComponentChildren>
}) {
  const m = accountMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('account.title')}>
      {warning && (
        <div class="error-summary" role="alert" tabIndex={-1} data-account-warning>
          <p class="body">{warning}</p>
        </div>
      )}
      <h1 class="heading-l">{m('account.title')}</h1>
      <p class="lead">
        {m('account.hello')} <NameOf ctx={ctx} name={name} />
      </p>
      {registrations.length === 0 && (
        <p class="body" data-no-registration>
          {companies.length === 0 ? m('account.none') : m('account.noneOwn')}
        </p>
      )}
      {registrations.map((r) => (
        <section key={r.id} aria-labelledby={`reg-${r.id}`}>
          <h2 class="heading-m" id={`reg-${r.id}`}>
            {m(`account.kind.${r.kind}`)}
          </h2>
          <SummaryList
            rows={[
              { key: m('account.number'), value: <span data-registration-number>{r.number}</span> },
              {
                key: m('account.status'),
                value: <strong data-status={r.status}>{m(`account.status.${r.status}`)}</strong>,
              },
              { key: m('account.validFrom'), value: formatDate(r.validFrom, ctx.locale) },
              ...(r.validUntil
                ? [
                    {
                      key: m('account.validUntil'),
                      value: <span data-valid-until>{formatDate(r.validUntil, ctx.locale)}</span>,
                    },
                  ]
                : []),
              { key: m('account.lastActivity'), value: formatDate(r.lastActivity, ctx.locale) },
              ...(r.receiptId
                ? [
                    {
                      key: m('account.receipt'),
                      value: <a href={`/verify/${r.receiptId}`}>{m('account.receipt')}</a>,
                    },
                  ]
                : []),
            ]}
          />
          {notes?.[r.id]}
          <RegistrationActions
            ctx={ctx}
            registration={r}
            now={now}
            holdsBroker={registrations.some(
              (o) =>
                o.kind === 'customs_broker' && (o.status === 'ACTIVE' || o.status === 'SUSPENDED'),
            )}
          />
        </section>
      ))}
      {registrations.length > 0 && <ListingLink ctx={ctx} />}
      <h2 class="heading-m">{m('account.companies')}</h2>
      {companies.length > 0 && <SignedCompanyList ctx={ctx} companies={companies} />}
      <p class="body">
        <a href="/account/company">{m('account.actFor')}</a>
      </p>
      <h2 class="heading-m">{pdpaMessages(ctx.locale)('account.myData')}</h2>
      <p class="body">
        <a href={PDPA_PATHS.myData}>{pdpaMessages(ctx.locale)('account.myDataBody')}</a>
      </p>
      {helpDesk}
      <form method="post" action="/account/sign-out">
        <CsrfField ctx={ctx} />
        <Button secondary>{m('account.signOut')}</Button>
      </form>
    </Layout>
  )
}
