import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FormBody } from '../../platform/form.js'
import { pageContext } from '../../platform/http/page-context.js'
import type { Clock } from '../../platform/jobs/index.js'
import type { FieldError } from '../../platform/views/components.js'
import { ruleLabelFor } from '../receipts/index.js'
import { REGISTRATION_PATHS } from '../registration-actions/index.js'
import { renewalMessages, type RenewalMessage } from './messages.js'
import { renewalState, requestRenewal, type RenewalDeps } from './renewal.service.js'
import { RenewalPage } from './renewal.views.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export interface RenewalRoutesOptions {
  deps: RenewalDeps
  clock: Clock
  /** With the simulators: the bank app SIMULATOR's page, given the QR payload and the way back. */
  simulatorPayUrl?: (qrPayload: string, returnTo: string) => string
}

/** A broker's renewal: the page (conditions, bill, receipts) and the request that issues the bill. */
export async function renewalRoutes(app: FastifyInstance, opts: RenewalRoutesOptions) {
  const { deps, clock } = opts
  const path = REGISTRATION_PATHS.renew(':id')

  async function show(
    request: FastifyRequest,
    reply: FastifyReply,
    personId: string,
    id: string,
    problems: RenewalMessage[] = [],
    failed: string[] = [],
  ) {
    const state = UUID.test(id) ? await renewalState(deps, personId, id, clock.now()) : undefined
    if (!state) return reply.callNotFound()
    const status = problems.length > 0 ? 400 : 200
    const ctx = pageContext(request, reply, { forms: true, status })
    const m = renewalMessages(ctx.locale)
    const label = ruleLabelFor(ctx.locale)
    const detail = failed.length > 0 ? ` (${failed.map(label).join('; ')})` : ''
    const errors: FieldError[] = problems.map((p) => ({ field: 'confirm', message: m(p) + detail }))
    const payload = state.bill?.qr?.payload
    return reply.page(
      <RenewalPage
        ctx={ctx}
        state={state}
        errors={errors}
        simulatorUrl={
          payload && opts.simulatorPayUrl
            ? opts.simulatorPayUrl(payload, REGISTRATION_PATHS.renew(state.registrationId))
            : undefined
        }
      />,
      status,
    )
  }

  app.get<{ Params: { id: string } }>(path, async (request, reply) => {
    const personId = request.session.get('personId')
    if (!personId) return reply.redirect('/account/sign-in', 303)
    return show(request, reply, personId, request.params.id)
  })

  app.post<{ Params: { id: string } }>(path, async (request, reply) => {
    const personId = request.session.get('personId')
    if (!personId) return reply.redirect('/account/sign-in', 303)
    const id = request.params.id
    const body = (request.body ?? {}) as FormBody
    if (body.confirm !== 'yes') return show(request, reply, personId, id, ['confirm.required'])
    if (!UUID.test(id)) return reply.callNotFound()
    const asked = await requestRenewal(deps, personId, id, clock.now(), request.id)
    if (asked.result === 'not_found') return reply.callNotFound()
    if (asked.result === 'rules')
      return show(request, reply, personId, id, ['rules.notMet'], asked.failed)
    if (asked.result === 'payments_off' || asked.result === 'licence_unavailable')
      return show(request, reply, personId, id, [
        asked.result === 'payments_off' ? 'bill.off' : 'licence.unavailable',
      ])
    return reply.redirect(REGISTRATION_PATHS.renew(id), 303)
  })
}
