import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  preHandlerAsyncHookHandler,
} from 'fastify'
import { pageContext } from '../../../platform/http/page-context.js'
import { toFieldErrors, type FieldError } from '../../../platform/views/components.js'
import {
  authOf,
  type BackOfficeDeps,
  badgeOf,
  type Permission,
  rolesOf,
} from '../../officers/index.js'
import { grantMessages } from './grants.messages.js'
import {
  approveGrantRequest,
  decidableRequest,
  declineGrantRequest,
  getGrantRequest,
  GrantDecidedError,
  GrantEmailTakenError,
  GrantFourEyesError,
  listGrantRequests,
  OnlyOneAdministratorError,
  onlyOneAdministrator,
} from './grants.service.js'
import { GrantPage, GrantsPage, type GrantNotice } from './grants.views.js'
import { OFFICER_PATHS } from '../paths.js'
import { text, type Body } from '../form.js'

type GrantRequest = FastifyRequest<{ Params: { id: string }; Body: Body }>
type GrantView = FastifyRequest<{ Params: { id: string }; Querystring: { done?: string } }>

/** The refusal a decider reads on the request's page, with its status; undefined for others. */
function refusalOf(err: unknown): { notice: GrantNotice; status: number } | undefined {
  if (err instanceof GrantFourEyesError) return { notice: 'fourEyes', status: 403 }
  if (err instanceof OnlyOneAdministratorError) return { notice: 'onlyOne', status: 403 }
  if (err instanceof GrantDecidedError) return { notice: 'decided', status: 409 }
  if (err instanceof GrantEmailTakenError) return { notice: 'emailTaken', status: 409 }
  return undefined
}

/**
 * The second administrator's pages: the requests waiting, one request with its approve and
 * decline forms. The paths say confirm and decline: no path anywhere approves a registration.
 */
export async function grantRoutes(
  app: FastifyInstance,
  opts: { deps: BackOfficeDeps; guard: (p?: Permission) => preHandlerAsyncHookHandler },
) {
  const { deps, guard } = opts

  async function requestPage(
    request: GrantRequest | GrantView,
    reply: FastifyReply,
    page: { notice?: GrantNotice; errors?: FieldError[]; status?: number } = {},
  ) {
    const auth = authOf(request)
    const grant = await getGrantRequest(deps, auth, request.params.id)
    return reply.page(
      <GrantPage
        ctx={pageContext(request, reply, { forms: true })}
        officer={badgeOf(request)}
        officerId={auth.officerId}
        request={grant}
        rolesNow={await rolesOf(deps.db, grant.officer_id)}
        onlyOneAdministrator={await onlyOneAdministrator(deps.db)}
        {...(page.notice ? { notice: page.notice } : {})}
        {...(page.errors ? { errors: page.errors } : {})}
      />,
      page.status ?? 200,
    )
  }

  /** Runs a decision step; a refusal the administrator should read answers with the page. */
  async function refused(
    request: GrantRequest,
    reply: FastifyReply,
    step: () => Promise<unknown>,
  ): Promise<boolean> {
    try {
      await step()
      return false
    } catch (err) {
      const refusal = refusalOf(err)
      if (!refusal) throw err
      await requestPage(request, reply, refusal)
      return true
    }
  }

  app.get(OFFICER_PATHS.grants, { preHandler: guard('officers.manage') }, async (request, reply) =>
    reply.page(
      <GrantsPage
        ctx={pageContext(request, reply, { forms: true })}
        officer={badgeOf(request)}
        requests={await listGrantRequests(deps, authOf(request))}
        onlyOneAdministrator={await onlyOneAdministrator(deps.db)}
      />,
    ),
  )

  app.get<{ Params: { id: string }; Querystring: { done?: string } }>(
    OFFICER_PATHS.grant(':id'),
    { preHandler: guard('officers.manage') },
    async (request, reply) => {
      const done = request.query.done
      return requestPage(
        request,
        reply,
        done === 'approved' || done === 'declined' ? { notice: done } : {},
      )
    },
  )

  // A reload of a decision goes back to the request.
  for (const path of [OFFICER_PATHS.confirmGrant(':id'), OFFICER_PATHS.declineGrant(':id')])
    app.get<{ Params: { id: string } }>(path, async (request, reply) =>
      reply.redirect(OFFICER_PATHS.grant(encodeURIComponent(request.params.id)), 303),
    )

  app.post<{ Params: { id: string }; Body: Body }>(
    OFFICER_PATHS.confirmGrant(':id'),
    { preHandler: guard('officers.manage') },
    async (request, reply) => {
      // Four eyes first, on the route, whatever the form says; the service checks again.
      if (
        await refused(request, reply, () =>
          decidableRequest(deps, authOf(request), request.params.id, 'approve'),
        )
      )
        return reply
      if (text(request.body, 'emailConfirmed') !== 'yes') {
        const g = grantMessages(request.locale)
        return requestPage(request, reply, {
          errors: toFieldErrors(
            [{ field: 'emailConfirmed', key: 'grant.error.confirm.required' }],
            g,
          ),
          status: 400,
        })
      }
      if (
        await refused(request, reply, () =>
          approveGrantRequest(deps, authOf(request), request.params.id),
        )
      )
        return reply
      return reply.redirect(
        `${OFFICER_PATHS.grant(encodeURIComponent(request.params.id))}?done=approved`,
        303,
      )
    },
  )

  app.post<{ Params: { id: string }; Body: Body }>(
    OFFICER_PATHS.declineGrant(':id'),
    { preHandler: guard('officers.manage') },
    async (request, reply) => {
      if (
        await refused(request, reply, () =>
          declineGrantRequest(deps, authOf(request), request.params.id),
        )
      )
        return reply
      return reply.redirect(
        `${OFFICER_PATHS.grant(encodeURIComponent(request.params.id))}?done=declined`,
        303,
      )
    },
  )
}
