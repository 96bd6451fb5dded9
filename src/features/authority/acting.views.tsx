import type { ComponentChildren } from 'preact'
import { formatDate, formatDateTime } from '../../platform/time.js'
import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  SummaryList,
  TextField,
  type FieldError,
} from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import type { SignedCompany } from '../registration-company/index.js'
import type { Acting } from './acting.service.js'
import type { GrantView } from './grant-views.service.js'
import { authorityMessages } from './messages.js'
import { AUTHORITY_PATHS } from './paths.js'
import { describeScopes } from './scopes.js'
import { SignedCompanyList } from './signed-companies.views.js'
import {
  actionMessages,
  RegistrationActions,
  type ActionableRegistration,
} from '../registration-actions/index.js'

/** "th" for a Thai name (from DBD or the bank) shown on an English page, so it is read in Thai. */
function thaiIn(ctx: PageContext, text: string | undefined): 'th' | undefined {
  return ctx.locale === 'en' && text && /[\u0E00-\u0E7F]/.test(text) ? 'th' : undefined
}

function GrantList({
  ctx,
  grants,
  canRevoke,
  showCompany,
}: {
  ctx: PageContext
  grants: GrantView[]
  canRevoke: (g: GrantView) => boolean
  showCompany?: boolean
}) {
  const m = authorityMessages(ctx.locale)
  if (grants.length === 0) return <p class="body">{m('company.noGrants')}</p>
  return (
    <>
      {grants.map((g) => (
        <section
          class="grant"
          key={g.id}
          aria-labelledby={`grant-${g.id}`}
          data-grant-status={g.status}
        >
          <h3 class="heading-s" id={`grant-${g.id}`}>
            {showCompany ? (
              <>
                <span lang={thaiIn(ctx, g.companyName)}>{g.companyName ?? ''}</span> (
                {g.juristicId ?? ''})
              </>
            ) : (
              <span lang={thaiIn(ctx, g.grantee)}>{g.grantee}</span>
            )}
          </h3>
          <SummaryList
            rows={[
              { key: m('grant.reference'), value: <span class="reference">{g.reference}</span> },
              ...(showCompany
                ? []
                : [
                    {
                      key: m('grant.grantee'),
                      value: <span lang={thaiIn(ctx, g.grantee)}>{g.grantee}</span>,
                    },
                  ]),
              { key: m('grant.scopes'), value: describeScopes(ctx.locale, g.scopes) },
              {
                key: m('grant.period'),
                value: m('grant.periodValue', {
                  from: formatDate(g.validFrom, ctx.locale),
                  until: formatDate(g.validUntil, ctx.locale),
                }),
              },
              { key: m('grant.status'), value: <strong>{m(`grant.status.${g.status}`)}</strong> },
            ]}
          />
          {canRevoke(g) && (
            <form method="post" action={AUTHORITY_PATHS.revoke(g.id)}>
              <CsrfField ctx={ctx} />
              <Button secondary>
                {m('grant.revoke')}
                <span class="visually-hidden"> {g.reference}</span>
              </Button>
            </form>
          )}
        </section>
      ))}
    </>
  )
}

/** Sign in for a company: the juristic ID, and the companies and authority the person has. */
export function ActForPage(p: {
  ctx: PageContext
  errors?: FieldError[]
  value: string
  known: SignedCompany[]
  held: GrantView[]
}) {
  const { ctx } = p
  const errors = p.errors ?? []
  const m = authorityMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('actFor.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-l">{m('actFor.title')}</h1>
      <p class="body">{m('actFor.intro')}</p>
      {p.known.length > 0 && (
        <>
          <h2 class="heading-m">{m('actFor.known')}</h2>
          <SignedCompanyList ctx={ctx} companies={p.known} />
          <h2 class="heading-m">{m('actFor.other')}</h2>
        </>
      )}
      <form method="post" action={AUTHORITY_PATHS.actFor} novalidate>
        <CsrfField ctx={ctx} />
        <TextField
          id="juristicId"
          label={m('actFor.label')}
          hint={m('actFor.hint')}
          value={p.value}
          error={errorFor(errors, 'juristicId')}
          inputMode="numeric"
          width="20"
        />
        <Button>{m('actFor.button')}</Button>
      </form>
      <h2 class="heading-m">{m('actFor.held')}</h2>
      <GrantList
        ctx={ctx}
        grants={p.held}
        canRevoke={(g) => g.status === 'active' || g.status === 'awaiting_grantee'}
        showCompany
      />
    </Layout>
  )
}

/** The company's page for someone acting for it: the role, the registration, the grants. */
export function CompanyPage(p: {
  ctx: PageContext
  acting: Acting
  registrationStatus: 'ACTIVE' | 'SUSPENDED' | 'CANCELLED' | 'EXPIRED' | null
  /** Every registration of the company, with the changes a director can make to each. */
  registrations?: ActionableRegistration[]
  /** The jobs' clock's now (renewal opens by it); the system's when absent. */
  now?: Date
  grants: GrantView[]
  notice?: string
  /** Under each registration, by its id: why suspended, a cancellation waiting for directors. */
  notes?: Record<string, ComponentChildren>
}) {
  const { ctx, acting } = p
  const m = authorityMessages(ctx.locale)
  const director = acting.role === 'director'
  return (
    <Layout ctx={ctx} title={acting.companyName}>
      {p.notice && (
        <p class="inset" role="status">
          {p.notice}
        </p>
      )}
      <h1 class="heading-l" lang={thaiIn(ctx, acting.companyName)}>
        {acting.companyName}
      </h1>
      <p class="lead" data-acting-role={acting.role}>
        {director
          ? m('company.role.director', {
              time: formatDateTime(new Date(acting.checkedAt), ctx.locale),
            })
          : m('company.role.grantee', { scopes: describeScopes(ctx.locale, acting.scopes) })}
      </p>
      <SummaryList
        rows={[
          { key: m('actFor.label'), value: <code>{acting.juristicId}</code> },
          {
            key: m('company.registration'),
            value: p.registrationStatus ? m(`registration.${p.registrationStatus}`) : '—',
          },
        ]}
      />
      {director &&
        (p.registrations ?? []).map((r) => (
          <div key={r.id} data-company-registration={r.id} data-kind={r.kind}>
            <h2 class="heading-s">
              {actionMessages(ctx.locale)(`kind.${r.kind}`)} · {m(`registration.${r.status}`)}
              {r.validUntil &&
                ` · ${actionMessages(ctx.locale)('validUntil')} ${formatDate(r.validUntil, ctx.locale)}`}
            </h2>
            {p.notes?.[r.id]}
            <RegistrationActions
              ctx={ctx}
              registration={r}
              now={p.now ?? new Date()}
              holdsBroker={(p.registrations ?? []).some(
                (o) =>
                  o.kind === 'customs_broker' &&
                  (o.status === 'ACTIVE' || o.status === 'SUSPENDED'),
              )}
            />
          </div>
        ))}
      <h2 class="heading-m">{m('company.grants')}</h2>
      {director && (
        <p class="body">
          <a class="button" href={AUTHORITY_PATHS.newGrant}>
            {m('company.grant')}
          </a>
        </p>
      )}
      <GrantList
        ctx={ctx}
        grants={p.grants}
        canRevoke={(g) => (director || g.mine) && g.status !== 'revoked' && g.status !== 'refused'}
      />
      <form method="post" action={AUTHORITY_PATHS.leave}>
        <CsrfField ctx={ctx} />
        <Button secondary>{m('company.leave')}</Button>
      </form>
    </Layout>
  )
}
