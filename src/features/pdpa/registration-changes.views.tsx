import { formatDate } from '../../platform/time.js'
import type { PageContext } from '../../platform/views/context.js'
import { DataTable } from './components.js'
import { pdpaMessages } from './messages.js'
import { registrationChangesMessages } from './registration-changes.messages.js'
import type { RegistrationChange } from './registration-changes.repository.js'

/** A contact value in words: text as it is; an address (an object) just named. */
function valueOf(v: unknown, address: string): string {
  if (typeof v === 'string') return v
  return v === null || v === undefined ? '—' : address
}

/** Contact changes (old → new) and refreshes (source, outcome, receipt), newest first. */
export function RegistrationChangesTable({
  ctx,
  changes,
}: {
  ctx: PageContext
  changes: RegistrationChange[]
}) {
  const m = registrationChangesMessages(ctx.locale)
  return (
    <div data-registration-changes>
      <h3 class="heading-s">{m('title')}</h3>
      <DataTable
        caption={m('title')}
        head={[m('when'), m('what'), m('detail')]}
        empty={pdpaMessages(ctx.locale)('myData.none')}
        rows={changes.map((c) =>
          c.kind === 'contact'
            ? [
                formatDate(c.at, ctx.locale),
                m(`field.${c.field}` as 'field.email'),
                `${valueOf(c.oldValue, m('address'))} → ${valueOf(c.newValue, m('address'))}`,
              ]
            : [
                formatDate(c.at, ctx.locale),
                m(`refresh.${c.source}`),
                <>
                  {m(`outcome.${c.outcome}`)}
                  {c.receiptId && (
                    <>
                      {' '}
                      <a href={`/verify/${c.receiptId}`}>{m('receipt')}</a>
                    </>
                  )}
                </>,
              ],
        )}
      />
    </div>
  )
}
