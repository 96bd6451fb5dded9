import { SummaryList } from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { OfficerLayout, type OfficerBadge } from './layout.views.js'
import { backOfficeMessages } from './messages.js'
import { linksFor } from './sections.js'

/** The officer's start page: what their roles let them do. */
export function HomePage({ ctx, officer }: { ctx: PageContext; officer: OfficerBadge }) {
  const m = backOfficeMessages(ctx.locale)
  const links = linksFor(ctx.locale, officer.roles, 'home')
  return (
    <OfficerLayout ctx={ctx} title={m('home.title')} officer={officer}>
      <h1 class="heading-l">{m('home.title')}</h1>
      <p class="lead">{m('home.greeting', { name: officer.displayName })}</p>
      <SummaryList
        rows={[
          { key: m('officer.unit'), value: officer.unit },
          {
            key: m('officer.roles'),
            value: officer.roles.map((r) => m(`role.${r}`)).join(', ') || m('role.none'),
          },
        ]}
      />
      {links.length === 0 ? (
        <p class="body">{m('home.nothing')}</p>
      ) : (
        <ul class="journey-list">
          {links.map((l) => (
            <li class="journey-card" key={l.href}>
              <a class="journey-card__link" href={l.href}>
                {l.title}
              </a>
              <p class="body">{l.body}</p>
            </li>
          ))}
        </ul>
      )}
      <p class="hint">{m('home.noDecisions')}</p>
    </OfficerLayout>
  )
}
