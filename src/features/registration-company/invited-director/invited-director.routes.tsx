import type { FastifyReply, FastifyRequest } from 'fastify'
import { recordAudit } from '../../../platform/audit.js'
import { pageContext } from '../../../platform/http/page-context.js'
import { findVerificationById, verificationPanel } from '../../identity/index.js'
import { companyNameOf } from '../company-name.js'
import { findSignedApplication } from '../company.repository.js'
import type { StepContext } from '../deps.js'
import { PATHS } from '../journey.js'
import { resendInvite } from '../signing/invitations.service.js'
import type { SignedKind } from '../signing/signed-kind.js'
import { findSigner, findSignerByToken, type SignerRow } from '../signing/signer.repository.js'
import { beginSignerVerification } from '../signing/verification.service.js'
import { CompanyMessagePage } from '../views.js'
import { invitedDirectorMessages } from './messages.js'
import { SignPage } from './sign.views.js'

type TokenRequest = FastifyRequest<{ Params: { token: string } }>

/** The pages of an invited director: the e-mailed link, a new link, and their own page. */
export function invitedDirector(
  { deps }: Pick<StepContext, 'deps'>,
  kinds: { authority?: SignedKind } = {},
) {
  /** Answers an invitation that cannot be used (any more); the usable one is returned. */
  async function usable(
    request: TokenRequest,
    reply: FastifyReply,
  ): Promise<SignerRow | undefined> {
    const signer = await findSignerByToken(deps.db, request.params.token)
    const ctx = pageContext(request, reply, { forms: true })
    const m = invitedDirectorMessages(ctx.locale)
    if (!signer) {
      await recordAudit(deps.db, {
        actorType: 'anonymous',
        action: 'company.invite_link_refused',
        outcome: 'refused',
        requestId: request.id,
      })
      await reply.page(
        <CompanyMessagePage ctx={ctx} title={m('sign.invalidTitle')} body={m('sign.invalid')} />,
        404,
      )
      return undefined
    }
    const a = await findSignedApplication(deps.db, signer.application_id)
    if (signer.status === 'verified') {
      request.session.set('signerId', signer.id)
      await reply.redirect(PATHS.signer, 303)
      return undefined
    }
    if (!a || !['draft', 'submitted'].includes(a.status) || signer.status === 'withdrawn') {
      await reply.page(
        <CompanyMessagePage ctx={ctx} title={m('sign.closedTitle')} body={m('sign.closed')} />,
        410,
      )
      return undefined
    }
    if (
      signer.status === 'expired' ||
      (signer.invite_expires_at && signer.invite_expires_at.getTime() <= Date.now())
    ) {
      await reply.page(
        <CompanyMessagePage
          ctx={ctx}
          title={m('sign.expiredTitle')}
          body={m('sign.expired')}
          action={{ href: PATHS.renew(request.params.token), label: m('sign.renew') }}
        />,
        410,
      )
      return undefined
    }
    return signer
  }

  async function renderSign(
    request: FastifyRequest,
    reply: FastifyReply,
    signer: SignerRow,
    action: string,
  ) {
    const a = await findSignedApplication(deps.db, signer.application_id)
    const described =
      a?.kind === 'authority' ? await kinds.authority?.describe(a.id, request.locale) : undefined
    const ctx = pageContext(request, reply, { forms: true })
    const row = signer.verification_id
      ? await findVerificationById(deps.db, signer.verification_id)
      : undefined
    const mine = row !== undefined && request.session.get('verificationHandle') === row.handle
    const panel =
      mine && (row.status === 'pending' || row.status === 'authenticated')
        ? await verificationPanel(deps.publicBaseUrl, row, { emailed: false, notYet: false })
        : undefined
    const failure = mine && row.status === 'failed' && row.failure ? row.failure : undefined
    return reply.page(
      <SignPage
        ctx={ctx}
        companyName={a ? await companyNameOf(deps, a) : ''}
        juristicId={a?.juristic_id ?? ''}
        director={signer.director_name ?? ''}
        contact={a?.contact_name ?? ''}
        expiresAt={signer.invite_expires_at}
        action={action}
        panel={panel}
        failure={failure}
        described={described}
      />,
    )
  }

  /** The invitation's own message page (a link that does not work, or a new link sent). */
  function message(
    request: FastifyRequest,
    reply: FastifyReply,
    text: { title: string; body: string },
    status: number,
  ) {
    const ctx = pageContext(request, reply)
    return reply.page(<CompanyMessagePage ctx={ctx} {...text} />, status)
  }

  return {
    show: async (request: TokenRequest, reply: FastifyReply) => {
      const signer = await usable(request, reply)
      if (!signer) return reply
      return renderSign(request, reply, signer, PATHS.sign(request.params.token))
    },
    start: async (request: TokenRequest, reply: FastifyReply) => {
      const s = await usable(request, reply)
      if (!s) return reply
      const v = await beginSignerVerification(deps, {
        applicationId: s.application_id,
        signerId: s.id,
        requestId: request.id,
      })
      if (v === 'too-many') return renderSign(request, reply, s, PATHS.sign(request.params.token))
      request.session.set('signerId', s.id)
      request.session.set('verificationHandle', v.handle)
      request.session.touch()
      return reply.redirect(PATHS.signer, 303)
    },
    renew: async (request: TokenRequest, reply: FastifyReply) => {
      const signer = await findSignerByToken(deps.db, request.params.token)
      const m = invitedDirectorMessages(request.locale)
      if (!signer)
        return message(
          request,
          reply,
          { title: m('sign.invalidTitle'), body: m('sign.invalid') },
          404,
        )
      const result = await resendInvite(deps, signer.id, request.id)
      const body =
        result === 'sent'
          ? m('sign.renewed')
          : result === 'limit'
            ? m('sign.renewLimit')
            : m('sign.closed')
      const status = result === 'sent' ? 200 : 409
      return message(request, reply, { title: m('sign.expiredTitle'), body }, status)
    },
    /** Their own page once this browser knows them: progress, failure, thanks. */
    mine: async (request: FastifyRequest, reply: FastifyReply) => {
      const signerId = request.session.get('signerId')
      const signer = signerId ? await findSigner(deps.db, signerId) : undefined
      const ctx = pageContext(request, reply, { forms: true })
      const m = invitedDirectorMessages(ctx.locale)
      if (!signer)
        return reply.page(
          <CompanyMessagePage ctx={ctx} title={m('sign.invalidTitle')} body={m('sign.invalid')} />,
          404,
        )
      if (signer.initiator) return reply.redirect(PATHS.step('verify'), 303)
      const a = await findSignedApplication(deps.db, signer.application_id)
      if (signer.status === 'verified')
        return reply.page(
          <CompanyMessagePage
            ctx={ctx}
            title={m('sign.doneTitle')}
            body={m('sign.done', {
              director: signer.director_name ?? '',
              company: a ? await companyNameOf(deps, a) : '',
            })}
          />,
        )
      return renderSign(request, reply, signer, PATHS.signer)
    },
    startMine: async (request: FastifyRequest, reply: FastifyReply) => {
      const signerId = request.session.get('signerId')
      const signer = signerId ? await findSigner(deps.db, signerId) : undefined
      if (!signer || signer.initiator || signer.status !== 'invited')
        return reply.redirect(PATHS.signer, 303)
      if (signer.invite_expires_at && signer.invite_expires_at.getTime() <= Date.now())
        return reply.redirect(PATHS.signer, 303)
      const v = await beginSignerVerification(deps, {
        applicationId: signer.application_id,
        signerId: signer.id,
        requestId: request.id,
      })
      if (v !== 'too-many') {
        request.session.set('verificationHandle', v.handle)
        request.session.touch()
      }
      return reply.redirect(PATHS.signer, 303)
    },
  }
}
