import { formatDateTime } from '../../platform/time.js'
import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  Radios,
  SummaryList,
  TextField,
  type FieldError,
} from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import type { EnrolmentLink } from './admin.service.js'
import { Checkboxes, OfficerLayout, type OfficerBadge } from './layout.views.js'
import { auditorLinks } from './auditor.links.js'
import { counterLinks } from './counter.links.js'
import { backOfficeMessages, type BackOfficeTranslate } from './messages.js'
import type { OfficerListRow } from './officer-admin.repository.js'
import { OFFICER_PATHS } from './paths.js'
import { can, ROLES, type Role } from './roles.js'
import { dpoLinks } from '../pdpa/index.js'

function roleChoices(m: BackOfficeTranslate) {
  return ROLES.map((r) => ({ value: r, label: m(`role.${r}`), hint: m(`role.${r}.hint`) }))
}

/** The officer's start page: what their roles let them do. */
export function HomePage({ ctx, officer }: { ctx: PageContext; officer: OfficerBadge }) {
  const m = backOfficeMessages(ctx.locale)
  const links = [
    ...(can(officer.roles, 'registry.search')
      ? [{ href: OFFICER_PATHS.registry, title: m('nav.registry'), body: m('home.registry') }]
      : []),
    ...(can(officer.roles, 'officers.manage')
      ? [{ href: OFFICER_PATHS.officers, title: m('nav.officers'), body: m('home.officers') }]
      : []),
    ...counterLinks(ctx.locale, officer.roles),
    ...auditorLinks(ctx.locale, officer.roles),
    ...dpoLinks(ctx.locale, officer.roles),
  ]
  return (
    <OfficerLayout ctx={ctx} title={m('home.title')} officer={officer}>
      <h1 class="heading-l">{m('home.title')}</h1>
      <p class="lead">{m('home.greeting', { name: officer.displayName })}</p>
      <SummaryList
        rows={[
          { key: m('officer.unit'), value: officer.unit },
          {
            key: m('officer.roles'),
            value: officer.roles.map((r) => m(`role.${r}`)).join(', ') || m('role.none'),
          },
        ]}
      />
      {links.length === 0 ? (
        <p class="body">{m('home.nothing')}</p>
      ) : (
        <ul class="journey-list">
          {links.map((l) => (
            <li class="journey-card" key={l.href}>
              <a class="journey-card__link" href={l.href}>
                {l.title}
              </a>
              <p class="body">{l.body}</p>
            </li>
          ))}
        </ul>
      )}
      <p class="hint">{m('home.noDecisions')}</p>
    </OfficerLayout>
  )
}

/** Every officer, for the administrator. */
export function OfficersPage({
  ctx,
  officer,
  officers,
}: {
  ctx: PageContext
  officer: OfficerBadge
  officers: OfficerListRow[]
}) {
  const m = backOfficeMessages(ctx.locale)
  return (
    <OfficerLayout ctx={ctx} title={m('officers.title')} officer={officer}>
      <h1 class="heading-l">{m('officers.title')}</h1>
      <p class="body">
        <a class="button" href={OFFICER_PATHS.newOfficer}>
          {m('officers.new')}
        </a>
      </p>
      <div class="bo-table-wrap">
        <table class="bo-table">
          <caption class="visually-hidden">{m('officers.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{m('officer.name')}</th>
              <th scope="col">{m('officer.unit')}</th>
              <th scope="col">{m('officer.roles')}</th>
              <th scope="col">{m('officer.status')}</th>
              <th scope="col">{m('officer.lastSignIn')}</th>
            </tr>
          </thead>
          <tbody>
            {officers.map((o) => (
              <tr key={o.id}>
                <td>
                  <a href={OFFICER_PATHS.officer(o.id)}>{o.display_name}</a>
                  <span class="bo-block hint">{o.username}</span>
                </td>
                <td>{o.unit}</td>
                <td>{o.roles.map((r) => m(`role.${r}`)).join(', ') || m('role.none')}</td>
                <td>{m(`officer.status.${o.status}`)}</td>
                <td>{o.last_sign_in_at ? formatDateTime(o.last_sign_in_at, ctx.locale) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </OfficerLayout>
  )
}

/** The administrator creates an officer. */
export function NewOfficerPage({
  ctx,
  officer,
  values = {},
  roles = [],
  errors = [],
}: {
  ctx: PageContext
  officer: OfficerBadge
  values?: Record<string, string>
  roles?: string[]
  errors?: FieldError[]
}) {
  const m = backOfficeMessages(ctx.locale)
  return (
    <OfficerLayout
      ctx={ctx}
      title={m('officers.new')}
      hasErrors={errors.length > 0}
      officer={officer}
    >
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-l">{m('officers.new')}</h1>
      <form method="post" action={OFFICER_PATHS.newOfficer} novalidate>
        <CsrfField ctx={ctx} />
        <TextField
          id="username"
          label={m('officer.username')}
          hint={m('officer.username.hint')}
          value={values.username ?? ''}
          autoComplete="off"
          spellcheck={false}
          width="20"
          error={errorFor(errors, 'username')}
        />
        <TextField
          id="displayName"
          label={m('officer.name')}
          value={values.displayName ?? ''}
          autoComplete="off"
          error={errorFor(errors, 'displayName')}
        />
        <TextField
          id="unit"
          label={m('officer.unit')}
          hint={m('officer.unit.hint')}
          value={values.unit ?? ''}
          autoComplete="off"
          error={errorFor(errors, 'unit')}
        />
        <Checkboxes
          id="roles"
          legend={m('officer.roles')}
          hint={m('officer.roles.hint')}
          choices={roleChoices(m)}
          checked={roles}
          error={errorFor(errors, 'roles')}
        />
        <Button>{m('officers.create')}</Button>
      </form>
    </OfficerLayout>
  )
}

/** The one-time enrolment link, shown once to the administrator who made it. */
export function EnrolmentLinkPage({
  ctx,
  officer,
  name,
  link,
}: {
  ctx: PageContext
  officer: OfficerBadge
  name: string
  link: EnrolmentLink
}) {
  const m = backOfficeMessages(ctx.locale)
  return (
    <OfficerLayout ctx={ctx} title={m('officers.linkTitle')} officer={officer}>
      <h1 class="heading-l">{m('officers.linkTitle')}</h1>
      <p class="body">{m('officers.linkIntro', { name })}</p>
      <p class="body bo-break">
        <code class="reference" data-enrolment-link>
          {link.url}
        </code>
      </p>
      <div class="notice notice--warning">
        <p class="body">
          {m('officers.linkWarning', { until: formatDateTime(link.expiresAt, ctx.locale) })}
        </p>
      </div>
      <p class="body">
        <a href={OFFICER_PATHS.officers}>{m('officers.back')}</a>
      </p>
    </OfficerLayout>
  )
}

/** One officer: roles, unit and status, and a new enrolment when an authenticator is lost. */
export function OfficerPage({
  ctx,
  officer,
  subject,
  errors = [],
  values,
}: {
  ctx: PageContext
  officer: OfficerBadge
  subject: {
    id: string
    username: string
    displayName: string
    unit: string
    status: string
    roles: Role[]
    self: boolean
  }
  errors?: FieldError[]
  values?: { unit: string; roles: string[]; status: string }
}) {
  const m = backOfficeMessages(ctx.locale)
  const v = values ?? { unit: subject.unit, roles: subject.roles, status: subject.status }
  return (
    <OfficerLayout
      ctx={ctx}
      title={subject.displayName}
      hasErrors={errors.length > 0}
      officer={officer}
    >
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="bo-caption">{m('officers.title')}</p>
      <h1 class="heading-l">{subject.displayName}</h1>
      <SummaryList
        rows={[
          { key: m('officer.username'), value: subject.username },
          {
            key: m('officer.status'),
            value: m(
              `officer.status.${subject.status === 'active' || subject.status === 'disabled' ? subject.status : 'pending'}`,
            ),
          },
        ]}
      />
      {subject.self ? (
        <div class="notice">
          <p class="body">{m('officers.self')}</p>
        </div>
      ) : (
        <>
          <form method="post" action={OFFICER_PATHS.officer(subject.id)} novalidate>
            <CsrfField ctx={ctx} />
            <TextField
              id="unit"
              label={m('officer.unit')}
              value={v.unit}
              autoComplete="off"
              error={errorFor(errors, 'unit')}
            />
            <Checkboxes
              id="roles"
              legend={m('officer.roles')}
              hint={m('officer.roles.hint')}
              choices={roleChoices(m)}
              checked={v.roles}
              error={errorFor(errors, 'roles')}
            />
            {subject.status !== 'pending' && (
              <Radios
                id="status"
                legend={m('officer.status')}
                value={v.status}
                choices={[
                  { value: 'active', label: m('officer.status.active') },
                  { value: 'disabled', label: m('officer.status.disabled') },
                ]}
              />
            )}
            <Button>{m('officers.save')}</Button>
          </form>
          <h2 class="heading-m">{m('officers.resetTitle')}</h2>
          <p class="body">{m('officers.resetIntro')}</p>
          <form method="post" action={OFFICER_PATHS.resetOfficer(subject.id)}>
            <CsrfField ctx={ctx} />
            <Button secondary>{m('officers.reset')}</Button>
          </form>
        </>
      )}
      <p class="body">
        <a href={OFFICER_PATHS.officers}>{m('officers.back')}</a>
      </p>
    </OfficerLayout>
  )
}
