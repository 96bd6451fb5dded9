import type { FastifyReply, FastifyRequest } from 'fastify'
import { pageContext } from '../../../platform/http/page-context.js'
import { ruleLabelFor } from '../../receipts/index.js'
import type { StepContext } from '../deps.js'
import { RulesPage } from './rules.views.js'

/** The published company rule set. */
export function rulesPage({ deps }: Pick<StepContext, 'deps'>) {
  return {
    show: (request: FastifyRequest, reply: FastifyReply) => {
      const ctx = pageContext(request, reply)
      return reply.page(
        <RulesPage
          ctx={ctx}
          minimumIal={deps.idp.minimumIal}
          ruleLabel={ruleLabelFor(ctx.locale)}
        />,
      )
    },
  }
}
