import type { FastifyReply, FastifyRequest } from 'fastify'
import { formValue, type InvalidForm } from '../../../../platform/form.js'
import { pageContext } from '../../../../platform/http/page-context.js'
import { toFieldErrors } from '../../../../platform/views/components.js'
import type { StepContext } from '../../deps.js'
import { PATHS } from '../../journey.js'
import { parseContact } from './contact.schema.js'
import { saveContact } from './contact.service.js'
import { ContactPage } from './contact.views.js'
import { contactMessages, type ContactMessage } from './messages.js'

/** 5. Contact and branch, then the e-mail code. */
export function contactStep({ deps, journey }: StepContext) {
  return {
    show: (request: FastifyRequest, reply: FastifyReply) => {
      const a = journey.application(request)
      return reply.page(
        <ContactPage
          ctx={pageContext(request, reply, { forms: true })}
          values={{
            contactName: a.contact_name ?? '',
            email: a.email ?? '',
            phone: a.mobile ?? '',
            branchCode: a.branch_code ?? '00000',
          }}
        />,
      )
    },
    page: async (
      request: FastifyRequest,
      reply: FastifyReply,
      invalid: InvalidForm<ContactMessage>,
    ) =>
      reply.page(
        <ContactPage
          ctx={pageContext(request, reply, { forms: true })}
          values={{
            contactName: invalid.values.contactName ?? '',
            email: invalid.values.email ?? '',
            phone: invalid.values.phone ?? '',
            branchCode: invalid.values.branchCode ?? '',
          }}
          errors={toFieldErrors(invalid.problems, contactMessages(request.locale))}
        />,
        400,
      ),
    save: async (request: FastifyRequest, reply: FastifyReply) => {
      const a = journey.application(request)
      const next = await saveContact(deps, a, formValue(request, parseContact), request.id)
      return reply.redirect(PATHS.step(next), 303)
    },
  }
}
