import { formatDate } from '../../platform/time.js'
import type { PageContext } from '../../platform/views/context.js'
import { DataTable } from './components.js'
import { pdpaMessages } from './messages.js'
import type { StatusLine } from './status-history.repository.js'
import { statusHistoryMessages } from './status-history.messages.js'

const KNOWN = ['automatic-approval', 'reactivation', 'cancellation'] as const

/** A status line's reason in words; one this page does not know is shown as recorded. */
function reasonOf(m: ReturnType<typeof statusHistoryMessages>, reason: string): string {
  if (reason.startsWith('inactivity.')) return `${m('reason.inactivity')} (${reason})`
  if (reason.startsWith('refresh.refused')) return `${m('reason.refresh')} (${reason})`
  const known = KNOWN.find((k) => k === reason)
  return known ? m(`reason.${known}`) : reason
}

/** Every change of status of the person's registrations, with the receipt where one was signed. */
export function StatusHistoryTable({ ctx, lines }: { ctx: PageContext; lines: StatusLine[] }) {
  const m = statusHistoryMessages(ctx.locale)
  const p = pdpaMessages(ctx.locale)
  return (
    <div data-status-history>
      <h3 class="heading-s">{m('title')}</h3>
      <DataTable
        caption={m('title')}
        head={[m('when'), m('status'), m('reason'), m('receipt')]}
        empty={p('myData.none')}
        rows={lines.map((l) => [
          formatDate(l.changedAt, ctx.locale),
          p(`status.${l.status}` as 'status.ACTIVE'),
          reasonOf(m, l.reason),
          l.receiptId ? <a href={`/verify/${l.receiptId}`}>{m('view')}</a> : '—',
        ])}
      />
    </div>
  )
}
