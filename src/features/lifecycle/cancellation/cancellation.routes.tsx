import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { pageContext } from '../../../platform/http/page-context.js'
import { freshStepUp, requireStepUp } from '../../account/index.js'
import { REGISTRATION_PATHS } from '../../registration-actions/index.js'
import { clauseInWords, signingMessages } from '../../registration-company/index.js'
import { lookupWithSnapshot, parseSigningClause } from '../../registry-dbd/index.js'
import { ChangeMessagePage } from '../reactivation/change-message.views.js'
import { changeMessages } from '../reactivation/messages.js'
import { ownerOf, type ChangeDeps, type Owner } from '../reactivation/owner.service.js'
import { confirmCancellation } from './cancellation.service.js'
import { CancelledPage, CancelPage } from './cancellation.views.js'
import { cancellationMessages } from './messages.js'
import { decidedCancellation, pendingCancellation } from './pending.service.js'
import { withdrawPendingCancellation } from './withdraw.service.js'

type Params = { Params: { id: string } }

/** Cancellation by the registrant at /account/registrations/:id/cancel. */
export async function cancellationRoutes(
  app: FastifyInstance,
  opts: { deps: ChangeDeps },
): Promise<void> {
  const { deps } = opts
  const path = REGISTRATION_PATHS.cancel(':id')

  function unavailable(request: FastifyRequest, reply: FastifyReply) {
    const ctx = pageContext(request, reply, { status: 503 })
    const m = changeMessages(ctx.locale)
    return reply.page(
      <ChangeMessagePage ctx={ctx} title={m('unavailable.title')} body={m('unavailable.body')} />,
      503,
    )
  }

  /** The page, with its errors or notice; a company's clause is read from DBD now. */
  async function page(
    request: FastifyRequest,
    reply: FastifyReply,
    owner: Owner,
    problem?: 'understood' | 'notDirector',
  ) {
    const status = problem === 'understood' ? 400 : problem === 'notDirector' ? 403 : 200
    const ctx = pageContext(request, reply, { forms: true, status })
    const m = cancellationMessages(ctx.locale)
    const reg = owner.registration
    let clause: string | undefined
    if (reg.registrant_type === 'company') {
      const lookup = await lookupWithSnapshot(deps, owner.number)
      if (lookup.status === 'unavailable') return unavailable(request, reply)
      clause =
        lookup.status === 'found'
          ? clauseInWords(
              signingMessages(ctx.locale),
              parseSigningClause(lookup.company.signingClause, lookup.company.directors),
              lookup.company,
            )
          : ''
    }
    return reply.page(
      <CancelPage
        ctx={ctx}
        registrationId={reg.id}
        live={reg.status === 'ACTIVE' || reg.status === 'SUSPENDED'}
        verified={freshStepUp(request) !== undefined}
        clause={clause}
        pending={await pendingCancellation(deps.db, reg.id, owner.personId)}
        errors={
          problem === 'understood'
            ? [{ field: 'understood', message: m('cancel.error.understood') }]
            : []
        }
        notice={problem === 'notDirector' ? m('cancel.notDirector') : undefined}
        withdrawn={(request.query as { withdrawn?: string }).withdrawn === '1'}
      />,
      status,
    )
  }

  app.get<Params>(path, async (request, reply) => {
    const owner = await ownerOf(deps, request, reply, request.params.id)
    if (!owner) return reply
    return page(request, reply, owner)
  })

  // Verifying again through the bank comes back to the page above, now with the confirmation.
  app.post<Params>(`${path}/verify`, async (request, reply) => {
    const owner = await ownerOf(deps, request, reply, request.params.id)
    if (!owner) return reply
    return requireStepUp(request, reply, REGISTRATION_PATHS.cancel(owner.registration.id))
  })

  app.post<Params & { Body: Record<string, unknown> }>(path, async (request, reply) => {
    const owner = await ownerOf(deps, request, reply, request.params.id)
    if (!owner) return reply
    const back = REGISTRATION_PATHS.cancel(owner.registration.id)
    const stepUp = freshStepUp(request)
    if (!stepUp) return requireStepUp(request, reply, back)
    if (request.body?.understood !== 'yes') return page(request, reply, owner, 'understood')
    const result = await confirmCancellation(deps, owner, stepUp, request.id)
    switch (result.status) {
      case 'unavailable':
        return unavailable(request, reply)
      case 'no_step_up':
        return requireStepUp(request, reply, back)
      case 'not_director':
        return page(request, reply, owner, 'notDirector')
      case 'not_live':
        return reply.redirect(back, 303)
      case 'waiting':
        request.session.set('stepUp', undefined)
        return reply.redirect(back, 303)
      case 'cancelled':
        request.session.set('stepUp', undefined)
        return reply.redirect(`${back}/done`, 303)
    }
  })

  // Any director acting for the company may withdraw a cancellation still waiting.
  app.post<Params>(`${path}/withdraw`, async (request, reply) => {
    const owner = await ownerOf(deps, request, reply, request.params.id)
    if (!owner) return reply
    const back = REGISTRATION_PATHS.cancel(owner.registration.id)
    const done = await withdrawPendingCancellation(deps, owner, request.id)
    return reply.redirect(done ? `${back}?withdrawn=1` : back, 303)
  })

  app.get<Params>(`${path}/done`, async (request, reply) => {
    const owner = await ownerOf(deps, request, reply, request.params.id)
    if (!owner) return reply
    const done = await decidedCancellation(deps.db, owner.registration.id)
    if (!done) return reply.redirect(REGISTRATION_PATHS.cancel(owner.registration.id), 303)
    const ctx = pageContext(request, reply)
    return reply.page(
      <CancelledPage
        ctx={ctx}
        decidedAt={done.decidedAt}
        email={owner.registration.email}
        receiptId={done.receiptId}
      />,
    )
  })
}
