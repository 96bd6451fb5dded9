import { formatDateTime } from '../../../platform/time.js'
import type { PageContext } from '../../../platform/views/context.js'
import { counterMessages, type CounterTranslate } from './counter.messages.js'
import type { CounterList, CounterListItem } from './counter.service.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { OFFICER_PATHS } from '../paths.js'

/** What just happened, shown at the top of an entry's page. */
function EntriesTable({
  ctx,
  m,
  items,
  caption,
  decided,
}: {
  ctx: PageContext
  m: CounterTranslate
  items: CounterListItem[]
  caption: string
  decided: boolean
}) {
  return (
    <div class="bo-table-wrap">
      <table class="bo-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m('counter.col.reference')}</th>
            <th scope="col">{m('counter.col.name')}</th>
            <th scope="col">{m('counter.col.enteredBy')}</th>
            <th scope="col">{decided ? m('counter.col.checkedBy') : m('counter.col.enteredAt')}</th>
            {decided && <th scope="col">{m('counter.col.status')}</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} data-entry={i.reference}>
              <td>
                <a href={OFFICER_PATHS.counterEntry(i.id)} class="reference">
                  {i.reference}
                </a>
              </td>
              <td>{i.nameTh}</td>
              <td>
                {i.makerName}
                {i.own && !decided && <span class="bo-block hint">{m('counter.yours')}</span>}
              </td>
              <td>
                {decided
                  ? `${i.checkerName ?? ''}${i.checkedAt ? ` (${formatDateTime(i.checkedAt, ctx.locale)})` : ''}`
                  : formatDateTime(i.enteredAt, ctx.locale)}
              </td>
              {decided && <td>{m(`counter.status.${i.status}`)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The counter: what waits for a second officer, what was checked lately, a new entry. */
export function CounterListPage({
  ctx,
  officer,
  list,
}: {
  ctx: PageContext
  officer: OfficerBadge
  list: CounterList
}) {
  const m = counterMessages(ctx.locale)
  return (
    <OfficerLayout ctx={ctx} title={m('counter.title')} officer={officer}>
      <h1 class="heading-l">{m('counter.title')}</h1>
      <p class="body">{m('counter.intro')}</p>
      <p class="hint">{m('counter.noOverride')}</p>
      {list.canEnter && (
        <p class="body">
          <a class="button" href={OFFICER_PATHS.newCounter}>
            {m('counter.new')}
          </a>
        </p>
      )}
      <h2 class="heading-m">{m('counter.pending')}</h2>
      {list.pending.length === 0 ? (
        <p class="body">{m('counter.noPending')}</p>
      ) : (
        <EntriesTable
          ctx={ctx}
          m={m}
          items={list.pending}
          caption={m('counter.pending')}
          decided={false}
        />
      )}
      <h2 class="heading-m">{m('counter.recent')}</h2>
      {list.decided.length === 0 ? (
        <p class="body">{m('counter.noRecent')}</p>
      ) : (
        <EntriesTable ctx={ctx} m={m} items={list.decided} caption={m('counter.recent')} decided />
      )}
    </OfficerLayout>
  )
}
