import type { FastifyReply, FastifyRequest } from 'fastify'
import type { InvalidForm } from '../../../../platform/form.js'
import { pageContext } from '../../../../platform/http/page-context.js'
import { toFieldErrors, type FieldError } from '../../../../platform/views/components.js'
import { currentDocuments } from '../../../documents/index.js'
import { startApplication } from '../../../registrations/index.js'
import type { StepContext } from '../../deps.js'
import { PATHS } from '../../journey.js'
import { startMessages, type StartMessage } from './messages.js'
import { StartPage } from './start.views.js'

/** 1. Start: who can use it; accepting the documents starts a company application. */
export function startStep({ deps }: Pick<StepContext, 'deps'>) {
  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    errors?: FieldError[],
    status?: number,
  ) {
    const ctx = pageContext(request, reply, { forms: true })
    const documents = await currentDocuments(deps.db)
    return reply.page(<StartPage ctx={ctx} documents={documents} errors={errors} />, status)
  }
  return {
    show: (request: FastifyRequest, reply: FastifyReply) => render(request, reply),
    page: (request: FastifyRequest, reply: FastifyReply, invalid: InvalidForm<StartMessage>) =>
      render(request, reply, toFieldErrors(invalid.problems, startMessages(request.locale)), 400),
    accept: async (request: FastifyRequest, reply: FastifyReply) => {
      const id = await startApplication(deps, {
        locale: request.locale,
        requestId: request.id,
        kind: 'company',
        step: 'company',
      })
      request.session.set('companyApplicationId', id)
      request.session.set('signerId', undefined)
      return reply.redirect(PATHS.step('company'), 303)
    },
  }
}
