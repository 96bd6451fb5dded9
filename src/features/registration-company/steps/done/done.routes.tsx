import type { FastifyReply, FastifyRequest } from 'fastify'
import { pageContext } from '../../../../platform/http/page-context.js'
import { ruleLabelFor } from '../../../receipts/index.js'
import { inviteToSurvey } from '../../../survey/index.js'
import { companyNameOf } from '../../company-name.js'
import { findCompanyApplication } from '../../company.repository.js'
import type { StepContext } from '../../deps.js'
import { PATHS } from '../../journey.js'
import { findDecision } from '../../submit/submit.repository.js'
import { DonePage } from './done.views.js'

/** The decision: registered, or each failed rule with its fix. */
export function doneStep({ deps }: Pick<StepContext, 'deps'>) {
  return {
    show: async (request: FastifyRequest, reply: FastifyReply) => {
      const id = request.session.get('companyApplicationId')
      const a = id ? await findCompanyApplication(deps.db, id) : undefined
      const decision = a ? await findDecision(deps.db, a.id) : undefined
      if (!a || !decision) return reply.redirect(a ? PATHS.status : PATHS.start, 303)
      const ctx = pageContext(request, reply)
      // The survey's invitation (once per journey; its e-mail goes with it).
      const survey = await inviteToSurvey(deps.db, deps, {
        journeyId: a.id,
        kind: 'company',
        channel: 'online',
        email: a.email,
        locale: a.locale,
      })
      return reply.page(
        <DonePage
          ctx={ctx}
          outcome={decision.outcome}
          companyName={await companyNameOf(deps, a)}
          juristicId={a.juristic_id ?? ''}
          reference={a.reference}
          receiptUrl={decision.receipt_id ? `/verify/${decision.receipt_id}` : null}
          results={decision.results}
          ruleLabel={ruleLabelFor(ctx.locale)}
          survey={survey}
        />,
      )
    },
  }
}
