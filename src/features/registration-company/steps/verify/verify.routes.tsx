import type { FastifyReply, FastifyRequest } from 'fastify'
import { pageContext } from '../../../../platform/http/page-context.js'
import { findVerificationById, verificationPanel } from '../../../identity/index.js'
import { companyNameOf } from '../../company-name.js'
import type { StepContext } from '../../deps.js'
import { PATHS } from '../../journey.js'
import { listSigners } from '../../signing/signer.repository.js'
import { beginSignerVerification } from '../../signing/verification.service.js'
import { VerifyPage } from './verify.views.js'

/** 3. The applicant verifies; the bank's answer says which director they are. */
export function verifyStep({ deps, journey }: StepContext) {
  return {
    show: async (
      request: FastifyRequest<{ Querystring: { waiting?: string } }>,
      reply: FastifyReply,
    ) => {
      const a = journey.application(request)
      const signers = await listSigners(deps.db, a.id)
      const me = signers.find((s) => s.initiator)
      if (me?.status === 'verified') return reply.redirect(PATHS.step('signers'), 303)
      const v = me?.verification_id
        ? await findVerificationById(deps.db, me.verification_id)
        : undefined
      const ctx = pageContext(request, reply, { forms: true })
      const name = await companyNameOf(deps, a)
      if (
        (v?.status === 'pending' || v?.status === 'authenticated') &&
        request.session.get('verificationHandle') === v.handle
      ) {
        const panel = await verificationPanel(deps.publicBaseUrl, v, {
          emailed: false,
          notYet: request.query.waiting === '1',
        })
        return reply.page(<VerifyPage ctx={ctx} companyName={name} panel={panel} />)
      }
      const failure = v?.status === 'failed' && v.failure ? v.failure : undefined
      return reply.page(<VerifyPage ctx={ctx} companyName={name} failure={failure} />)
    },
    start: async (request: FastifyRequest, reply: FastifyReply) => {
      const a = journey.application(request)
      const v = await beginSignerVerification(deps, {
        applicationId: a.id,
        signerId: null,
        requestId: request.id,
      })
      if (v === 'too-many')
        return reply.page(
          <VerifyPage
            ctx={pageContext(request, reply, { forms: true })}
            companyName={await companyNameOf(deps, a)}
            failure="too_many"
          />,
          429,
        )
      request.session.set('verificationHandle', v.handle)
      request.session.set('signerId', v.signerId)
      request.session.touch()
      return reply.redirect(PATHS.step('verify'), 303)
    },
  }
}
