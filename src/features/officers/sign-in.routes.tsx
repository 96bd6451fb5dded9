import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify'
import QRCode from 'qrcode'
import { recordAudit } from '../../platform/audit.js'
import { pageContext } from '../../platform/http/page-context.js'
import { toFieldErrors, type FieldError } from '../../platform/views/components.js'
import { parsePasswordChoice, parseSignIn } from './sign-in.schema.js'
import {
  checkPassword,
  checkSecondFactor,
  choosePassword,
  completeEnrolment,
  enrolmentSecret,
  FIRST_BLOCK_SECONDS,
  MAX_FAILURES,
  officerForEnrolmentLink,
  pendingOfficer,
} from './sign-in.service.js'
import type { BackOfficeDeps } from './deps.js'
import {
  CodePage,
  EnrolAuthenticatorPage,
  EnrolPasswordPage,
  OfficerMessagePage,
  RecoveryCodesPage,
  SignInPage,
} from './sign-in.views.js'
import { totpUri } from './credentials.js'
import { officerMessages, type OfficerMessage } from './messages.js'
import { rolesOf } from './officer.repository.js'
import { PENDING_MS } from './officer-session.js'
import { SIGN_IN_PATHS } from './paths.js'
import { SSO_PATHS } from './sso.paths.js'
import type { FormBody as Body } from '../../platform/form.js'
import { roleLabel } from './roles.js'

/** Sign-in and enrolment steps: per client address, on top of the per-(name, address) back-off. */
export const SIGN_IN_ATTEMPTS_PER_MINUTE = 10
const limited: RouteShorthandOptions = {
  config: {
    rateLimit: {
      max: SIGN_IN_ATTEMPTS_PER_MINUTE,
      timeWindow: 60_000,
      keyGenerator: (request: FastifyRequest) => `officer-sign-in:${request.ip}`,
    },
  },
}

function one(request: FastifyRequest, field: string, key: OfficerMessage): FieldError[] {
  const m = officerMessages(request.locale)
  return [{ field, message: m(key, { max: MAX_FAILURES, minutes: FIRST_BLOCK_SECONDS / 60 }) }]
}

/** Officer sign-in (password, then TOTP or a recovery code), sign-out and enrolment. */
export async function signInRoutes(app: FastifyInstance, opts: { deps: BackOfficeDeps }) {
  const { deps } = opts
  const req = (request: FastifyRequest) => ({ requestId: request.id, ip: request.ip })
  // The agency's SSO routes are registered only where STAFF_SSO_* (or its simulator) is set.
  const sso = () => app.hasRoute({ method: 'GET', url: SSO_PATHS.start })

  app.get<{ Querystring: { signedOut?: string } }>(SIGN_IN_PATHS.signIn, async (request, reply) => {
    if (request.session.get('officerId')) return reply.redirect(SIGN_IN_PATHS.home, 303)
    const ctx = pageContext(request, reply, { forms: true })
    const m = officerMessages(ctx.locale)
    const notice = request.query.signedOut === '1' ? m('signIn.signedOut') : undefined
    return reply.page(<SignInPage ctx={ctx} notice={notice} sso={sso()} />)
  })

  app.post<{ Body: Body }>(SIGN_IN_PATHS.signIn, limited, async (request, reply) => {
    const parsed = parseSignIn(request.body)
    const render = (errors: FieldError[], status: number) =>
      reply.page(
        <SignInPage
          ctx={pageContext(request, reply, { forms: true })}
          username={parsed.values.username}
          errors={errors}
          sso={sso()}
        />,
        status,
      )
    if (!parsed.ok)
      return render(toFieldErrors(parsed.problems, officerMessages(request.locale)), 400)
    const result = await checkPassword(deps, parsed.value, req(request))
    // One answer for every refusal: an unknown name, a wrong password, a throttled pair.
    if (!result.ok) return render(one(request, 'username', 'signIn.error.invalid'), 401)
    // A new session id as soon as the password is right, and again after the second factor:
    // an id planted before sign-in is worth nothing after it.
    await request.session.regenerate()
    request.session.set('officerPending', { id: result.officerId, at: Date.now() })
    return reply.redirect(SIGN_IN_PATHS.code, 303)
  })

  function pending(request: FastifyRequest): string | undefined {
    const p = request.session.get('officerPending')
    return p && Date.now() - p.at < PENDING_MS ? p.id : undefined
  }

  async function expired(request: FastifyRequest, reply: FastifyReply) {
    const ctx = pageContext(request, reply, { forms: true })
    const m = officerMessages(ctx.locale)
    return reply.page(<SignInPage ctx={ctx} notice={m('signIn.expired')} sso={sso()} />, 401)
  }

  app.get(SIGN_IN_PATHS.code, async (request, reply) => {
    if (!pending(request)) return expired(request, reply)
    return reply.page(<CodePage ctx={pageContext(request, reply, { forms: true })} />)
  })

  app.post<{ Body: Body }>(SIGN_IN_PATHS.code, limited, async (request, reply) => {
    const officerId = pending(request)
    if (!officerId) return expired(request, reply)
    const code = typeof request.body?.code === 'string' ? request.body.code.trim() : ''
    const render = (key: OfficerMessage, status: number) =>
      reply.page(
        <CodePage
          ctx={pageContext(request, reply, { forms: true })}
          errors={one(request, 'code', key)}
        />,
        status,
      )
    if (code === '') return render('code.error.required', 400)
    const result = await checkSecondFactor(deps, officerId, code, req(request))
    if (!result.ok) {
      if (result.reason === 'throttled') {
        request.session.set('officerPending', undefined)
        return render('code.error.locked', 429)
      }
      return render(result.reason === 'replay' ? 'code.error.replay' : 'code.error.invalid', 401)
    }
    await request.session.regenerate()
    request.session.set('officerId', officerId)
    return reply.redirect(SIGN_IN_PATHS.home, 303)
  })

  app.post(SIGN_IN_PATHS.signOut, async (request, reply) => {
    const officerId = request.session.get('officerId')
    if (officerId) {
      await recordAudit(deps.db, {
        actorType: 'officer',
        actorId: officerId,
        actorRole: roleLabel(await rolesOf(deps.db, officerId)),
        action: 'officer.signed_out',
        subjectType: 'officer',
        subjectId: officerId,
        requestId: request.id,
      })
    }
    await request.session.destroy()
    return reply.redirect(`${SIGN_IN_PATHS.signIn}?signedOut=1`, 303)
  })

  // Enrolment: the one-time link opens it, then the token leaves the URL at once.
  function invalidLink(request: FastifyRequest, reply: FastifyReply) {
    const ctx = pageContext(request, reply)
    const m = officerMessages(ctx.locale)
    return reply.page(
      <OfficerMessagePage
        ctx={ctx}
        title={m('enrol.invalid.title')}
        body={m('enrol.invalid.body')}
        link={{ href: SIGN_IN_PATHS.signIn, text: m('signIn.title') }}
      />,
      404,
    )
  }

  async function enrolling(request: FastifyRequest) {
    const id = request.session.get('officerEnrolment')
    return id ? pendingOfficer(deps, id) : undefined
  }

  app.get<{ Querystring: { token?: string } }>(SIGN_IN_PATHS.enrol, async (request, reply) => {
    const token = request.query.token
    if (token !== undefined) {
      const officerId = await officerForEnrolmentLink(deps, token)
      if (!officerId) return invalidLink(request, reply)
      await request.session.regenerate()
      request.session.set('officerEnrolment', officerId)
    }
    const o = await enrolling(request)
    if (!o) return invalidLink(request, reply)
    return reply.redirect(
      o.password_hash ? SIGN_IN_PATHS.enrolAuthenticator : SIGN_IN_PATHS.enrolPassword,
      303,
    )
  })

  app.get(SIGN_IN_PATHS.enrolPassword, async (request, reply) => {
    const o = await enrolling(request)
    if (!o) return invalidLink(request, reply)
    return reply.page(
      <EnrolPasswordPage
        ctx={pageContext(request, reply, { forms: true })}
        name={o.display_name}
      />,
    )
  })

  app.post<{ Body: Body }>(SIGN_IN_PATHS.enrolPassword, limited, async (request, reply) => {
    const o = await enrolling(request)
    if (!o) return invalidLink(request, reply)
    const parsed = parsePasswordChoice(request.body, o.username)
    if (!parsed.ok) {
      return reply.page(
        <EnrolPasswordPage
          ctx={pageContext(request, reply, { forms: true })}
          name={o.display_name}
          errors={toFieldErrors(parsed.problems, officerMessages(request.locale))}
        />,
        400,
      )
    }
    await choosePassword(deps, o.id, parsed.value)
    return reply.redirect(SIGN_IN_PATHS.enrolAuthenticator, 303)
  })

  async function authenticatorPage(
    request: FastifyRequest,
    reply: FastifyReply,
    o: NonNullable<Awaited<ReturnType<typeof enrolling>>>,
    errors: FieldError[] = [],
  ) {
    const secret = await enrolmentSecret(deps, o)
    const qrDataUrl = await QRCode.toDataURL(totpUri(secret, o.username), { margin: 1, width: 220 })
    return reply.page(
      <EnrolAuthenticatorPage
        ctx={pageContext(request, reply, { forms: true })}
        qrDataUrl={qrDataUrl}
        secret={secret}
        errors={errors}
      />,
      errors.length > 0 ? 400 : 200,
    )
  }

  app.get(SIGN_IN_PATHS.enrolAuthenticator, async (request, reply) => {
    const o = await enrolling(request)
    if (!o) return invalidLink(request, reply)
    if (!o.password_hash) return reply.redirect(SIGN_IN_PATHS.enrolPassword, 303)
    return authenticatorPage(request, reply, o)
  })

  app.post<{ Body: Body }>(SIGN_IN_PATHS.enrolAuthenticator, limited, async (request, reply) => {
    const o = await enrolling(request)
    if (!o) return invalidLink(request, reply)
    if (!o.password_hash) return reply.redirect(SIGN_IN_PATHS.enrolPassword, 303)
    const code = typeof request.body?.code === 'string' ? request.body.code.trim() : ''
    if (code === '')
      return authenticatorPage(request, reply, o, one(request, 'code', 'enrol.error.code.required'))
    const codes = await completeEnrolment(deps, o, code, req(request))
    if (!codes)
      return authenticatorPage(request, reply, o, one(request, 'code', 'enrol.error.code.invalid'))
    // Enrolment is over: the session forgets it, and the officer signs in as usual.
    await request.session.regenerate()
    return reply.page(<RecoveryCodesPage ctx={pageContext(request, reply)} codes={codes} />)
  })
}
