import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify'
import { pageContext } from '../../platform/http/page-context.js'
import { toFieldErrors } from '../../platform/views/components.js'
import {
  createOfficer,
  getOfficer,
  listAllOfficers,
  reissueEnrolment,
  updateOfficer,
} from './admin.service.js'
import {
  EnrolmentLinkPage,
  HomePage,
  NewOfficerPage,
  OfficerPage,
  OfficersPage,
} from './admin.views.js'
import { parseNewOfficer, parseOfficerUpdate, rolesFrom } from './auth.schema.js'
import type { BackOfficeDeps } from './auth.service.js'
import { backOfficeMessages } from './messages.js'
import { findOfficerByUsername } from './officers.repository.js'
import { authOf, badgeOf } from './officer-session.js'
import { OFFICER_PATHS } from './paths.js'
import type { Body } from './registry.schema.js'
import type { Permission } from './roles.js'

/**
 * The officer's start page and the administrator's pages. There is no route that approves,
 * refuses or changes a decision: not for the administrator, not for anyone.
 */
export async function adminRoutes(
  app: FastifyInstance,
  opts: { deps: BackOfficeDeps; guard: (p?: Permission) => preHandlerAsyncHookHandler },
) {
  const { deps, guard } = opts

  app.get(OFFICER_PATHS.home, { preHandler: guard() }, async (request, reply) =>
    reply.page(
      <HomePage ctx={pageContext(request, reply, { forms: true })} officer={badgeOf(request)} />,
    ),
  )

  app.get(
    OFFICER_PATHS.officers,
    { preHandler: guard('officers.manage') },
    async (request, reply) => {
      const officers = await listAllOfficers(deps, authOf(request))
      return reply.page(
        <OfficersPage
          ctx={pageContext(request, reply, { forms: true })}
          officer={badgeOf(request)}
          officers={officers}
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
      const m = backOfficeMessages(ctx.locale)
      const parsed = parseNewOfficer(request.body)
      const problems = parsed.ok ? [] : parsed.problems
      const username = parsed.values.username ?? ''
      if (
        !problems.some((p) => p.field === 'username') &&
        (await findOfficerByUsername(deps.db, username))
      )
        problems.unshift({ field: 'username', key: 'officers.error.username.taken' })
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
      const link = await createOfficer(deps, authOf(request), parsed.value)
      return reply.page(
        <EnrolmentLinkPage
          ctx={ctx}
          officer={badgeOf(request)}
          name={parsed.value.displayName}
          link={link}
        />,
      )
    },
  )

  app.get<{ Params: { id: string } }>(
    OFFICER_PATHS.officer(':id'),
    { preHandler: guard('officers.manage') },
    async (request, reply) => {
      const auth = authOf(request)
      const { officer, roles } = await getOfficer(deps, auth, request.params.id)
      return reply.page(
        <OfficerPage
          ctx={pageContext(request, reply, { forms: true })}
          officer={badgeOf(request)}
          subject={{
            id: officer.id,
            username: officer.username,
            displayName: officer.display_name,
            unit: officer.unit,
            status: officer.status,
            roles,
            self: officer.id === auth.officerId,
          }}
        />,
      )
    },
  )

  app.post<{ Params: { id: string }; Body: Body }>(
    OFFICER_PATHS.officer(':id'),
    { preHandler: guard('officers.manage') },
    async (request, reply) => {
      const auth = authOf(request)
      const parsed = parseOfficerUpdate(request.body)
      if (!parsed.ok) {
        const { officer, roles } = await getOfficer(deps, auth, request.params.id)
        const ctx = pageContext(request, reply, { forms: true })
        return reply.page(
          <OfficerPage
            ctx={ctx}
            officer={badgeOf(request)}
            subject={{
              id: officer.id,
              username: officer.username,
              displayName: officer.display_name,
              unit: officer.unit,
              status: officer.status,
              roles,
              self: officer.id === auth.officerId,
            }}
            values={{
              unit: parsed.values.unit ?? '',
              roles: rolesFrom(request.body),
              status: parsed.values.status ?? officer.status,
            }}
            errors={toFieldErrors(parsed.problems, backOfficeMessages(ctx.locale))}
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
      const link = await reissueEnrolment(deps, auth, officer.id)
      return reply.page(
        <EnrolmentLinkPage
          ctx={pageContext(request, reply, { forms: true })}
          officer={badgeOf(request)}
          name={officer.display_name}
          link={link}
        />,
      )
    },
  )
}
