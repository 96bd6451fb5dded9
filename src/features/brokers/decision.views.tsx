import type { RuleResult } from '../../platform/db/schema.js'
import { formatDate, formatDateTime } from '../../platform/time.js'
import { SummaryList } from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { formatLicence } from './licence-number.js'
import { brokerMessages, type BrokerMessage } from './messages.js'
import { BROKER_PATHS } from './paths.js'

/** A broker decision: the dates when approved; each failed rule and what to do when refused. */
export function DecisionPage(p: {
  ctx: PageContext
  registrationId: string
  company: boolean
  d: {
    outcome: 'approved' | 'refused'
    reference: string
    licence: string
    decidedAt: Date
    results: RuleResult[]
    receiptId: string
    validFrom: Date | null
    validUntil: Date | null
  }
  ruleLabel: (rule: string) => string
}) {
  const { ctx, d } = p
  const m = brokerMessages(ctx.locale)
  const approved = d.outcome === 'approved'
  const title = approved ? m('decision.approved.title') : m('decision.refused.title')
  const back = p.company ? '/account/company/view' : '/account'
  return (
    <Layout ctx={ctx} title={title}>
      {approved ? (
        <div class="panel-success" data-outcome="approved">
          <h1 class="heading-l">{title}</h1>
          <p class="body">
            {m('decision.approved.body', {
              from: d.validFrom ? formatDate(d.validFrom, ctx.locale) : '—',
              until: d.validUntil ? formatDate(d.validUntil, ctx.locale) : '—',
            })}
          </p>
        </div>
      ) : (
        <>
          <h1 class="heading-l" data-outcome="refused">
            {title}
          </h1>
          <p class="body">{m('decision.refused.body')}</p>
          <ul class="checks">
            {d.results
              .filter((r) => !r.passed)
              .map((r) => (
                <li key={r.rule} class="check-fail" data-failed-rule={r.rule}>
                  <strong>{p.ruleLabel(r.rule)}</strong>
                  <br />
                  {m('decision.todo')}: {m(`todo.${r.rule}` as BrokerMessage)}
                </li>
              ))}
          </ul>
        </>
      )}
      <SummaryList
        rows={[
          { key: m('decision.reference'), value: <strong class="reference">{d.reference}</strong> },
          { key: m('decision.licence'), value: formatLicence(d.licence) },
          { key: m('decision.decidedAt'), value: formatDateTime(d.decidedAt, ctx.locale) },
          ...(approved && d.validUntil
            ? [
                {
                  key: m('decision.validUntil'),
                  value: <strong data-valid-until>{formatDate(d.validUntil, ctx.locale)}</strong>,
                },
              ]
            : []),
        ]}
      />
      <ul class="plain-list body">
        <li>
          <a href={`/verify/${d.receiptId}`} data-receipt>
            {m('decision.receipt')}
          </a>
        </li>
        {!approved && (
          <li>
            <a href={BROKER_PATHS.apply(p.registrationId)}>{m('decision.again')}</a>
          </li>
        )}
        <li>
          <a href={back}>{m('apply.back')}</a>
        </li>
      </ul>
    </Layout>
  )
}
