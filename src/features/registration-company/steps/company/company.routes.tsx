import type { FastifyReply, FastifyRequest } from 'fastify'
import { formValue, type InvalidForm } from '../../../../platform/form.js'
import { pageContext } from '../../../../platform/http/page-context.js'
import { toFieldErrors } from '../../../../platform/views/components.js'
import type { StepContext } from '../../deps.js'
import { PATHS } from '../../journey.js'
import { UnavailablePage } from '../../views.js'
import { parseJuristicId } from './company.schema.js'
import { confirmPrecheck, lookupCompany, precheck } from './company.service.js'
import { CompanyPage } from './company.views.js'
import { companyStepMessages, type CompanyStepMessage } from './messages.js'

/** 2. The juristic ID and what DBD says. */
export function companyStep({ deps, journey }: StepContext) {
  return {
    show: async (request: FastifyRequest, reply: FastifyReply) => {
      const a = journey.application(request)
      const ctx = pageContext(request, reply, { forms: true })
      const found = a.dbd_snapshot_id ? await precheck(deps, a) : undefined
      return reply.page(
        <CompanyPage
          ctx={ctx}
          value={a.juristic_id ?? ''}
          found={found}
          source={deps.registry.source}
        />,
      )
    },
    page: async (
      request: FastifyRequest,
      reply: FastifyReply,
      invalid: InvalidForm<CompanyStepMessage>,
    ) =>
      reply.page(
        <CompanyPage
          ctx={pageContext(request, reply, { forms: true })}
          value={invalid.values.juristicId ?? ''}
          errors={toFieldErrors(invalid.problems, companyStepMessages(request.locale))}
          source={deps.registry.source}
        />,
        400,
      ),
    lookup: async (request: FastifyRequest, reply: FastifyReply) => {
      const a = journey.application(request)
      const juristicId = formValue(request, parseJuristicId)
      if ((await lookupCompany(deps, a, juristicId, request.id)) === 'unavailable')
        return reply.page(<UnavailablePage ctx={pageContext(request, reply)} />, 503)
      return reply.redirect(PATHS.step('company'), 303)
    },
    confirm: async (request: FastifyRequest, reply: FastifyReply) => {
      const a = journey.application(request)
      const p = await confirmPrecheck(deps, a, request.id)
      return reply.redirect(PATHS.step(p.problems.length === 0 ? 'verify' : 'company'), 303)
    },
  }
}
