import { formatDateTime } from '../../../platform/time.js'
import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  Radios,
  SummaryList,
  TextField,
  type FieldError,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { roleChoices } from './admin.views.js'
import type { GrantRequestRow } from './grant-requests.repository.js'
import { grantMessages, type GrantTranslate } from './grants.messages.js'
import { Checkboxes, OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { adminMessages, type AdminTranslate } from './admin.messages.js'
import { OFFICER_PATHS } from '../paths.js'
import { type Role } from '../../officers/index.js'

/** One officer as the administrator's page shows them. */
export interface OfficerSubject {
  id: string
  username: string
  displayName: string
  unit: string
  status: string
  email: string | null
  emailConfirmed: boolean
  roles: Role[]
  self: boolean
  waiting: GrantRequestRow | undefined
  onlyOneAdministrator: boolean
}

/** What a waiting request asks for, in one line. */
export function requestSummary(
  request: Pick<GrantRequestRow, 'roles' | 'email' | 'email_before'>,
  m: AdminTranslate,
  g: GrantTranslate,
): string {
  const parts: string[] = []
  if (request.roles.length > 0)
    parts.push(g('grants.roles', { roles: request.roles.map((r) => m(`role.${r}`)).join(', ') }))
  parts.push(
    request.email_before === request.email
      ? g('grants.emailNew', { email: request.email })
      : g('grants.emailChange', { email: request.email }),
  )
  return parts.join('; ')
}

/** The notice on an officer's page while a request for them waits. */
function WaitingNotice({ ctx, subject }: { ctx: PageContext; subject: OfficerSubject }) {
  const m = adminMessages(ctx.locale)
  const g = grantMessages(ctx.locale)
  const w = subject.waiting
  if (!w) return null
  return (
    <div class="notice notice--warning" data-grant-waiting>
      <h2 class="heading-m">{g('officer.pending.title')}</h2>
      <p class="body">
        {g('officer.pending.body', {
          name: w.requester_name,
          date: formatDateTime(w.requested_at, ctx.locale),
          what: requestSummary(w, m, g),
        })}
      </p>
      {subject.onlyOneAdministrator && <p class="body">{g('grants.onlyOne')}</p>}
      <p class="body">
        <a href={OFFICER_PATHS.grant(w.id)}>{g('officer.pending.link')}</a>
      </p>
    </div>
  )
}

/** One officer: roles, unit, address and status, and a new enrolment when one is lost. */
export function OfficerPage({
  ctx,
  officer,
  subject,
  errors = [],
  values,
}: {
  ctx: PageContext
  officer: OfficerBadge
  subject: OfficerSubject
  errors?: FieldError[]
  values?: { unit: string; email: string; roles: string[]; status: string }
}) {
  const m = adminMessages(ctx.locale)
  const waitingRoles = subject.waiting?.roles ?? []
  // The form states the whole wish: roles held and roles waiting, the address asked for.
  const v = values ?? {
    unit: subject.unit,
    email: subject.waiting?.email ?? subject.email ?? '',
    roles: [...subject.roles, ...waitingRoles],
    status: subject.status,
  }
  const email = subject.email
    ? m(subject.emailConfirmed ? 'officer.email.confirmed' : 'officer.email.unconfirmed', {
        email: subject.email,
      })
    : m('officer.email.none')
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
          { key: m('officer.email'), value: email },
          {
            key: m('officer.status'),
            value: m(
              `officer.status.${subject.status === 'active' || subject.status === 'disabled' ? subject.status : 'pending'}`,
            ),
          },
        ]}
      />
      <WaitingNotice ctx={ctx} subject={subject} />
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
            <TextField
              id="email"
              type="email"
              label={m('officer.email')}
              hint={m('officer.email.hint')}
              value={v.email}
              autoComplete="off"
              spellcheck={false}
              error={errorFor(errors, 'email')}
            />
            <Checkboxes
              id="roles"
              legend={m('officer.roles')}
              hint={m('officer.roles.hint')}
              choices={roleChoices(m, waitingRoles)}
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
          {subject.email ? (
            <form method="post" action={OFFICER_PATHS.resetOfficer(subject.id)}>
              <CsrfField ctx={ctx} />
              <Button secondary>{m('officers.reset')}</Button>
            </form>
          ) : (
            <p class="body">{m('officers.resetNoEmail')}</p>
          )}
        </>
      )}
      <p class="body">
        <a href={OFFICER_PATHS.officers}>{m('officers.back')}</a>
      </p>
    </OfficerLayout>
  )
}
