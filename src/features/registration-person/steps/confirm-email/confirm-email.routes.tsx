import type { FastifyReply, FastifyRequest } from 'fastify'
import { formValue, type FieldProblem, type InvalidForm } from '../../../../platform/form.js'
import { pageContext } from '../../../../platform/http/page-context.js'
import { stepOf } from '../../../../platform/journey.js'
import { toFieldErrors } from '../../../../platform/views/components.js'
import { parseCode } from '../../../contact/index.js'
import { findApplication, type ApplicationRow } from '../../application.repository.js'
import type { StepContext } from '../../deps.js'
import { PATHS, STEPS } from '../../journey.js'
import { confirmEmailMessages, type ConfirmEmailMessage } from './messages.js'
import { confirmEmail, resendCode } from './confirm-email.service.js'
import { ConfirmEmailPage } from './confirm-email.views.js'

type Problems = FieldProblem<ConfirmEmailMessage>[]
const TOO_MANY: Problems = [{ field: 'code', key: 'error.code.tooMany' }]

/** 3. The e-mail code. */
export function confirmEmailStep({ deps, journey }: StepContext) {
  function render(
    request: FastifyRequest,
    reply: FastifyReply,
    a: ApplicationRow,
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
      const noCode = a.email_code_hash === null
      return render(
        request,
        reply,
        a,
        noCode ? TOO_MANY : [],
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
      const result = await confirmEmail(deps, a, formValue(request, parseCode), request.id)
      if (!result.ok) {
        const key = `error.code.${result.reason}` as const
        return render(
          request,
          reply,
          a,
          [{ field: 'code', key, params: { left: result.left } }],
          400,
        )
      }
      request.session.set('resumeUnconfirmed', false)
      const confirmed = await findApplication(deps.db, a.id)
      const step = stepOf(STEPS, confirmed?.step ?? 'verify') ?? 'verify'
      return reply.redirect(PATHS.step(step), 303)
    },
    resend: async (request: FastifyRequest, reply: FastifyReply) => {
      const a = journey.application(request)
      if ((await resendCode(deps, a)) === 'too-many')
        return render(request, reply, a, TOO_MANY, 429)
      return reply.redirect(`${PATHS.step('confirm-email')}?resent=1`, 303)
    },
  }
}
