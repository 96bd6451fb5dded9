import type { FastifyReply, FastifyRequest } from 'fastify'
import { formValue, type FieldProblem, type InvalidForm } from '../../../../platform/form.js'
import { pageContext } from '../../../../platform/http/page-context.js'
import { toFieldErrors } from '../../../../platform/views/components.js'
import { parseCode } from '../../../contact/index.js'
import type { CompanyApplicationRow } from '../../company.repository.js'
import type { StepContext } from '../../deps.js'
import { PATHS } from '../../journey.js'
import { confirmCompanyEmail, resendCompanyCode } from './confirm-email.service.js'
import { ConfirmEmailPage } from './confirm-email.views.js'
import { confirmEmailMessages, type ConfirmEmailMessage } from './messages.js'

type Problems = FieldProblem<ConfirmEmailMessage>[]
const TOO_MANY: Problems = [{ field: 'code', key: 'error.code.tooMany' }]

/** 6. The company e-mail's code (the contact step sent it). */
export function confirmEmailStep({ deps, journey }: StepContext) {
  function render(
    request: FastifyRequest,
    reply: FastifyReply,
    a: CompanyApplicationRow,
    problems: Problems,
    status?: number,
    resent?: boolean,
  ) {
    return reply.page(
      <ConfirmEmailPage
        ctx={pageContext(request, reply, { forms: true })}
        email={a.email ?? ''}
        resent={resent}
        errors={toFieldErrors(problems, confirmEmailMessages(request.locale))}
      />,
      status,
    )
  }
  return {
    show: (request: FastifyRequest<{ Querystring: { resent?: string } }>, reply: FastifyReply) => {
      const a = journey.application(request)
      // No code on record: sending was refused (too many), so say so instead of "we sent".
      const refused = a.email_code_hash === null && !a.email_confirmed_at
      return render(
        request,
        reply,
        a,
        refused ? TOO_MANY : [],
        undefined,
        request.query.resent === '1',
      )
    },
    page: async (
      request: FastifyRequest,
      reply: FastifyReply,
      invalid: InvalidForm<ConfirmEmailMessage>,
    ) => render(request, reply, journey.application(request), invalid.problems, 400),
    confirm: async (request: FastifyRequest, reply: FastifyReply) => {
      const a = journey.application(request)
      const result = await confirmCompanyEmail(deps, a, formValue(request, parseCode), request.id)
      if (result.ok) return reply.redirect(PATHS.step('check'), 303)
      const key = `error.code.${result.reason}` as const
      return render(request, reply, a, [{ field: 'code', key, params: { left: result.left } }], 400)
    },
    resend: async (request: FastifyRequest, reply: FastifyReply) => {
      const a = journey.application(request)
      if ((await resendCompanyCode(deps, a)) === 'too-many')
        return render(request, reply, a, TOO_MANY, 429)
      return reply.redirect(`${PATHS.step('confirm-email')}?resent=1`, 303)
    },
  }
}
