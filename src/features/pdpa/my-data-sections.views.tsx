import { formatDate, formatDateTime } from '../../platform/time.js'
import type { PageContext } from '../../platform/views/context.js'
import { DataTable } from './components.js'
import { pdpaMessages } from './messages.js'
import type { MyData } from './my-data.service.js'
import { PDPA_PATHS } from './paths.js'
import { DATA_CATEGORIES } from './data-categories.js'
import { RequestStatusTag } from './requests.views.js'
import type { StatusLine } from './status-history.repository.js'
import { StatusHistoryTable } from './status-history.views.js'
import type { RegistrationChange } from './registration-changes.repository.js'
import { RegistrationChangesTable } from './registration-changes.views.js'
import { actionOf, Fields, LegalBlock, reasonOf, Section, type Days } from './my-data.components.js'

/** Every section of the registrant's data: the page and the print view share it. */
export function MyDataSections({
  ctx,
  data,
  days,
  open = false,
  statusHistory,
  changes,
}: {
  ctx: PageContext
  data: MyData
  days: Days
  /** Every status line of the registrations (registered, suspended, reactivated, cancelled). */
  statusHistory?: StatusLine[]
  /** The contact changes and refreshes of the registrations (issue 23). */
  changes?: RegistrationChange[]
  /** Every section unfolded (the print version). */
  open?: boolean
}) {
  const m = pdpaMessages(ctx.locale)
  const { locale } = ctx
  const date = (d: Date | string) => formatDate(d, locale)
  const section = { ctx, days, open }
  return (
    <>
      <LegalBlock m={m} locale={locale} />
      <Section id="identity" {...section} count={data.identity.length}>
        {data.verifiedAt && (
          <p class="hint">{m('myData.verifiedAt', { date: date(data.verifiedAt) })}</p>
        )}
        <Fields rows={data.identity} m={m} locale={locale} />
      </Section>
      <Section id="contact" {...section} count={data.contact.length}>
        <Fields rows={data.contact} m={m} locale={locale} />
      </Section>
      <Section id="registrations" {...section} count={data.registrations.length}>
        <DataTable
          caption={DATA_CATEGORIES.registrations.title[locale]}
          head={[
            m('reg.number'),
            m('reg.kind'),
            m('reg.status'),
            m('reg.validFrom'),
            m('reg.lastActivity'),
          ]}
          empty={m('myData.none')}
          rows={data.registrations.map((r) => [
            <span class="reference">{r.number}</span>,
            m(`reg.kind.${r.kind}`),
            m(`status.${r.status}` as 'status.ACTIVE'),
            date(r.validFrom),
            date(r.lastActivity),
          ])}
        />
        {statusHistory && <StatusHistoryTable ctx={ctx} lines={statusHistory} />}
        {changes && <RegistrationChangesTable ctx={ctx} changes={changes} />}
      </Section>
      <Section id="applications" {...section} count={data.applications.length}>
        <DataTable
          caption={DATA_CATEGORIES.applications.title[locale]}
          head={[m('app.reference'), m('app.status'), m('app.submitted'), m('app.decision')]}
          empty={m('myData.none')}
          rows={data.applications.map((a) => [
            <span class="reference">{a.reference}</span>,
            m(`app.status.${a.status}` as 'app.status.draft'),
            a.submittedAt ? date(a.submittedAt) : m('app.notSubmitted'),
            a.decision
              ? `${m(`app.outcome.${a.decision.outcome}`)} — ${m('app.checks', {
                  passed: a.decision.passed,
                  total: a.decision.total,
                  ruleSet: a.decision.ruleSet,
                })}`
              : m('myData.empty'),
          ])}
        />
      </Section>
      <Section id="company" {...section} count={data.companies.length}>
        <DataTable
          caption={DATA_CATEGORIES.company.title[locale]}
          head={[
            m('company.juristicId'),
            m('company.kind'),
            m('company.director'),
            m('company.verifiedAt'),
          ]}
          empty={m('myData.none')}
          rows={data.companies.map((c) => [
            <span class="reference">{c.juristicId ?? m('myData.empty')}</span>,
            m(`company.kind.${c.kind}` as 'company.kind.company'),
            c.directorName ?? m('myData.empty'),
            c.verifiedAt ? date(c.verifiedAt) : m('myData.empty'),
          ])}
        />
      </Section>
      <Section id="authority" {...section} count={data.grants.length}>
        <DataTable
          caption={DATA_CATEGORIES.authority.title[locale]}
          head={[
            m('grant.company'),
            m('grant.role'),
            m('grant.scopes'),
            m('grant.period'),
            m('grant.status'),
          ]}
          empty={m('myData.none')}
          rows={data.grants.map((g) => [
            <span class="reference">{g.juristicId}</span>,
            m(`grant.role.${g.role}`),
            g.scopes.map((s) => m(`scope.${s}` as 'scope.duty_payment')).join(', '),
            `${date(g.validFrom)} – ${date(g.validUntil)}`,
            m(`grant.status.${g.status}` as 'grant.status.active'),
          ])}
        />
      </Section>
      <Section id="verifications" {...section} count={data.verifications.length}>
        <DataTable
          caption={DATA_CATEGORIES.verifications.title[locale]}
          head={[m('ver.startedAt'), m('ver.purpose'), m('ver.status'), m('ver.raw')]}
          empty={m('myData.none')}
          rows={data.verifications.map((v) => [
            formatDateTime(v.startedAt, locale),
            m(`ver.purpose.${v.purpose}` as 'ver.purpose.registration'),
            m(`ver.status.${v.status}` as 'ver.status.verified'),
            v.rawHeld ? m('ver.raw.held', { days: days.identityClaims }) : m('ver.raw.deleted'),
          ])}
        />
      </Section>
      <Section id="acceptances" {...section} count={data.acceptances.length}>
        <DataTable
          caption={DATA_CATEGORIES.acceptances.title[locale]}
          head={[m('acc.document'), m('acc.version'), m('acc.acceptedAt')]}
          empty={m('myData.none')}
          rows={data.acceptances.map((a) => [
            a.title[locale],
            String(a.version),
            formatDateTime(a.acceptedAt, locale),
          ])}
        />
      </Section>
      <Section id="access" {...section} count={data.access.length}>
        <p class="body">{m('access.intro')}</p>
        <DataTable
          id="access-log"
          caption={DATA_CATEGORIES.access.title[locale]}
          head={[
            m('access.when'),
            m('access.who'),
            m('access.unit'),
            m('access.what'),
            m('access.why'),
          ]}
          empty={m('access.none')}
          rows={data.access.map((e) => [
            formatDateTime(e.occurredAt, locale),
            <span data-access-role>
              {e.roles.map((r) => m(`role.${r}`)).join(', ') || m('role.none')}
            </span>,
            <span data-access-unit>{e.unit ?? m('access.unknownUnit')}</span>,
            <span data-access-action={e.action}>
              {actionOf(e.action, m)}
              {e.refused && (
                <>
                  {' '}
                  <span class="pdpa-tag pdpa-tag--overdue">{m('access.refused')}</span>
                </>
              )}
            </span>,
            <span data-access-reason class="pdpa-text">
              {reasonOf(e, m)}
            </span>,
          ])}
        />
      </Section>
      <Section id="requests" {...section} count={data.requests.length}>
        <DataTable
          caption={DATA_CATEGORIES.requests.title[locale]}
          head={[
            m('req.reference'),
            m('req.kind'),
            m('req.received'),
            m('req.due'),
            m('req.status'),
          ]}
          empty={m('req.none')}
          rows={data.requests.map((r) => [
            <a href={PDPA_PATHS.request(r.id)} class="reference">
              {r.reference}
            </a>,
            m(`req.kind.${r.kind}`),
            date(r.receivedAt),
            date(new Date(r.dueAt.getTime() - 1)),
            <RequestStatusTag ctx={ctx} request={r} />,
          ])}
        />
      </Section>
    </>
  )
}
