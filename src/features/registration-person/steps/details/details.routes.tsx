import type { FastifyReply, FastifyRequest } from 'fastify'
import { formValue, type InvalidForm } from '../../../../platform/form.js'
import { pageContext } from '../../../../platform/http/page-context.js'
import { toFieldErrors } from '../../../../platform/views/components.js'
import type { StepContext } from '../../deps.js'
import { PATHS } from '../../journey.js'
import { parseDetails } from './details.schema.js'
import { saveDetails } from './details.service.js'
import { DetailsPage } from './details.views.js'
import { detailsMessages, type DetailsMessage } from './messages.js'

/** 2. National ID, e-mail, mobile. */
export function detailsStep({ deps, journey }: StepContext) {
  return {
    show: async (request: FastifyRequest, reply: FastifyReply) => {
      const a = journey.application(request)
      const nationalId =
        a.national_id_enc && a.national_id_enc_key_id
          ? deps.crypto.decrypt({ keyId: a.national_id_enc_key_id, blob: a.national_id_enc })
          : ''
      return reply.page(
        <DetailsPage
          ctx={pageContext(request, reply, { forms: true })}
          values={{ nationalId, email: a.email ?? '', mobile: a.mobile ?? '' }}
        />,
      )
    },
    page: async (
      request: FastifyRequest,
      reply: FastifyReply,
      invalid: InvalidForm<DetailsMessage>,
    ) => {
      const values = {
        nationalId: invalid.values.nationalId ?? '',
        email: invalid.values.email ?? '',
        mobile: invalid.values.mobile ?? '',
      }
      return reply.page(
        <DetailsPage
          ctx={pageContext(request, reply, { forms: true })}
          values={values}
          errors={toFieldErrors(invalid.problems, detailsMessages(request.locale))}
        />,
        400,
      )
    },
    save: async (request: FastifyRequest, reply: FastifyReply) => {
      const a = journey.application(request)
      const details = formValue(request, parseDetails)
      const { next } = await saveDetails(deps, a, details, request.id)
      return reply.redirect(PATHS.step(next), 303)
    },
  }
}
