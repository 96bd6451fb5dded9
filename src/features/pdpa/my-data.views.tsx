import type { ComponentChildren } from 'preact'
import { nationalityName } from '../../platform/nationality.js'
import { formatBirthDate, formatDate, formatDateTime, type Locale } from '../../platform/time.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import type { RetentionKind } from '../../platform/retention-kinds.js'
import { DataTable, PdpaStyles } from './components.js'
import { pdpaMessages, type PdpaTranslate } from './messages.js'
import type { AccessEntry, FieldRow, MyData } from './my-data.service.js'
import { PDPA_PATHS } from './paths.js'
import {
  DATA_CATEGORIES,
  LAWFUL_BASES,
  PURPOSES,
  SOURCES,
  type CategoryId,
  type DataCategory,
} from './processing.js'
import { RequestStatusTag } from './requests.views.js'

type Days = Record<RetentionKind, number>

function CategoryMeta(p: { id: CategoryId; m: PdpaTranslate; locale: Locale; days: Days }) {
  const c: DataCategory = DATA_CATEGORIES[p.id]
  const { m, locale } = p
  return (
    <dl class="pdpa-meta">
      <dt>{m('meta.source')}</dt>
      <dd>{c.sources.map((s) => SOURCES[s][locale]).join(', ')}</dd>
      <dt>{m('meta.purposes')}</dt>
      <dd>{c.purposes.map((x) => PURPOSES[x][locale]).join('; ')}</dd>
      <dt>{m('meta.basis')}</dt>
      <dd>
        {c.bases
          .map((b) => `${LAWFUL_BASES[b].text[locale]} (${LAWFUL_BASES[b].ref[locale]})`)
          .join('; ')}
      </dd>
      <dt>{m('meta.retention')}</dt>
      <dd>
        {c.retention[locale]}
        {c.retentionKind ? ` (${m('meta.days', { days: p.days[c.retentionKind] })})` : ''}
      </dd>
      <dt>{m('meta.erasure')}</dt>
      <dd>{c.erasure[locale]}</dd>
    </dl>
  )
}

function Section(p: { id: CategoryId; ctx: PageContext; days: Days; children: ComponentChildren }) {
  const m = pdpaMessages(p.ctx.locale)
  return (
    <section class="pdpa-section" aria-labelledby={`cat-${p.id}`} data-category={p.id}>
      <h2 class="heading-m" id={`cat-${p.id}`}>
        {DATA_CATEGORIES[p.id].title[p.ctx.locale]}
      </h2>
      {p.children}
      <CategoryMeta id={p.id} m={m} locale={p.ctx.locale} days={p.days} />
    </section>
  )
}

function Fields({ rows, m, locale }: { rows: FieldRow[]; m: PdpaTranslate; locale: Locale }) {
  return (
    <DataTable
      caption={m('field.label')}
      head={[m('field.label'), m('field.value'), m('field.source')]}
      empty={m('myData.none')}
      rows={rows.map((f) => [
        m(`field.${f.name}`),
        <span data-field={f.name}>
          {f.value === ''
            ? m('myData.empty')
            : f.name === 'birthDate'
              ? formatBirthDate(f.value, locale)
              : f.name === 'nationality'
                ? nationalityName(f.value, locale)
                : f.value}
        </span>,
        <span class="source-tag">{SOURCES[f.source][locale]}</span>,
      ])}
    />
  )
}

/** Why an officer accessed the data, as the registrant may see it. */
function reasonOf(e: AccessEntry, m: PdpaTranslate): string {
  if (e.action === 'pdpa.request_viewed') return m('access.reason.requestHandling')
  if (e.reasonWithheld) return m('access.reason.withheld')
  const code = e.reasonCode ? m(`reason.${e.reasonCode}` as 'reason.other') : undefined
  if (e.reasonCleared) return `${code ?? ''} — ${m('access.reason.cleared')}`
  if (!code) return e.refused ? m('myData.empty') : m('access.reason.none')
  return e.reasonText ? `${code}: ${e.reasonText}` : code
}

const KNOWN_ACTIONS = [
  'registry.person_viewed',
  'registry.personal_data_revealed',
  'pdpa.request_viewed',
  'officer.access_refused',
] as const

function actionOf(action: string, m: PdpaTranslate): string {
  return (KNOWN_ACTIONS as readonly string[]).includes(action)
    ? m(`access.action.${action as (typeof KNOWN_ACTIONS)[number]}`)
    : m('access.action.other')
}

/** Every section of the registrant's data: the page and the print view share it. */
export function MyDataSections({
  ctx,
  data,
  days,
}: {
  ctx: PageContext
  data: MyData
  days: Days
}) {
  const m = pdpaMessages(ctx.locale)
  const { locale } = ctx
  const date = (d: Date | string) => formatDate(d, locale)
  return (
    <>
      <Section id="identity" ctx={ctx} days={days}>
        {data.verifiedAt && (
          <p class="hint">{m('myData.verifiedAt', { date: date(data.verifiedAt) })}</p>
        )}
        <Fields rows={data.identity} m={m} locale={locale} />
      </Section>
      <Section id="contact" ctx={ctx} days={days}>
        <Fields rows={data.contact} m={m} locale={locale} />
      </Section>
      <Section id="registrations" ctx={ctx} days={days}>
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
      </Section>
      <Section id="applications" ctx={ctx} days={days}>
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
      <Section id="company" ctx={ctx} days={days}>
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
      <Section id="authority" ctx={ctx} days={days}>
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
      <Section id="verifications" ctx={ctx} days={days}>
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
      <Section id="acceptances" ctx={ctx} days={days}>
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
      <Section id="access" ctx={ctx} days={days}>
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
      <Section id="requests" ctx={ctx} days={days}>
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

/** /account/my-data: everything held, the sources, purposes, lawful bases and access. */
export function MyDataPage({ ctx, data, days }: { ctx: PageContext; data: MyData; days: Days }) {
  const m = pdpaMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('myData.title')}>
      <PdpaStyles />
      <h1 class="heading-l">{m('myData.title')}</h1>
      <p class="lead">{m('myData.intro')}</p>
      <div class="notice">
        <h2 class="heading-m">{m('myData.copy')}</h2>
        <ul class="plain-list">
          <li>
            <a href={PDPA_PATHS.exportJson} download="my-data.json">
              {m('myData.json')}
            </a>
            <p class="hint">{m('myData.jsonHint')}</p>
          </li>
          <li>
            <a href={PDPA_PATHS.print}>{m('myData.print')}</a>
          </li>
        </ul>
        <h2 class="heading-m">{m('myData.rights')}</h2>
        <p class="body">{m('myData.rightsBody')}</p>
        <p class="body">
          <a class="button" href={PDPA_PATHS.newRequest}>
            {m('myData.newRequest')}
          </a>
        </p>
      </div>
      <MyDataSections ctx={ctx} data={data} days={days} />
      <ul class="plain-list">
        <li>
          <a href={PDPA_PATHS.recordOfProcessing}>{m('myData.ropa')}</a>
        </li>
        <li>
          <a href="/account">{m('myData.back')}</a>
        </li>
      </ul>
    </Layout>
  )
}

/** The readable print version of the same data. */
export function MyDataPrintPage({
  ctx,
  data,
  days,
  now,
}: {
  ctx: PageContext
  data: MyData
  days: Days
  now: Date
}) {
  const m = pdpaMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('print.title')}>
      <PdpaStyles />
      <div class="no-print">
        <p class="body">{m('print.howTo')}</p>
        <p class="body">
          <a href={PDPA_PATHS.myData}>{m('print.back')}</a>
        </p>
      </div>
      <h1 class="heading-l">{m('print.title')}</h1>
      <p class="body">
        {m('print.generated', { time: formatDateTime(now, ctx.locale), name: data.nameTh })}
      </p>
      <MyDataSections ctx={ctx} data={data} days={days} />
    </Layout>
  )
}
