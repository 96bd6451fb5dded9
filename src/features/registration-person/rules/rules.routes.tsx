import type { FastifyReply, FastifyRequest } from 'fastify'
import { pageContext } from '../../../platform/http/page-context.js'
import { ruleLabelFor } from '../../receipts/index.js'
import type { StepContext } from '../deps.js'
import { PERSON_RULE_SET } from '../person.rules.js'
import { RulesPage } from './rules.views.js'

/** The published rule set of the person journey. */
export function rulesPage({ deps }: StepContext) {
  return {
    show: async (request: FastifyRequest, reply: FastifyReply) => {
      const ctx = pageContext(request, reply)
      return reply.page(
        <RulesPage
          ctx={ctx}
          ruleSet={PERSON_RULE_SET}
          minimumIal={deps.idp.minimumIal}
          ruleLabel={ruleLabelFor(ctx.locale)}
        />,
      )
    },
  }
}
