import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify'
import { pageContext } from '../../../platform/http/page-context.js'
import { toFieldErrors } from '../../../platform/views/components.js'
import {
  createOfficer,
  getOfficer,
  listAllOfficers,
  refuseSelfChange,
  reissueEnrolment,
  updateOfficer,
} from './admin.service.js'
import { NewOfficerPage, OfficersPage } from './admin.views.js'
import {
  authOf,
  type BackOfficeDeps,
  badgeOf,
  emailInUse,
  findOfficerByUsername,
  type OfficerAuth,
  type Permission,
} from '../../officers/index.js'
import { parseNewOfficer, parseOfficerUpdate, rolesFrom } from './admin.schema.js'
import { listGrantRequests } from './grants.service.js'
import { EnrolmentSentPage } from './grants.views.js'
import { adminMessages, type AdminMessage } from './admin.messages.js'
import { OfficerPage, type OfficerSubject } from './officer.views.js'
import { OFFICER_PATHS } from '../paths.js'
import type { Body, FieldProblem } from '../form.js'

/** The officer as their page shows them. */
async function subjectOf(
  deps: BackOfficeDeps,
  auth: OfficerAuth,
  id: string,
): Promise<OfficerSubject> {
  const { officer, roles, waiting, onlyOneAdministrator } = await getOfficer(deps, auth, id)
  return {
    id: officer.id,
    username: officer.username,
    displayName: officer.display_name,
    unit: officer.unit,
    status: officer.status,
    email: officer.email,
    emailConfirmed: officer.email_confirmed_at !== null,
    roles,
    self: officer.id === auth.officerId,
    waiting,
    onlyOneAdministrator,
  }
}

/** A field problem for an address another officer has (or has asked for). */
async function emailTaken(
  deps: BackOfficeDeps,
  email: string | undefined,
  exceptOfficerId?: string,
): Promise<FieldProblem<AdminMessage>[]> {
  if (!email || !(await emailInUse(deps.db, email, exceptOfficerId))) return []
  return [{ field: 'email', key: 'officers.error.email.taken' }]
}

/**
 * The officer's start page and the administrator's pages. There is no route that approves,
 * refuses or changes a decision: not for the administrator, not for anyone.
 */
export async function adminRoutes(
  app: FastifyInstance,
  opts: { deps: BackOfficeDeps; guard: (p?: Permission) => preHandlerAsyncHookHandler },
) {
  const { deps, guard } = opts

  app.get(
    OFFICER_PATHS.officers,
    { preHandler: guard('officers.manage') },
    async (request, reply) => {
      const officers = await listAllOfficers(deps, authOf(request))
      const waiting = await listGrantRequests(deps, authOf(request))
      return reply.page(
        <OfficersPage
          ctx={pageContext(request, reply, { forms: true })}
          officer={badgeOf(request)}
          officers={officers}
          waiting={waiting.length}
        />,
      )
    },
  )

  app.get(
    OFFICER_PATHS.newOfficer,
    { preHandler: guard('officers.manage') },
    async (request, reply) =>
      reply.page(
        <NewOfficerPage
          ctx={pageContext(request, reply, { forms: true })}
          officer={badgeOf(request)}
        />,
      ),
  )

  app.post<{ Body: Body }>(
    OFFICER_PATHS.newOfficer,
    { preHandler: guard('officers.manage') },
    async (request, reply) => {
      const ctx = pageContext(request, reply, { forms: true })
      const m = adminMessages(ctx.locale)
      const parsed = parseNewOfficer(request.body)
      const problems = parsed.ok ? [] : parsed.problems
      const username = parsed.values.username ?? ''
      if (
        !problems.some((p) => p.field === 'username') &&
        (await findOfficerByUsername(deps.db, username))
      )
        problems.unshift({ field: 'username', key: 'officers.error.username.taken' })
      if (!problems.some((p) => p.field === 'email'))
        problems.push(...(await emailTaken(deps, parsed.values.email)))
      if (!parsed.ok || problems.length > 0) {
        return reply.page(
          <NewOfficerPage
            ctx={ctx}
            officer={badgeOf(request)}
            values={parsed.values}
            roles={rolesFrom(request.body)}
            errors={toFieldErrors(problems, m)}
          />,
          400,
        )
      }
      const created = await createOfficer(deps, authOf(request), parsed.value)
      return reply.page(
        <EnrolmentSentPage
          ctx={ctx}
          officer={badgeOf(request)}
          name={parsed.value.displayName}
          sent={created}
          created={created}
        />,
      )
    },
  )

  app.get<{ Params: { id: string } }>(
    OFFICER_PATHS.officer(':id'),
    { preHandler: guard('officers.manage') },
    async (request, reply) => {
      const subject = await subjectOf(deps, authOf(request), request.params.id)
      return reply.page(
        <OfficerPage
          ctx={pageContext(request, reply, { forms: true })}
          officer={badgeOf(request)}
          subject={subject}
        />,
      )
    },
  )

  app.post<{ Params: { id: string }; Body: Body }>(
    OFFICER_PATHS.officer(':id'),
    { preHandler: guard('officers.manage') },
    async (request, reply) => {
      const auth = authOf(request)
      await refuseSelfChange(deps, auth, request.params.id, rolesFrom(request.body))
      const parsed = parseOfficerUpdate(request.body)
      const problems = parsed.ok ? [] : [...parsed.problems]
      if (!problems.some((p) => p.field === 'email'))
        problems.push(...(await emailTaken(deps, parsed.values.email, request.params.id)))
      if (!parsed.ok || problems.length > 0) {
        const subject = await subjectOf(deps, auth, request.params.id)
        const ctx = pageContext(request, reply, { forms: true })
        return reply.page(
          <OfficerPage
            ctx={ctx}
            officer={badgeOf(request)}
            subject={subject}
            values={{
              unit: parsed.values.unit ?? '',
              email: parsed.values.email ?? '',
              roles: rolesFrom(request.body),
              status: parsed.values.status ?? subject.status,
            }}
            errors={toFieldErrors(problems, adminMessages(ctx.locale))}
          />,
          400,
        )
      }
      await updateOfficer(deps, auth, request.params.id, parsed.value)
      return reply.redirect(OFFICER_PATHS.officers, 303)
    },
  )

  app.post<{ Params: { id: string } }>(
    OFFICER_PATHS.resetOfficer(':id'),
    { preHandler: guard('officers.manage') },
    async (request, reply) => {
      const auth = authOf(request)
      const { officer } = await getOfficer(deps, auth, request.params.id)
      const sent = await reissueEnrolment(deps, auth, officer.id)
      return reply.page(
        <EnrolmentSentPage
          ctx={pageContext(request, reply, { forms: true })}
          officer={badgeOf(request)}
          name={officer.display_name}
          sent={sent}
        />,
      )
    },
  )
}
