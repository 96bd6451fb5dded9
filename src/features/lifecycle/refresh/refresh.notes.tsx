import type { RuleResult } from '../../../platform/db/schema.js'
import { formatDate } from '../../../platform/time.js'
import type { PageContext } from '../../../platform/views/context.js'
import { ruleLabelFor } from '../../receipts/index.js'
import { REGISTRATION_PATHS } from '../../registration-actions/index.js'
import { refreshMessages } from './messages.js'

export { latestRefreshesOf } from './refresh.repository.js'

/** The newest refresh of a registration, under it on /account and the company page. */
export function RefreshNote({
  ctx,
  registrationId,
  refresh: f,
}: {
  ctx: PageContext
  registrationId: string
  refresh: {
    id: string
    source: 'bank' | 'dbd'
    outcome: 'approved' | 'refused'
    results: RuleResult[]
    decided_at: Date
  }
}) {
  const m = refreshMessages(ctx.locale)
  const label = ruleLabelFor(ctx.locale)
  const failed = f.results.filter((r) => !r.passed).map((r) => label(r.rule))
  return (
    <p class="body" data-refresh-note={f.outcome}>
      {m(`note.${f.outcome}`, {
        date: formatDate(f.decided_at, ctx.locale),
        from: m(`from.${f.source}`),
        rules: failed.join('; '),
      })}{' '}
      <a href={`${REGISTRATION_PATHS.refresh(registrationId)}?done=${f.id}`}>{m('note.link')}</a>
    </p>
  )
}
