import type { FastifyReply, FastifyRequest } from 'fastify'
import { NotReadyError } from '../../../../platform/errors.js'
import type { FormBody } from '../../../../platform/form.js'
import { pageContext } from '../../../../platform/http/page-context.js'
import { refuseSubmit, stepOf } from '../../../../platform/journey.js'
import { readSnapshot } from '../../../registry-dbd/index.js'
import { findCompanyApplication } from '../../company.repository.js'
import type { StepContext } from '../../deps.js'
import { PATHS, STEPS } from '../../journey.js'
import { listSigners } from '../../signing/signer.repository.js'
import { submitCompany } from '../../submit/submit.service.js'
import { signerViews, UnavailablePage } from '../../views.js'
import { CheckPage } from './check.views.js'

/** 7. Check your answers, then apply. */
export function checkStep({ deps, journey }: StepContext) {
  return {
    show: async (request: FastifyRequest, reply: FastifyReply) => {
      const a = journey.application(request)
      const snap = a.dbd_snapshot_id
        ? await readSnapshot(deps.db, deps.crypto, a.dbd_snapshot_id)
        : undefined
      if (!snap) return reply.redirect(PATHS.step('company'), 303)
      return reply.page(
        <CheckPage
          ctx={pageContext(request, reply, { forms: true })}
          company={snap.company}
          signers={signerViews(await listSigners(deps.db, a.id))}
          contact={{
            name: a.contact_name ?? '',
            email: a.email ?? '',
            phone: a.mobile ?? '',
            branch: a.branch_code ?? '',
          }}
          submitKey={a.submit_key ?? ''}
        />,
      )
    },
    /** No guard in front: the submit itself refuses an application not at its check step. */
    submit: async (request: FastifyRequest, reply: FastifyReply) => {
      const id = request.session.get('companyApplicationId')
      const a = id ? await findCompanyApplication(deps.db, id) : undefined
      if (!a) return reply.redirect(PATHS.start, 303)
      const body = (request.body ?? {}) as FormBody
      const key = typeof body.submitKey === 'string' ? body.submitKey : ''
      try {
        const result = await submitCompany(deps, a, key, request.id)
        if (result.status === 'unavailable')
          return reply.page(<UnavailablePage ctx={pageContext(request, reply)} />, 503)
        return reply.redirect(result.status === 'decided' ? PATHS.done : PATHS.status, 303)
      } catch (err) {
        if (!(err instanceof NotReadyError)) throw err
        const draft = a.status === 'draft'
        const step = stepOf(STEPS, a.step)
        await refuseSubmit(deps.db, request, reply, {
          applicationId: a.id,
          reason: err.message,
          path: draft && step ? PATHS.step(step) : PATHS.status,
          toDraft: draft,
        })
        return reply
      }
    },
  }
}
