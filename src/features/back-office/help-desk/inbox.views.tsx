import { formatDate } from '../../../platform/time.js'
import { Button, Select } from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import {
  helpMessages,
  TICKET_CATEGORIES,
  type InboxEntry,
  type InboxQuery,
  type Queue,
  type SlaState,
} from '../../help-desk/index.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { deskMessages, type DeskTranslate } from './messages.js'
import { DESK_PATHS } from './paths.js'

/** An SLA state in words (never colour alone). */
export function SlaTag({ m, state }: { m: DeskTranslate; state: SlaState }) {
  return (
    <span class="tag" data-sla={state}>
      {m(`sla.${state}`)}
    </span>
  )
}

/** The inbox of a queue with its filters; breaches counted above the list. */
export function InboxPage(p: {
  ctx: PageContext
  officer: OfficerBadge
  queue: Queue
  query: InboxQuery
  entries: InboxEntry[]
}) {
  const m = deskMessages(p.ctx.locale)
  const h = helpMessages(p.ctx.locale)
  const title = m(p.queue === 'sealed' ? 'sealed.title' : 'inbox.title')
  const any = { value: '', label: m('inbox.any') }
  const breaches = p.entries.filter(
    (e) => e.sla.firstResponse === 'breached' || e.sla.resolution === 'breached',
  )
  return (
    <OfficerLayout ctx={p.ctx} title={title} officer={p.officer}>
      <h1 class="heading-l">{title}</h1>
      <form method="get" action={DESK_PATHS.inbox(p.queue)} class="bo-filters">
        <Select
          id="status"
          label={m('inbox.status')}
          value={p.query.status ?? ''}
          options={[
            any,
            ...(['new', 'open', 'pending', 'resolved', 'closed'] as const).map((s) => ({
              value: s,
              label: h(`status.${s}`),
            })),
          ]}
        />
        {p.queue === 'desk' && (
          <Select
            id="category"
            label={m('inbox.category')}
            value={p.query.category ?? ''}
            options={[
              any,
              ...TICKET_CATEGORIES.filter((c) => c !== 'corruption').map((c) => ({
                value: c,
                label: h(`cat.${c}`),
              })),
            ]}
          />
        )}
        <Select
          id="sla"
          label={m('inbox.sla')}
          value={p.query.sla ?? ''}
          options={[
            any,
            ...(['ok', 'warning', 'breached', 'met'] as const).map((s) => ({
              value: s,
              label: m(`sla.${s}`),
            })),
          ]}
        />
        <Select
          id="assignee"
          label={m('inbox.assignee')}
          value={p.query.assignee ?? ''}
          options={[
            any,
            { value: 'me', label: m('inbox.mine') },
            { value: 'none', label: m('inbox.unassigned') },
          ]}
        />
        <Button secondary>{m('inbox.apply')}</Button>
      </form>
      <p class="body" data-breaches={breaches.length}>
        {m('inbox.breaches', { count: breaches.length })}
      </p>
      {p.entries.length === 0 ? (
        <p class="body">{m('inbox.none')}</p>
      ) : (
        <div class="table-wrap" role="region" aria-labelledby="inbox-caption" tabIndex={0}>
          <table class="table">
            <caption id="inbox-caption" class="visually-hidden">
              {title}
            </caption>
            <thead>
              <tr>
                <th scope="col">{m('inbox.reference')}</th>
                <th scope="col">{m('inbox.subject')}</th>
                <th scope="col">{m('inbox.category')}</th>
                <th scope="col">{m('inbox.status')}</th>
                <th scope="col">{m('inbox.created')}</th>
                <th scope="col">{m('inbox.firstResponse')}</th>
                <th scope="col">{m('inbox.resolution')}</th>
              </tr>
            </thead>
            <tbody>
              {p.entries.map(({ ticket: t, sla }) => (
                <tr key={t.id} data-ticket={t.reference}>
                  <td>
                    <a href={DESK_PATHS.ticket(p.queue, t.id)}>{t.reference}</a>
                  </td>
                  <td>{t.subject}</td>
                  <td>{h(`cat.${t.category}`)}</td>
                  <td>{h(`status.${t.status}`)}</td>
                  <td>{formatDate(t.created_at, p.ctx.locale)}</td>
                  <td>
                    <SlaTag m={m} state={sla.firstResponse} />
                  </td>
                  <td>
                    <SlaTag m={m} state={sla.resolution} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </OfficerLayout>
  )
}
