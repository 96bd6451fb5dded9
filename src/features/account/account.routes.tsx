import type { FastifyInstance } from 'fastify'
import QRCode from 'qrcode'
import { recordAudit } from '../../platform/audit.js'
import type { Clock } from '../../platform/jobs/clock.js'
import { pageContext } from '../../platform/http/page-context.js'
import {
  findVerificationByHandle,
  IDENTITY_PATHS,
  type PurposeHandler,
  type VerificationDeps,
} from '../identity/index.js'
import { PDPA_PATHS, pendingDocuments } from '../pdpa/index.js'
import { accountOverview, signIn, startSignIn } from './account.service.js'
import { MyTickets, ticketsOfRegistrant } from '../help-desk/index.js'
import { AccountPage, SignInPage, type RegistrationNotes } from './account.views.js'
import { accountMessages } from './messages.js'
import { startStepUp, STEP_UP_PATH } from './step-up.js'

declare module 'fastify' {
  interface Session {
    /** The registrant signed in to this session. */
    personId?: string
  }
}

/** The sign-in purpose: only a person with a registration can sign in. */
export function signInPurpose(): PurposeHandler {
  return {
    onVerified: (trx, ctx) => signIn(trx, ctx.personId),
    async afterVerified(request, _reply, verification) {
      // A new session id at sign-in: a session fixed before sign-in is useless afterwards.
      await request.session.regenerate()
      request.session.set('personId', verification.person_id ?? undefined)
      return '/account'
    },
    pageUrl: '/account/sign-in',
  }
}

/** Sign-in through the bank and the registrant's status page. */
export async function accountRoutes(
  app: FastifyInstance,
  opts: {
    deps: VerificationDeps
    publicBaseUrl: string
    clock?: Clock
    /** Notes under each registration from the features that change it (lifecycle). */
    notes?: RegistrationNotes
  },
): Promise<void> {
  const { deps } = opts

  app.get('/account/sign-in', async (request, reply) => {
    const ctx = pageContext(request, reply, { forms: true })
    const handle = request.session.get('verificationHandle')
    const v = handle ? await findVerificationByHandle(deps.db, handle) : undefined
    if (v && v.purpose === 'sign-in' && (v.status === 'pending' || v.status === 'authenticated')) {
      const goUrl = `${opts.publicBaseUrl}${IDENTITY_PATHS.go(v.handle, ctx.locale)}`
      const qrDataUrl = await QRCode.toDataURL(goUrl, { margin: 1, width: 220 })
      return reply.page(
        <SignInPage
          ctx={ctx}
          panel={{
            goUrl,
            qrDataUrl,
            handle: v.handle,
            expiresAt: v.expires_at,
            emailed: false,
            bindingCode: v.binding_code ?? '',
          }}
        />,
      )
    }
    const failure =
      v && v.purpose === 'sign-in' && v.status === 'failed' && v.failure ? v.failure : undefined
    return reply.page(<SignInPage ctx={ctx} failure={failure} />)
  })

  app.post('/account/sign-in', async (request, reply) => {
    const v = await startSignIn(deps)
    request.session.set('verificationHandle', v.handle)
    return reply.redirect('/account/sign-in', 303)
  })

  app.get(STEP_UP_PATH, async (request, reply) => {
    if (!request.session.get('personId')) return reply.redirect('/account/sign-in', 303)
    const ctx = pageContext(request, reply, { forms: true })
    const handle = request.session.get('verificationHandle')
    const v = handle ? await findVerificationByHandle(deps.db, handle) : undefined
    if (v && v.purpose === 'step-up' && (v.status === 'pending' || v.status === 'authenticated')) {
      const goUrl = `${opts.publicBaseUrl}${IDENTITY_PATHS.go(v.handle, ctx.locale)}`
      const qrDataUrl = await QRCode.toDataURL(goUrl, { margin: 1, width: 220 })
      return reply.page(
        <SignInPage
          ctx={ctx}
          stepUp
          panel={{
            goUrl,
            qrDataUrl,
            handle: v.handle,
            expiresAt: v.expires_at,
            emailed: false,
            bindingCode: v.binding_code ?? '',
          }}
        />,
      )
    }
    const failure =
      v && v.purpose === 'step-up' && v.status === 'failed' && v.failure ? v.failure : undefined
    return reply.page(<SignInPage ctx={ctx} stepUp failure={failure} />)
  })

  app.post(STEP_UP_PATH, async (request, reply) => {
    if (!request.session.get('personId')) return reply.redirect('/account/sign-in', 303)
    const v = await startStepUp(deps)
    request.session.set('verificationHandle', v.handle)
    return reply.redirect(STEP_UP_PATH, 303)
  })

  app.get('/account', async (request, reply) => {
    const personId = request.session.get('personId')
    if (!personId) return reply.redirect('/account/sign-in', 303)
    // A new version of the Terms or the privacy notice is acknowledged before anything else.
    if ((await pendingDocuments(deps.db, personId)).length > 0)
      return reply.redirect(PDPA_PATHS.acknowledge, 303)
    const overview = await accountOverview(deps, personId)
    if (!overview) return reply.redirect('/account/sign-in', 303)
    const ctx = pageContext(request, reply, { forms: true })
    const tickets = await ticketsOfRegistrant(deps, personId)
    return reply.page(
      <AccountPage
        ctx={ctx}
        name={overview.name}
        registrations={overview.registrations}
        companies={overview.companies}
        helpDesk={<MyTickets ctx={ctx} tickets={tickets} />}
        notes={await opts.notes?.(ctx, overview.registrations, personId)}
        warning={
          (request.query as { stepUp?: string }).stepUp === 'other-person'
            ? accountMessages(ctx.locale)('stepUp.otherPerson')
            : undefined
        }
        now={opts.clock?.now() ?? new Date()}
      />,
    )
  })

  app.post('/account/sign-out', async (request, reply) => {
    const personId = request.session.get('personId')
    if (personId) {
      await recordAudit(deps.db, {
        actorType: 'registrant',
        actorId: personId,
        action: 'account.signed_out',
        subjectType: 'person',
        subjectId: personId,
        requestId: request.id,
      })
    }
    await request.session.destroy()
    return reply.redirect('/', 303)
  })
}
