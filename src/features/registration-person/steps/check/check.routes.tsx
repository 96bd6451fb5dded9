import type { FastifyReply, FastifyRequest } from 'fastify'
import { NotReadyError } from '../../../../platform/errors.js'
import type { FormBody } from '../../../../platform/form.js'
import { pageContext } from '../../../../platform/http/page-context.js'
import { refuseSubmit, stepOf } from '../../../../platform/journey.js'
import { mailingText } from '../../../registrations/index.js'
import type { StepContext } from '../../deps.js'
import { profileOf } from '../../guard.js'
import { PATHS, STEPS } from '../../journey.js'
import { PERSON_RULE_SET } from '../../person.rules.js'
import { submitApplication } from '../../submit/queue.js'
import { CheckPage } from './check.views.js'

/** 6. Check your answers, then the automatic decision. */
export function checkStep({ deps, journey }: StepContext) {
  return {
    show: async (request: FastifyRequest, reply: FastifyReply) => {
      const a = journey.application(request)
      const profile = await profileOf(deps, a)
      return reply.page(
        <CheckPage
          ctx={pageContext(request, reply, { forms: true })}
          profile={profile}
          nationalId={
            a.national_id_enc && a.national_id_enc_key_id
              ? deps.crypto.decrypt({ keyId: a.national_id_enc_key_id, blob: a.national_id_enc })
              : ''
          }
          email={a.email ?? ''}
          mobile={a.mobile ?? ''}
          mailing={mailingText(a.mailing_address, profile, request.locale)}
          submitKey={a.submit_key ?? ''}
          ruleVersion={PERSON_RULE_SET.version}
        />,
      )
    },
    /**
     * The decision reads the application itself and refuses one that is not at its check step
     * with this form's key, so the usual submit needs no guard of its own; only a refused one
     * goes through the guard, to send the applicant where they stand.
     */
    submit: async (request: FastifyRequest, reply: FastifyReply) => {
      const body = (request.body ?? {}) as FormBody
      const key = typeof body.submitKey === 'string' ? body.submitKey : ''
      const id = request.session.get('applicationId')
      if (id) {
        try {
          await submitApplication(deps, id, key, request.id)
          return reply.redirect(PATHS.done, 303)
        } catch (err) {
          if (!(err instanceof NotReadyError)) throw err
          const a = await journey.check(request, reply, 'check')
          if (a)
            await refuseSubmit(deps.db, request, reply, {
              applicationId: a.id,
              reason: err.message,
              path: PATHS.step(stepOf(STEPS, a.step) ?? 'check'),
              toDraft: true,
            })
          return reply
        }
      }
      // No application in this session: the guard's page says so.
      await journey.check(request, reply, 'check')
      return reply
    },
  }
}
