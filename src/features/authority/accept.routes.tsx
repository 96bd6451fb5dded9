import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { pageContext } from '../../platform/http/page-context.js'
import { verificationPanel } from '../identity/index.js'
import type { CompanyDeps } from '../registration-company/index.js'
import { AcceptPage, AuthorityMessagePage } from './accept.views.js'
import {
  acceptable,
  acceptanceView,
  acceptingGrant,
  beginAcceptance,
  findGrantByToken,
} from './acceptance.service.js'
import { authorityMessages } from './messages.js'
import { AUTHORITY_PATHS } from './paths.js'

/** The grantee accepts: the link, their own eKYC, the result. */
export function acceptRoutes(app: FastifyInstance, deps: CompanyDeps) {
  /** An acceptance link that cannot be used: unknown, expired, revoked or not this browser's. */
  function invalidLink(request: FastifyRequest, reply: FastifyReply, status: 404 | 410) {
    const ctx = pageContext(request, reply)
    const m = authorityMessages(ctx.locale)
    return reply.page(
      <AuthorityMessagePage
        ctx={ctx}
        title={m('accept.invalidTitle')}
        body={m('accept.invalid')}
      />,
      status,
    )
  }

  // The grantee accepts: the link, their own eKYC, the result.
  async function renderAccept(
    request: FastifyRequest,
    reply: FastifyReply,
    grantId: string,
    action: string,
  ) {
    const view = await acceptanceView(deps, grantId)
    const ctx = pageContext(request, reply, { forms: true })
    const m = authorityMessages(ctx.locale)
    if (!view) return invalidLink(request, reply, 404)
    const { grant: g, company, verification: row } = view
    const mine = row !== undefined && request.session.get('verificationHandle') === row.handle
    if (g.status === 'active' && mine)
      return reply.page(
        <AuthorityMessagePage
          ctx={ctx}
          title={m('accept.doneTitle')}
          body={m('accept.done', { company })}
          status="accepted"
        />,
      )
    if (!acceptable(g)) return invalidLink(request, reply, 410)
    const panel =
      mine && (row.status === 'pending' || row.status === 'authenticated')
        ? await verificationPanel(deps.publicBaseUrl, row, { emailed: false, notYet: false })
        : undefined
    const failure = mine && row.status === 'failed' && row.failure ? row.failure : undefined
    return reply.page(
      <AcceptPage
        ctx={ctx}
        companyName={company}
        scopes={g.scopes}
        validFrom={g.valid_from}
        validUntil={g.valid_until}
        action={action}
        panel={panel}
        failure={failure}
      />,
    )
  }
  app.get<{ Params: { token: string } }>(
    AUTHORITY_PATHS.accept(':token'),
    async (request, reply) => {
      const g = await findGrantByToken(deps.db, request.params.token)
      if (!g) {
        return invalidLink(request, reply, 404)
      }
      return renderAccept(request, reply, g.id, AUTHORITY_PATHS.accept(request.params.token))
    },
  )
  app.post<{ Params: { token: string } }>(
    AUTHORITY_PATHS.accept(':token'),
    async (request, reply) => {
      const g = await findGrantByToken(deps.db, request.params.token)
      if (!g || !acceptable(g))
        return reply.redirect(AUTHORITY_PATHS.accept(encodeURIComponent(request.params.token)), 303)
      const v = await beginAcceptance(deps, g.id, request.id)
      request.session.set('acceptingGrantId', g.id)
      request.session.set('verificationHandle', v.handle)
      request.session.touch()
      return reply.redirect(AUTHORITY_PATHS.accepting, 303)
    },
  )
  app.get(AUTHORITY_PATHS.accepting, async (request, reply) => {
    const id = request.session.get('acceptingGrantId')
    if (!id) {
      return invalidLink(request, reply, 404)
    }
    return renderAccept(request, reply, id, AUTHORITY_PATHS.accepting)
  })
  app.post(AUTHORITY_PATHS.accepting, async (request, reply) => {
    const id = request.session.get('acceptingGrantId')
    const g = id ? await acceptingGrant(deps.db, id) : undefined
    if (g && acceptable(g)) {
      const v = await beginAcceptance(deps, g.id, request.id)
      request.session.set('verificationHandle', v.handle)
      request.session.touch()
    }
    return reply.redirect(AUTHORITY_PATHS.accepting, 303)
  })
}
