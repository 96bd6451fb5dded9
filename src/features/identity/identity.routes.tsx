import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { recordAudit } from '../../platform/audit.js'
import type { VerificationFailure } from '../../platform/db/schema.js'
import { NotFoundError } from '../../platform/errors.js'
import type { Locale } from '../../platform/i18n/index.js'
import { pageContext } from '../../platform/http/page-context.js'
import { BindPage, MessagePage, PhoneDonePage } from './identity.views.js'
import { identityMessages } from './messages.js'
import { ProviderUnavailableError } from './relying-party.js'
import { bindingChoices, bindVerification } from './verification.binding.js'
import { findVerificationByHandle } from './verification.records.js'
import { authorizationUrlFor, completeVerification } from './verification.service.js'
import {
  CallbackRefusedError,
  type CallbackResult,
  type PurposeHooks,
  type Purpose,
  type VerificationDeps,
} from './verification.types.js'

declare module 'fastify' {
  interface Session {
    /** The verification this browser started; only it may continue from the result. */
    verificationHandle?: string
    /**
     * The verification whose bank answer came back to this browser (not the starting one):
     * only this browser may pick the number, so a starter who relays the link cannot bind it.
     */
    bindingHandle?: string
  }
}

type VerificationRow = NonNullable<Awaited<ReturnType<typeof findVerificationByHandle>>>

/** What each purpose does with a result: in the transaction, and in the browser that started. */
export interface PurposeHandler extends PurposeHooks {
  /** Called in the starting browser once verified; returns where to go (may change the session). */
  afterVerified(
    request: FastifyRequest,
    reply: FastifyReply,
    verification: VerificationRow,
  ): Promise<string>
  /** Where the starting browser goes after a failure, and while still pending. */
  pageUrl: string
}

export interface IdentityRoutesOptions {
  deps: VerificationDeps
  purposes: Record<Purpose, PurposeHandler>
  publicBaseUrl: string
}

export const IDENTITY_PATHS = {
  /** The link to the bank; with a locale, the browser that opens it (a phone) takes that language. */
  go: (handle: string, locale?: Locale) =>
    locale ? `/ekyc/go/${handle}?lang=${locale}` : `/ekyc/go/${handle}`,
  continue: (handle: string) => `/ekyc/continue/${handle}`,
  status: (handle: string) => `/ekyc/status/${handle}`,
  callback: '/ekyc/callback',
  bind: '/ekyc/bind',
}

/** The OIDC hop: the link behind the QR code, the callback, binding, progress, and continuing. */
export async function identityRoutes(
  app: FastifyInstance,
  opts: IdentityRoutesOptions,
): Promise<void> {
  const { deps, purposes } = opts

  async function refuse(request: FastifyRequest, reply: FastifyReply, reason: string) {
    await recordAudit(deps.db, {
      actorType: 'anonymous',
      action: 'identity.callback_refused',
      outcome: 'refused',
      requestId: request.id,
      data: { reason },
    })
    const ctx = pageContext(request, reply)
    const m = identityMessages(ctx.locale)
    return reply.page(
      <MessagePage ctx={ctx} title={m('callback.refusedTitle')} body={m('callback.refused')} />,
      400,
    )
  }

  async function showResult(request: FastifyRequest, reply: FastifyReply, result: CallbackResult) {
    if (request.session.get('verificationHandle') === result.handle)
      return reply.redirect(IDENTITY_PATHS.continue(result.handle), 303)
    if (result.status === 'authenticated') {
      request.session.set('bindingHandle', result.handle)
      const row = await findVerificationByHandle(deps.db, result.handle)
      const choices = bindingChoices(row?.binding_code ?? '')
      return reply.page(
        <BindPage
          ctx={pageContext(request, reply, { forms: true })}
          handle={result.handle}
          purpose={result.purpose}
          choices={choices}
        />,
      )
    }
    return reply.page(<PhoneDonePage ctx={pageContext(request, reply)} failure={result.failure} />)
  }

  app.get<{ Params: { handle: string } }>('/ekyc/go/:handle', async (request, reply) => {
    const ctx = pageContext(request, reply)
    const m = identityMessages(ctx.locale)
    let url: string | undefined
    try {
      url = await authorizationUrlFor(deps, request.params.handle)
    } catch (err) {
      if (!(err instanceof ProviderUnavailableError)) throw err
      request.log.warn({ err }, 'identity provider unavailable')
      return reply.page(
        <MessagePage ctx={ctx} title={m('failure.title')} body={m('failure.unavailable')} />,
        503,
      )
    }
    if (!url)
      return reply.page(
        <MessagePage ctx={ctx} title={m('link.invalidTitle')} body={m('link.invalid')} />,
        410,
      )
    return reply.redirect(url, 303)
  })

  app.get(IDENTITY_PATHS.callback, async (request, reply) => {
    const url = new URL(request.url, opts.publicBaseUrl)
    try {
      const result = await completeVerification(
        deps,
        url,
        purposes,
        request.id,
        request.session.get('verificationHandle'),
      )
      return await showResult(request, reply, result)
    } catch (err) {
      if (!(err instanceof CallbackRefusedError)) throw err
      return refuse(request, reply, err.reason)
    }
  })

  /** A bind from a browser the bank did not return to (the starter's, say): nothing applied. */
  async function refuseBind(request: FastifyRequest, reply: FastifyReply, handle: string) {
    const row = handle ? await findVerificationByHandle(deps.db, handle) : undefined
    await recordAudit(deps.db, {
      actorType: 'anonymous',
      action: 'identity.bind_refused',
      outcome: 'refused',
      requestId: request.id,
      subjectType: row ? 'verification' : undefined,
      subjectId: row?.id,
      data: {
        reason: 'not_callback_browser',
        purpose: row?.purpose ?? null,
        startingBrowser: row !== undefined && request.session.get('verificationHandle') === handle,
      },
    })
    const ctx = pageContext(request, reply)
    const m = identityMessages(ctx.locale)
    return reply.page(
      <MessagePage ctx={ctx} title={m('callback.refusedTitle')} body={m('bind.notHere')} />,
      403,
    )
  }

  app.post<{ Body: Record<string, unknown> }>(IDENTITY_PATHS.bind, async (request, reply) => {
    const handle = typeof request.body?.handle === 'string' ? request.body.handle : ''
    const choice = typeof request.body?.choice === 'string' ? request.body.choice : ''
    // Only the browser the bank app returned to holds this verification's binding (set at the
    // callback, in its own server-side session); a handle and number known elsewhere are not enough.
    if (handle === '' || request.session.get('bindingHandle') !== handle)
      return refuseBind(request, reply, handle)
    if (choice === '') {
      const row = handle ? await findVerificationByHandle(deps.db, handle) : undefined
      if (!row || row.status !== 'authenticated')
        return refuse(request, reply, 'not_awaiting_binding')
      const ctx = pageContext(request, reply, { forms: true })
      const m = identityMessages(ctx.locale)
      return reply.page(
        <BindPage
          ctx={ctx}
          handle={handle}
          purpose={row.purpose}
          choices={bindingChoices(row.binding_code ?? '')}
          error={m('bind.required')}
        />,
        400,
      )
    }
    try {
      const result = await bindVerification(deps, handle, choice, purposes, request.id)
      request.session.set('bindingHandle', undefined)
      return await showResult(request, reply, result)
    } catch (err) {
      if (!(err instanceof CallbackRefusedError)) throw err
      return refuse(request, reply, err.reason)
    }
  })

  // Polled by the waiting page: must not keep the session alive on its own.
  app.get<{ Params: { handle: string } }>(
    '/ekyc/status/:handle',
    { config: { sessionPassive: true } },
    async (request, reply) => {
      const row = await findVerificationByHandle(deps.db, request.params.handle)
      if (!row) throw new NotFoundError()
      return reply.header('cache-control', 'no-store').send({
        status: row.status,
        failure: row.failure,
        continueUrl: IDENTITY_PATHS.continue(row.handle),
      })
    },
  )

  app.get<{ Params: { handle: string } }>('/ekyc/continue/:handle', async (request, reply) => {
    const handle = request.params.handle
    if (request.session.get('verificationHandle') !== handle) {
      // Another browser, or this browser after its session ended: nothing is handed over.
      await recordAudit(deps.db, {
        actorType: 'anonymous',
        action: 'identity.continue_refused',
        outcome: 'refused',
        requestId: request.id,
      })
      const ctx = pageContext(request, reply)
      const m = identityMessages(ctx.locale)
      return reply.page(
        <MessagePage ctx={ctx} title={m('session.endedTitle')} body={m('session.ended')} />,
        404,
      )
    }
    const row = await findVerificationByHandle(deps.db, handle)
    if (!row) throw new NotFoundError()
    const purpose = purposes[row.purpose]
    if (row.status === 'verified')
      return reply.redirect(await purpose.afterVerified(request, reply, row), 303)
    return reply.redirect(
      row.status === 'failed' ? purpose.pageUrl : `${purpose.pageUrl}?waiting=1`,
      303,
    )
  })
}

export type { VerificationFailure }
