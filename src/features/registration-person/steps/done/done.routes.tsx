import type { FastifyReply, FastifyRequest } from 'fastify'
import { pageContext } from '../../../../platform/http/page-context.js'
import { nationalIdOf } from '../../../identity/index.js'
import { ruleLabelFor } from '../../../receipts/index.js'
import { inviteToSurvey } from '../../../survey/index.js'
import { findApplication, findDecision } from '../../application.repository.js'
import type { StepContext } from '../../deps.js'
import { PATHS } from '../../journey.js'
import { DonePage } from './done.views.js'

/** 7. The decision: the registration number and receipt, or each failed rule and its fix. */
export function doneStep({ deps }: StepContext) {
  return {
    show: async (request: FastifyRequest, reply: FastifyReply) => {
      const id = request.session.get('applicationId')
      const a = id ? await findApplication(deps.db, id) : undefined
      const decision = a ? await findDecision(deps.db, a.id) : undefined
      if (!a || !decision) return reply.redirect(PATHS.start, 303)
      const ctx = pageContext(request, reply)
      // The survey's invitation (once per journey; its e-mail goes with it).
      const survey = await inviteToSurvey(deps.db, deps, {
        journeyId: a.id,
        kind: 'person',
        channel: 'online',
        email: a.email,
        locale: a.locale,
      })
      const number =
        decision.outcome === 'approved' && a.person_id
          ? await nationalIdOf(deps.db, deps.crypto, a.person_id)
          : undefined
      return reply.page(
        <DonePage
          ctx={ctx}
          outcome={decision.outcome}
          number={number}
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
