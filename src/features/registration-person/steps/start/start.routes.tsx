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

/** 1. Start: who can use the service; accepting the documents starts an application. */
export function startStep({ deps }: StepContext) {
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
      const id = await startApplication(deps, { locale: request.locale, requestId: request.id })
      request.session.set('applicationId', id)
      return reply.redirect(PATHS.step('details'), 303)
    },
  }
}
