import type { RuleResult } from '../../../../platform/db/schema.js'
import type { PageContext } from '../../../../platform/views/context.js'
import { Layout } from '../../../../platform/views/layout.js'
import { doneMessages, type DoneMessage } from './messages.js'
import { SurveyInvitation } from '../../../survey/index.js'

/** The decision: registered, or each failed rule with its fix. */
export function DonePage(p: {
  ctx: PageContext
  outcome: 'approved' | 'refused'
  companyName: string
  juristicId: string
  reference: string
  receiptUrl: string | null
  results: RuleResult[]
  ruleLabel: (rule: string) => string
  survey?: { path: string } | null
}) {
  const { ctx } = p
  const m = doneMessages(ctx.locale)
  const approved = p.outcome === 'approved'
  const title = approved ? m('done.approvedTitle') : m('done.refusedTitle')
  return (
    <Layout ctx={ctx} title={title}>
      {approved ? (
        <div class="panel-success">
          <h1 class="heading-l">{title}</h1>
          <p class="body">{m('done.number')}</p>
          <strong class="big" data-registration-number>
            {p.juristicId}
          </strong>
        </div>
      ) : (
        <h1 class="heading-l">{title}</h1>
      )}
      <p class="body">
        {approved ? m('done.approved', { company: p.companyName }) : m('done.refused')}
      </p>
      {!approved && (
        <ul class="checks">
          {p.results
            .filter((r) => !r.passed)
            .map((r) => (
              <li key={r.rule} class="check-fail" data-failed-rule={r.rule}>
                <strong>{p.ruleLabel(r.rule)}</strong>
                <br />
                {m(`fix.${r.rule}` as DoneMessage)}
              </li>
            ))}
        </ul>
      )}
      <p class="body">
        {m('done.reference')}: <strong class="reference">{p.reference}</strong>
      </p>
      {p.receiptUrl && (
        <p class="body">
          <a href={p.receiptUrl}>{m('done.receipt')}</a>
        </p>
      )}
      <SurveyInvitation ctx={ctx} invitation={p.survey ?? null} />
    </Layout>
  )
}
