import type { FastifyReply, FastifyRequest } from 'fastify'
import { pageContext } from '../../../../platform/http/page-context.js'
import { findVerificationByHandle, verificationPanel } from '../../../identity/index.js'
import { latestVerification } from '../../application.repository.js'
import type { StepContext } from '../../deps.js'
import { PATHS } from '../../journey.js'
import { beginVerification } from './verify.service.js'
import { VerifyPage } from './verify.views.js'

/** 4. Identity verification through the bank. */
export function verifyStep({ deps, journey }: StepContext) {
  return {
    show: async (
      request: FastifyRequest<{ Querystring: { waiting?: string } }>,
      reply: FastifyReply,
    ) => {
      const a = journey.application(request)
      if (a.verification_id && a.step !== 'verify')
        return reply.redirect(PATHS.step('your-details'), 303)
      const latest = await latestVerification(deps.db, a.id)
      const v = latest ? await findVerificationByHandle(deps.db, latest.handle) : undefined
      const ctx = pageContext(request, reply, { forms: true })
      if (
        (v?.status === 'pending' || v?.status === 'authenticated') &&
        request.session.get('verificationHandle') === v.handle
      ) {
        const panel = await verificationPanel(deps.publicBaseUrl, v, {
          emailed: a.email !== null,
          notYet: request.query.waiting === '1',
        })
        return reply.page(<VerifyPage ctx={ctx} panel={panel} />)
      }
      const failure = v?.status === 'failed' && v.failure ? v.failure : undefined
      return reply.page(<VerifyPage ctx={ctx} failure={failure} />)
    },
    start: async (request: FastifyRequest, reply: FastifyReply) => {
      const a = journey.application(request)
      const v = await beginVerification(deps, a, request.id)
      if (v === 'too-many') {
        return reply.page(
          <VerifyPage ctx={pageContext(request, reply, { forms: true })} failure="too_many" />,
          429,
        )
      }
      request.session.set('verificationHandle', v.handle)
      // The waiting page must stay valid until the verification expires: push the idle timeout
      // to the verification's expiry (polling itself never extends the session).
      request.session.touch()
      request.session.set('seenAt', Date.now())
      return reply.redirect(PATHS.step('verify'), 303)
    },
  }
}
