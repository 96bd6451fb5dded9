import type { RuleResult } from '../../../../platform/db/schema.js'
import type { PageContext } from '../../../../platform/views/context.js'
import { Layout } from '../../../../platform/views/layout.js'
import { SurveyInvitation } from '../../../survey/index.js'
import { PATHS } from '../../journey.js'
import { doneMessages, type DoneMessage } from './messages.js'

/** The decision: the number and receipt when approved; each failed rule and its fix when refused. */
export function DonePage(p: {
  ctx: PageContext
  outcome: 'approved' | 'refused'
  number?: string
  reference: string
  receiptUrl: string | null
  results: RuleResult[]
  ruleLabel: (rule: string) => string
  survey?: { path: string } | null
}) {
  const { ctx } = p
  const m = doneMessages(ctx.locale)
  const failed = p.results.filter((r) => !r.passed)
  if (p.outcome === 'approved') {
    return (
      <Layout ctx={ctx} title={m('done.approvedTitle')}>
        <div class="panel-success">
          <h1 class="heading-l">{m('done.approvedTitle')}</h1>
          <p class="body">{m('done.number')}</p>
          <strong class="big" data-registration-number>
            {p.number}
          </strong>
        </div>
        <p class="body">{m('done.numberHint')}</p>
        <p class="body">
          {m('done.reference')}: <strong class="reference">{p.reference}</strong>
        </p>
        <p class="body">{m('done.emailed')}</p>
        <ul class="plain-list body">
          {p.receiptUrl && (
            <li>
              <a href={p.receiptUrl}>{m('done.receipt')}</a>
            </li>
          )}
          {p.receiptUrl && (
            <li>
              <a href={`${p.receiptUrl}/print`}>{m('done.print')}</a>
            </li>
          )}
          <li>
            <a href="/account">{m('done.status')}</a>
          </li>
        </ul>
        <SurveyInvitation ctx={ctx} invitation={p.survey ?? null} />
      </Layout>
    )
  }
  return (
    <Layout ctx={ctx} title={m('done.refusedTitle')}>
      <h1 class="heading-l">{m('done.refusedTitle')}</h1>
      <p class="body">{m('done.refusedIntro')}</p>
      <ul class="checks">
        {failed.map((r) => (
          <li key={r.rule} class="check-fail" data-failed-rule={r.rule}>
            <strong>{p.ruleLabel(r.rule)}</strong>
            <br />
            {m('done.whatNext')}: {m(`fix.${r.rule}` as DoneMessage)}
          </li>
        ))}
      </ul>
      <p class="body">
        {m('done.reference')}: <strong class="reference">{p.reference}</strong>
      </p>
      <ul class="plain-list body">
        {p.receiptUrl && (
          <li>
            <a href={p.receiptUrl}>{m('done.receipt')}</a>
          </li>
        )}
        <li>
          <a href={PATHS.start}>{m('done.startAgain')}</a>
        </li>
      </ul>
      <SurveyInvitation ctx={ctx} invitation={p.survey ?? null} />
    </Layout>
  )
}
