import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { pageContext } from '../../../platform/http/page-context.js'
import { freshStepUp, requireStepUp } from '../../account/index.js'
import { REGISTRATION_PATHS } from '../../registration-actions/index.js'
import { ChangeMessagePage } from './change-message.views.js'
import { changeMessages } from './messages.js'
import { suspensionsOf } from './owner.repository.js'
import { ownerOf, type ChangeDeps } from './owner.service.js'
import { newestReactivation } from './reactivation.repository.js'
import { reactivate } from './reactivation.service.js'
import { ReactivatePage, ReactivationResultPage } from './reactivation.views.js'
import type { ReactivationRule } from './rules.js'
import type { SuspensionFacts } from './notes.views.js'

type Params = { Params: { id: string } }

/** The newest suspension of a registration, as the status page and this page show it. */
export async function suspensionOf(
  deps: Pick<ChangeDeps, 'db'>,
  id: string,
): Promise<SuspensionFacts | undefined> {
  const s = (await suspensionsOf(deps.db, [id]))[0]
  return s
    ? {
        rule: s.rule,
        months: s.months,
        lastActivityAt: s.last_activity_at,
        suspendedAt: s.suspended_at,
      }
    : undefined
}

/** Reactivation by self-service at /account/registrations/:id/reactivate. */
export async function reactivationRoutes(
  app: FastifyInstance,
  opts: { deps: ChangeDeps },
): Promise<void> {
  const { deps } = opts
  const path = REGISTRATION_PATHS.reactivate(':id')

  function unavailable(request: FastifyRequest, reply: FastifyReply) {
    const ctx = pageContext(request, reply, { status: 503 })
    const m = changeMessages(ctx.locale)
    return reply.page(
      <ChangeMessagePage ctx={ctx} title={m('unavailable.title')} body={m('unavailable.body')} />,
      503,
    )
  }

  app.get<Params>(path, async (request, reply) => {
    const owner = await ownerOf(deps, request, reply, request.params.id)
    if (!owner) return reply
    const ctx = pageContext(request, reply, { forms: true })
    const id = owner.registration.id
    return reply.page(
      <ReactivatePage
        ctx={ctx}
        registrationId={id}
        party={owner.registration.registrant_type}
        suspended={owner.registration.status === 'SUSPENDED'}
        suspension={await suspensionOf(deps, id)}
        verified={freshStepUp(request) !== undefined}
      />,
    )
  })

  // Verifying again through the bank comes back to the page above.
  app.post<Params>(`${path}/verify`, async (request, reply) => {
    const owner = await ownerOf(deps, request, reply, request.params.id)
    if (!owner) return reply
    return requireStepUp(request, reply, REGISTRATION_PATHS.reactivate(owner.registration.id))
  })

  app.post<Params>(path, async (request, reply) => {
    const owner = await ownerOf(deps, request, reply, request.params.id)
    if (!owner) return reply
    const back = REGISTRATION_PATHS.reactivate(owner.registration.id)
    const stepUp = freshStepUp(request)
    if (!stepUp) return requireStepUp(request, reply, back)
    const result = await reactivate(deps, owner, stepUp, request.id)
    if (result.status === 'unavailable') return unavailable(request, reply)
    if (result.status === 'no_step_up') return requireStepUp(request, reply, back)
    if (result.status === 'not_suspended') return reply.redirect(back, 303)
    // A step-up proves one change: the next one verifies again.
    request.session.set('stepUp', undefined)
    return reply.redirect(`${back}/result`, 303)
  })

  app.get<Params>(`${path}/result`, async (request, reply) => {
    const owner = await ownerOf(deps, request, reply, request.params.id)
    if (!owner) return reply
    const d = await newestReactivation(deps.db, owner.registration.id)
    if (!d) return reply.redirect(REGISTRATION_PATHS.reactivate(owner.registration.id), 303)
    const ctx = pageContext(request, reply)
    return reply.page(
      <ReactivationResultPage
        ctx={ctx}
        outcome={d.outcome}
        failed={d.results.filter((r) => !r.passed).map((r) => r.rule as ReactivationRule)}
        decidedAt={d.decided_at}
        email={owner.registration.email}
        receiptId={d.receipt_id}
      />,
    )
  })
}
