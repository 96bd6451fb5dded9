import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify'
import { pageContext } from '../../../platform/http/page-context.js'
import { formatDate } from '../../../platform/time.js'
import { ManualText, officerTopics, PORTAL_VERSION } from '../../manual/index.js'
import { badgeOf, type BackOfficeDeps, type Permission } from '../../officers/index.js'
import { OfficerLayout } from '../layout.views.js'
import { officerManualMessages } from './messages.js'
import { OFFICER_MANUAL_PATHS } from './paths.js'

/** The officers' manual: any signed-in officer reads it; nobody else sees it exists. */
export async function officerManualRoutes(
  app: FastifyInstance,
  opts: { deps: BackOfficeDeps; guard: (p?: Permission) => preHandlerAsyncHookHandler },
): Promise<void> {
  const pre = { preHandler: opts.guard() }

  app.get(OFFICER_MANUAL_PATHS.index, pre, async (request, reply) => {
    const ctx = pageContext(request, reply, { forms: true })
    const m = officerManualMessages(ctx.locale)
    return reply.page(
      <OfficerLayout ctx={ctx} title={m('index.title')} officer={badgeOf(request)}>
        <h1 class="heading-l">{m('index.title')}</h1>
        <p class="body">{m('index.lead')}</p>
        <ul class="bullets">
          {officerTopics(ctx.locale).map((t) => (
            <li key={t.slug}>
              <a href={OFFICER_MANUAL_PATHS.topic(t.slug)}>{t.title}</a>
              <p class="hint">{t.summary}</p>
            </li>
          ))}
        </ul>
      </OfficerLayout>,
    )
  })

  app.get<{ Params: { slug: string } }>(
    OFFICER_MANUAL_PATHS.topic(':slug'),
    pre,
    async (request, reply) => {
      const ctx = pageContext(request, reply, { forms: true })
      const m = officerManualMessages(ctx.locale)
      const topic = officerTopics(ctx.locale).find((t) => t.slug === request.params.slug)
      if (!topic) return reply.callNotFound()
      return reply.page(
        <OfficerLayout ctx={ctx} title={topic.title} officer={badgeOf(request)}>
          <p class="body">
            <a href={OFFICER_MANUAL_PATHS.index}>{m('topic.back')}</a>
          </p>
          <h1 class="heading-l">{topic.title}</h1>
          <p class="hint">
            {m('topic.updated', {
              date: formatDate(topic.updated, ctx.locale),
              version: PORTAL_VERSION,
            })}
          </p>
          <ManualText ctx={ctx} topic={topic} />
        </OfficerLayout>,
      )
    },
  )
}
