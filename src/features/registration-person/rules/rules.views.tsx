import { formatDate } from '../../../platform/time.js'
import type { PageContext } from '../../../platform/views/context.js'
import { Layout } from '../../../platform/views/layout.js'
import { rulesMessages } from './messages.js'

/** The published rule set. */
export function RulesPage(p: {
  ctx: PageContext
  ruleSet: { id: string; version: string; effectiveFrom: string; rules: readonly string[] }
  minimumIal: number
  ruleLabel: (rule: string) => string
}) {
  const m = rulesMessages(p.ctx.locale)
  return (
    <Layout ctx={p.ctx} title={m('rules.title')}>
      <h1 class="heading-l">{m('rules.title')}</h1>
      <p class="body">{m('rules.intro')}</p>
      <h2 class="heading-m">{m('start.title')}</h2>
      <p class="hint">
        {m('rules.version', {
          id: p.ruleSet.id,
          version: p.ruleSet.version,
          date: formatDate(p.ruleSet.effectiveFrom, p.ctx.locale),
        })}
      </p>
      <ol class="body">
        {p.ruleSet.rules.map((r) => (
          <li key={r} data-rule={r}>
            {p.ruleLabel(r)}
          </li>
        ))}
      </ol>
      <p class="body">{m('rules.minimumIal', { level: p.minimumIal })}</p>
    </Layout>
  )
}
