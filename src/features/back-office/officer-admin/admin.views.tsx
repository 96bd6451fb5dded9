import { formatDateTime } from '../../../platform/time.js'
import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  TextField,
  type FieldError,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { grantMessages } from './grants.messages.js'
import { Checkboxes, OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { adminMessages, type AdminTranslate } from './admin.messages.js'
import { type OfficerListRow, type Role, ROLES } from '../../officers/index.js'
import { OFFICER_PATHS } from '../paths.js'

/** Every role as a checkbox; a role waiting for approval says so in its label. */
export function roleChoices(m: AdminTranslate, waiting: readonly Role[] = []) {
  return ROLES.map((r) => ({
    value: r,
    label: waiting.includes(r)
      ? `${m(`role.${r}`)} (${m('officer.roles.pending')})`
      : m(`role.${r}`),
    hint: m(`role.${r}.hint`),
  }))
}

/** Every officer, for the administrator. */
export function OfficersPage({
  ctx,
  officer,
  officers,
  waiting,
}: {
  ctx: PageContext
  officer: OfficerBadge
  officers: OfficerListRow[]
  /** How many requests wait for a second administrator. */
  waiting: number
}) {
  const m = adminMessages(ctx.locale)
  return (
    <OfficerLayout ctx={ctx} title={m('officers.title')} officer={officer}>
      <h1 class="heading-l">{m('officers.title')}</h1>
      <p class="body">
        <a class="button" href={OFFICER_PATHS.newOfficer}>
          {m('officers.new')}
        </a>
      </p>
      <p class="body">
        <a href={OFFICER_PATHS.grants}>
          {grantMessages(ctx.locale)('grants.nav', { count: waiting })}
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
  const m = adminMessages(ctx.locale)
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
        <TextField
          id="email"
          type="email"
          label={m('officer.email')}
          hint={m('officer.email.hint')}
          value={values.email ?? ''}
          autoComplete="off"
          spellcheck={false}
          error={errorFor(errors, 'email')}
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
