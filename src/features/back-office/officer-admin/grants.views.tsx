import { formatDateTime } from '../../../platform/time.js'
import {
  Button,
  Checkbox,
  CsrfField,
  ErrorSummary,
  errorFor,
  SummaryList,
  type FieldError,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import type { EnrolmentSent } from './enrolment.mail.js'
import type { GrantRequestRow } from './grant-requests.repository.js'
import { grantMessages } from './grants.messages.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { adminMessages } from './admin.messages.js'
import { requestSummary } from './officer.views.js'
import { OFFICER_PATHS } from '../paths.js'
import { type Role } from '../../officers/index.js'

/**
 * After creating an officer or resetting their enrolment: where the e-mail went (masked), never
 * the link; and which roles wait for a second administrator.
 */
export function EnrolmentSentPage({
  ctx,
  officer,
  name,
  sent,
  created,
}: {
  ctx: PageContext
  officer: OfficerBadge
  name: string
  sent: EnrolmentSent
  created?: { held: Role[]; waiting: Role[]; onlyOneAdministrator: boolean }
}) {
  const m = adminMessages(ctx.locale)
  const g = grantMessages(ctx.locale)
  const roles = (list: Role[]) => list.map((r) => m(`role.${r}`)).join(', ') || m('role.none')
  const title = g(created ? 'sent.title' : 'sent.resetTitle')
  return (
    <OfficerLayout ctx={ctx} title={title} officer={officer}>
      <div class="notice notice--success" role="status">
        <h1 class="heading-l">{title}</h1>
        <p class="body" data-enrolment-sent>
          {g('sent.intro', {
            email: sent.sentTo,
            name,
            until: formatDateTime(sent.expiresAt, ctx.locale),
          })}
        </p>
      </div>
      <p class="body">{g('sent.noLink')}</p>
      {created && created.waiting.length > 0 && (
        <div class="notice notice--warning" data-grant-waiting>
          <p class="body">
            {g('sent.pending', { roles: roles(created.waiting), held: roles(created.held) })}
          </p>
          {created.onlyOneAdministrator && <p class="body">{g('grants.onlyOne')}</p>}
        </div>
      )}
      <p class="body">
        <a href={OFFICER_PATHS.officer(sent.officerId)}>{name}</a>
      </p>
      <p class="body">
        <a href={OFFICER_PATHS.officers}>{g('sent.back')}</a>
      </p>
    </OfficerLayout>
  )
}

/** The requests waiting for a second administrator. */
export function GrantsPage({
  ctx,
  officer,
  requests,
  onlyOneAdministrator,
}: {
  ctx: PageContext
  officer: OfficerBadge
  requests: GrantRequestRow[]
  onlyOneAdministrator: boolean
}) {
  const m = adminMessages(ctx.locale)
  const g = grantMessages(ctx.locale)
  return (
    <OfficerLayout ctx={ctx} title={g('grants.title')} officer={officer}>
      <h1 class="heading-l">{g('grants.title')}</h1>
      <p class="body">{g('grants.intro')}</p>
      {onlyOneAdministrator && (
        <div class="notice notice--warning">
          <p class="body">{g('grants.onlyOne')}</p>
        </div>
      )}
      {requests.length === 0 ? (
        <p class="body">{g('grants.empty')}</p>
      ) : (
        <div class="bo-table-wrap">
          <table class="bo-table">
            <caption class="visually-hidden">{g('grants.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{g('grants.officer')}</th>
                <th scope="col">{g('grants.what')}</th>
                <th scope="col">{g('grants.requestedBy')}</th>
                <th scope="col">{g('grants.requestedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <tr key={r.id}>
                  <td>
                    <a href={OFFICER_PATHS.grant(r.id)}>{r.officer_name}</a>
                    <span class="bo-block hint">{r.officer_username}</span>
                  </td>
                  <td>{requestSummary(r, m, g)}</td>
                  <td>{r.requester_name}</td>
                  <td>{formatDateTime(r.requested_at, ctx.locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="body">
        <a href={OFFICER_PATHS.officers}>{m('officers.back')}</a>
      </p>
    </OfficerLayout>
  )
}

export type GrantNotice =
  'fourEyes' | 'onlyOne' | 'decided' | 'emailTaken' | 'approved' | 'declined'

const NOTICE_KEYS = {
  fourEyes: 'grant.refused.fourEyes',
  onlyOne: 'grant.refused.onlyOne',
  decided: 'grant.refused.decided',
  emailTaken: 'grant.refused.emailTaken',
  approved: 'grant.done.approved',
  declined: 'grant.done.declined',
} as const

/** One request: what is asked, and the approve and decline forms for whoever may use them. */
export function GrantPage({
  ctx,
  officer,
  officerId,
  request,
  rolesNow,
  onlyOneAdministrator,
  notice,
  errors = [],
}: {
  ctx: PageContext
  officer: OfficerBadge
  /** The administrator looking at the page. */
  officerId: string
  request: GrantRequestRow
  rolesNow: Role[]
  onlyOneAdministrator: boolean
  notice?: GrantNotice
  errors?: FieldError[]
}) {
  const m = adminMessages(ctx.locale)
  const g = grantMessages(ctx.locale)
  const title = g('grant.title', { name: request.officer_name })
  const own = request.officer_id === officerId
  const asked = request.requested_by === officerId
  const waiting = request.status === 'pending'
  const success = notice === 'approved' || notice === 'declined'
  return (
    <OfficerLayout ctx={ctx} title={title} hasErrors={errors.length > 0} officer={officer}>
      <ErrorSummary ctx={ctx} errors={errors} />
      {notice && (
        <div
          class={`notice notice--${success ? 'success' : 'warning'}`}
          role={success ? 'status' : 'alert'}
          data-grant-notice={notice}
        >
          <p class="body">{g(NOTICE_KEYS[notice])}</p>
        </div>
      )}
      <p class="bo-caption">{g('grants.title')}</p>
      <h1 class="heading-l">{title}</h1>
      <SummaryList
        rows={[
          { key: m('officer.username'), value: request.officer_username },
          { key: m('officer.unit'), value: request.officer_unit },
          { key: g('grants.what'), value: requestSummary(request, m, g) },
          { key: g('grant.email'), value: request.email },
          ...(request.email_before && request.email_before !== request.email
            ? [{ key: g('grant.emailBefore'), value: request.email_before }]
            : []),
          {
            key: g('grant.rolesNow'),
            value: rolesNow.map((r) => m(`role.${r}`)).join(', ') || m('role.none'),
          },
          { key: g('grants.requestedBy'), value: request.requester_name },
          { key: g('grants.requestedAt'), value: formatDateTime(request.requested_at, ctx.locale) },
        ]}
      />
      {waiting && own && <p class="body">{g('grant.aboutYou')}</p>}
      {waiting && !own && asked && <p class="body">{g('grant.yours')}</p>}
      {waiting && !own && !asked && onlyOneAdministrator && (
        <div class="notice notice--warning">
          <p class="body">{g('grants.onlyOne')}</p>
        </div>
      )}
      {waiting && !own && !asked && !onlyOneAdministrator && (
        <section class="bo-card" aria-labelledby="confirm-title">
          <h2 class="bo-card__title" id="confirm-title">
            {g('grant.confirm.title')}
          </h2>
          <form method="post" action={OFFICER_PATHS.confirmGrant(request.id)} novalidate>
            <CsrfField ctx={ctx} />
            <Checkbox
              id="emailConfirmed"
              value="yes"
              label={g('grant.confirm.tick', { email: request.email, name: request.officer_name })}
              error={errorFor(errors, 'emailConfirmed')}
            />
            <Button>{g('grant.confirm.button')}</Button>
          </form>
        </section>
      )}
      {waiting && !own && (
        <section class="bo-card" aria-labelledby="decline-title">
          <h2 class="bo-card__title" id="decline-title">
            {g('grant.decline.title')}
          </h2>
          <p class="body">{g('grant.decline.intro')}</p>
          <form method="post" action={OFFICER_PATHS.declineGrant(request.id)}>
            <CsrfField ctx={ctx} />
            <Button secondary>{g(asked ? 'grant.withdraw.button' : 'grant.decline.button')}</Button>
          </form>
        </section>
      )}
      <p class="body">
        <a href={OFFICER_PATHS.grants}>{g('grants.title')}</a>
      </p>
    </OfficerLayout>
  )
}
