import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { NotFoundError } from '../../platform/errors.js'
import type { FeatureDeps } from '../../platform/feature-deps.js'
import { pageContext } from '../../platform/http/page-context.js'
import { SSO_PATHS } from '../officers/index.js'
import { findStaff } from './directory.repository.js'
import { STAFF_PATHS } from './paths.js'
import { acknowledgementOf, myAcknowledgements, signAcknowledgement } from './signing.service.js'
import { AcknowledgePage, MinePage, type SignNotice, type StaffBadge } from './staff.views.js'

/**
 * The officers' own acknowledgement pages, for a staff session opened through the agency's SSO
 * (officers/sso): the list, a campaign's code with the signing button, and the signature.
 */
export async function staffRoutes(app: FastifyInstance, opts: { deps: FeatureDeps }) {
  const { db, clock } = opts.deps

  async function staff(request: FastifyRequest, reply: FastifyReply): Promise<StaffBadge | null> {
    const number = request.session.get('staffNumber')
    const row = number ? await findStaff(db, number) : undefined
    if (!row || row.status === 'left') {
      if (number) await request.session.regenerate()
      await reply.redirect(SSO_PATHS.start, 303)
      return null
    }
    return { staffNumber: row.staff_number, name: `${row.title}${row.first_name} ${row.last_name}` }
  }

  app.get(STAFF_PATHS.mine, async (request, reply) => {
    const who = await staff(request, reply)
    if (!who) return reply
    const campaigns = await myAcknowledgements(db, who.staffNumber, clock.now())
    return reply.page(
      <MinePage
        ctx={pageContext(request, reply, { forms: true })}
        staff={who}
        campaigns={campaigns}
      />,
    )
  })

  async function show(
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    who: StaffBadge,
    notice?: SignNotice,
    status = 200,
  ) {
    const view = await acknowledgementOf(db, who.staffNumber, request.params.id, clock.now())
    if (!view) throw new NotFoundError()
    return reply.page(
      <AcknowledgePage
        ctx={pageContext(request, reply, { forms: true })}
        staff={who}
        campaign={view.campaign}
        signedAt={view.signature?.signed_at}
        open={view.open}
        joiner={!view.inSnapshot}
        notice={notice}
      />,
      status,
    )
  }

  const uuid = /^[0-9a-f-]{36}$/
  app.get<{ Params: { id: string }; Querystring: { signed?: string } }>(
    STAFF_PATHS.campaign(':id'),
    async (request, reply) => {
      const who = await staff(request, reply)
      if (!who) return reply
      if (!uuid.test(request.params.id)) throw new NotFoundError()
      return show(request, reply, who, request.query.signed === '1' ? 'signed' : undefined)
    },
  )

  app.post<{ Params: { id: string } }>(STAFF_PATHS.sign(':id'), async (request, reply) => {
    const who = await staff(request, reply)
    if (!who) return reply
    if (!uuid.test(request.params.id)) throw new NotFoundError()
    const outcome = await signAcknowledgement(
      db,
      { staffNumber: who.staffNumber, requestId: request.id, ip: request.ip },
      request.params.id,
      request.locale,
      clock.now(),
    )
    if (outcome.status === 'not-found') throw new NotFoundError()
    if (outcome.status === 'signed')
      return reply.redirect(`${STAFF_PATHS.campaign(request.params.id)}?signed=1`, 303)
    return show(request, reply, who, outcome.status, 409)
  })
}
