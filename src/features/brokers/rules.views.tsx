import { formatDate } from '../../platform/time.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { BROKER_RULE_SET, BROKER_VALIDITY_YEARS } from './broker.rules.js'
import { brokerMessages } from './messages.js'

/** The published rule set for customs brokers. */
export function BrokerRulesPage(p: { ctx: PageContext; ruleLabel: (rule: string) => string }) {
  const m = brokerMessages(p.ctx.locale)
  return (
    <Layout ctx={p.ctx} title={m('rules.title')}>
      <h1 class="heading-l">{m('rules.title')}</h1>
      <p class="body">{m('rules.intro')}</p>
      <p class="hint">
        {m('rules.version', {
          id: BROKER_RULE_SET.id,
          version: BROKER_RULE_SET.version,
          date: formatDate(BROKER_RULE_SET.effectiveFrom, p.ctx.locale),
        })}
      </p>
      <ol class="body">
        {BROKER_RULE_SET.rules.map((r) => (
          <li key={r} data-rule={r}>
            {p.ruleLabel(r)}
          </li>
        ))}
      </ol>
      <p class="body">{m('rules.validity', { years: BROKER_VALIDITY_YEARS })}</p>
    </Layout>
  )
}
