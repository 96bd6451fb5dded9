import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { pageContext } from '../../../platform/http/page-context.js'
import type { Locale } from '../../../platform/time.js'
import { freshStepUp, requireStepUp } from '../../account/index.js'
import { idCardAddressText } from '../../address/index.js'
import { latestProfile } from '../../identity/index.js'
import { REGISTRATION_PATHS } from '../../registration-actions/index.js'
import { maskedNumber, MessagePage, ownerOf, type Owner } from '../contact/access.js'
import type { RefreshDeps } from './decision.service.js'
import { refreshMessages } from './messages.js'
import { refreshHistory, verificationUsed } from './refresh.repository.js'
import { refreshFromBank, refreshFromDbd } from './refresh.service.js'
import { RefreshPage, type RefreshHistoryRow, type RefreshView } from './refresh.views.js'

type WithId = { Params: { id: string }; Querystring: { done?: string } }

/** Update a registration's data from its source (issue 23): the bank, or DBD. */
export async function refreshRoutes(
  app: FastifyInstance,
  opts: { deps: RefreshDeps },
): Promise<void> {
  const { deps } = opts
  const base = REGISTRATION_PATHS.refresh(':id')

  /** The owner of an ACTIVE registration; a suspended one is sent to reactivation. */
  async function activeOwner(request: FastifyRequest, reply: FastifyReply) {
    const owner = await ownerOf(deps, request, reply, 'refresh')
    if (!owner) return undefined
    if (owner.registration.status !== 'ACTIVE') {
      const ctx = pageContext(request, reply, { status: 409 })
      const m = refreshMessages(ctx.locale)
      const body = (
        <>
          {m('suspended.body')}{' '}
          <a href={REGISTRATION_PATHS.reactivate(owner.registration.id)}>{m('suspended.link')}</a>
        </>
      )
      await reply.page(<MessagePage ctx={ctx} title={m('suspended.title')} body={body} />, 409)
      return undefined
    }
    return owner
  }

  async function history(registrationId: string): Promise<RefreshHistoryRow[]> {
    return (await refreshHistory(deps.db, registrationId)).map((h) => ({
      id: h.id,
      reference: h.reference,
      source: h.source,
      outcome: h.outcome,
      results: h.results,
      receiptId: h.receipt_id,
      decidedAt: h.decided_at,
    }))
  }

  async function view(request: FastifyRequest, owner: Owner, locale: Locale): Promise<RefreshView> {
    const r = owner.registration
    const source = r.registrant_type === 'person' ? 'bank' : 'dbd'
    let person: RefreshView['person']
    if (r.person_id) {
      const p = await latestProfile(deps.db, r.person_id)
      if (p)
        person = {
          name: `${p.title_th ?? ''}${[p.first_name_th, p.middle_name_th, p.last_name_th].filter(Boolean).join(' ')}`,
          idCard: idCardAddressText(p.id_card_address, locale),
        }
    }
    const fresh = source === 'bank' ? freshStepUp(request) : undefined
    return {
      action: REGISTRATION_PATHS.refresh(r.id),
      backHref: owner.backHref,
      maskedNumber: maskedNumber(owner),
      source,
      ...(person ? { person } : {}),
      stepUpReady: fresh !== undefined && !(await verificationUsed(deps.db, fresh.verificationId)),
      ...(r.status === 'ACTIVE' ? {} : { reactivateHref: REGISTRATION_PATHS.reactivate(r.id) }),
      history: await history(r.id),
    }
  }

  app.get<WithId>(base, async (request, reply) => {
    const owner = await ownerOf(deps, request, reply, 'refresh')
    if (!owner) return reply
    const rows = await history(owner.registration.id)
    const done = rows.find((h) => h.id === request.query.done)
    // The decision just made is shown even when it suspended the registration.
    if (!done && owner.registration.status !== 'ACTIVE') {
      if (!(await activeOwner(request, reply))) return reply
    }
    const ctx = pageContext(request, reply, { forms: true })
    return reply.page(
      <RefreshPage ctx={ctx} view={await view(request, owner, ctx.locale)} done={done} />,
    )
  })

  app.post<WithId>(base, async (request, reply) => {
    const owner = await activeOwner(request, reply)
    if (!owner) return reply
    const at = REGISTRATION_PATHS.refresh(owner.registration.id)
    if (owner.registration.registrant_type === 'person') {
      const fresh = freshStepUp(request)
      if (!fresh) return requireStepUp(request, reply, at)
      const result = await refreshFromBank(deps, owner, fresh, request.id)
      if (result.status === 'verify_again') return requireStepUp(request, reply, at)
      return reply.redirect(`${at}?done=${result.decision.id}`, 303)
    }
    const result = await refreshFromDbd(deps, owner, request.id)
    if (result.status === 'unavailable') {
      const ctx = pageContext(request, reply, { status: 503 })
      const m = refreshMessages(ctx.locale)
      return reply.page(
        <MessagePage ctx={ctx} title={m('unavailable.title')} body={m('unavailable.body')} />,
        503,
      )
    }
    return reply.redirect(`${at}?done=${result.decision.id}`, 303)
  })
}
