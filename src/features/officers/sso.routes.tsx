import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import * as oidc from 'openid-client'
import type { StaffSsoConfig } from '../../config.js'
import { recordAudit } from '../../platform/audit.js'
import type { FeatureDeps } from '../../platform/feature-deps.js'
import { pageContext } from '../../platform/http/page-context.js'
import { SIGN_IN_PATHS } from './paths.js'
import { OfficerMessagePage } from './sign-in.views.js'
import {
  createStaffRelyingParty,
  SsoResponseError,
  SsoUnavailableError,
  type StaffRelyingParty,
} from './sso-relying-party.js'
import { ssoMessages } from './sso.messages.js'
import { SSO_PATHS, STAFF_HOME } from './sso.paths.js'
import { completeSsoSignIn } from './sso.service.js'

/** How long the SSO may take between the portal's redirect and its callback. */
const SSO_REQUEST_MS = 10 * 60_000

/**
 * Officers' sign-in through the agency's SSO (OpenID Connect): the start (state, nonce, PKCE in
 * the session), the callback (openid-client's checks, then the staff directory by staff number)
 * and the staff session's sign-out. Registered only when STAFF_SSO_* (or the simulator) is set.
 */
export async function ssoRoutes(
  app: FastifyInstance,
  opts: { deps: FeatureDeps; sso: StaffSsoConfig; relyingParty?: StaffRelyingParty },
) {
  const { db } = opts.deps
  const rp =
    opts.relyingParty ??
    createStaffRelyingParty(opts.sso, `${opts.deps.publicBaseUrl}${SSO_PATHS.callback}`)

  function refused(request: FastifyRequest, reply: FastifyReply, body: string, status: number) {
    const ctx = pageContext(request, reply)
    const m = ssoMessages(ctx.locale)
    return reply.page(
      <OfficerMessagePage
        ctx={ctx}
        title={m('refused.title')}
        body={body}
        link={{ href: SSO_PATHS.start, text: m('again') }}
      />,
      status,
    )
  }

  app.get(SSO_PATHS.start, async (request, reply) => {
    const checks = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
    }
    let url: string
    try {
      url = await rp.authorizationUrl(checks)
    } catch (err) {
      if (!(err instanceof SsoUnavailableError)) throw err
      request.log.warn({ err }, 'agency SSO unavailable')
      return refused(request, reply, ssoMessages(request.locale)('unavailable'), 503)
    }
    request.session.set('staffSso', { ...checks, at: Date.now() })
    return reply.redirect(url, 303)
  })

  app.get(SSO_PATHS.callback, async (request, reply) => {
    const m = ssoMessages(request.locale)
    const pending = request.session.get('staffSso')
    // One use: a callback replayed in the same browser finds nothing to complete.
    request.session.set('staffSso', undefined)
    const fresh = pending && Date.now() - pending.at < SSO_REQUEST_MS ? pending : undefined
    const refuse = async (reason: string) => {
      await recordAudit(db, {
        actorType: 'anonymous',
        action: 'officer.sso_refused',
        outcome: 'refused',
        requestId: request.id,
        data: { reason },
        details: { ip: request.ip },
      })
      return refused(request, reply, m('refused.checks'), 400)
    }
    if (!fresh) return refuse('no_request')
    let identity
    try {
      const url = new URL(request.url, opts.deps.publicBaseUrl)
      identity = await rp.complete(url, fresh)
    } catch (err) {
      if (err instanceof SsoResponseError) return refuse(err.code)
      if (err instanceof SsoUnavailableError) return refused(request, reply, m('unavailable'), 503)
      throw err
    }
    const outcome = await completeSsoSignIn(db, opts.sso, identity, {
      requestId: request.id,
      ip: request.ip,
    })
    if (outcome.kind === 'refused')
      return refused(request, reply, m(`refused.${outcome.reason}`), 403)
    // A new session id whatever the outcome: an id planted before sign-in is worth nothing.
    await request.session.regenerate()
    if (outcome.kind === 'staff') {
      request.session.set('staffNumber', outcome.staffNumber)
      return reply.redirect(STAFF_HOME, 303)
    }
    if (outcome.kind === 'second-factor') {
      request.session.set('officerPending', { id: outcome.officerId, at: Date.now() })
      return reply.redirect(SIGN_IN_PATHS.code, 303)
    }
    request.session.set('officerId', outcome.officerId)
    return reply.redirect(SIGN_IN_PATHS.home, 303)
  })

  app.post(SSO_PATHS.signOut, async (request, reply) => {
    await request.session.regenerate()
    const ctx = pageContext(request, reply)
    const m = ssoMessages(ctx.locale)
    return reply.page(
      <OfficerMessagePage
        ctx={ctx}
        title={m('signedOut')}
        body={m('signedOut')}
        link={{ href: SSO_PATHS.start, text: m('again') }}
      />,
    )
  })
}
