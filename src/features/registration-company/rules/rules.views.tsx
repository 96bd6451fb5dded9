import type { PageContext } from '../../../platform/views/context.js'
import { Layout } from '../../../platform/views/layout.js'
import { COMPANY_RULE_SET, TRADING_STATUSES } from '../company.rules.js'
import { rulesMessages } from './messages.js'

/** The published company rule set. */
export function RulesPage(p: {
  ctx: PageContext
  minimumIal: number
  ruleLabel: (r: string) => string
}) {
  const { ctx } = p
  const m = rulesMessages(ctx.locale)
  return (
    <Layout ctx={ctx} title={m('rules.title')}>
      <h1 class="heading-l">{m('rules.title')}</h1>
      <p class="body">
        <span class="reference">{COMPANY_RULE_SET.id}</span> —{' '}
        {m('rules.version', {
          version: COMPANY_RULE_SET.version,
          date: COMPANY_RULE_SET.effectiveFrom,
        })}
      </p>
      <p class="body">{m('rules.intro')}</p>
      <ol class="bullets" data-rules>
        {COMPANY_RULE_SET.rules.map((r) => (
          <li key={r} data-rule={r}>
            {p.ruleLabel(r)}
            {r === 'signers_assurance_level' && ` (≥ IAL ${p.minimumIal})`}
          </li>
        ))}
      </ol>
      <p class="body">{m('rules.seal')}</p>
      <p class="body">{m('rules.statuses', { list: TRADING_STATUSES.join(', ') })}</p>
    </Layout>
  )
}
