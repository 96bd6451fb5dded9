import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify'
import { pageContext } from '../../../platform/http/page-context.js'
import { toFieldErrors } from '../../../platform/views/components.js'
import { authOf, type BackOfficeDeps, badgeOf, type Permission } from '../../officers/index.js'
import { registryMessages } from './registry.messages.js'
import { OFFICER_PATHS } from '../paths.js'
import { parseReveal, parseSearch, type Body } from './registry.schema.js'
import { viewRegistrant } from './registrant.service.js'
import { searchRegistrants } from './search.service.js'
import { RegistrantPage } from './registrant.views.js'
import { SearchPage } from './search.views.js'

/** Registrant search, the registrant's page and the audited reveal of masked data. */
export async function registryRoutes(
  app: FastifyInstance,
  opts: { deps: BackOfficeDeps; guard: (p?: Permission) => preHandlerAsyncHookHandler },
) {
  const { deps, guard } = opts

  app.get(
    OFFICER_PATHS.registry,
    { preHandler: guard('registry.search') },
    async (request, reply) =>
      reply.page(
        <SearchPage
          ctx={pageContext(request, reply, { forms: true })}
          officer={badgeOf(request)}
        />,
      ),
  )

  // Searches are POSTed: a national ID typed here never lands in a URL.
  app.post<{ Body: Body }>(
    OFFICER_PATHS.search,
    { preHandler: guard('registry.search') },
    async (request, reply) => {
      const ctx = pageContext(request, reply, { forms: true })
      const parsed = parseSearch(request.body)
      if (!parsed.ok) {
        return reply.page(
          <SearchPage
            ctx={ctx}
            officer={badgeOf(request)}
            values={parsed.values}
            errors={toFieldErrors(parsed.problems, registryMessages(ctx.locale))}
          />,
          400,
        )
      }
      const result = await searchRegistrants(
        deps,
        authOf(request),
        parsed.value.query,
        parsed.value.page,
      )
      return reply.page(
        <SearchPage ctx={ctx} officer={badgeOf(request)} values={parsed.values} result={result} />,
      )
    },
  )

  app.get<{ Params: { id: string } }>(
    OFFICER_PATHS.person(':id'),
    { preHandler: guard('registry.search') },
    async (request, reply) => {
      const view = await viewRegistrant(deps, authOf(request), request.params.id)
      return reply.page(
        <RegistrantPage
          ctx={pageContext(request, reply, { forms: true })}
          officer={badgeOf(request)}
          view={view}
        />,
      )
    },
  )

  // Reloading a revealed page asks again: the data was shown for that one response.
  app.get<{ Params: { id: string } }>(OFFICER_PATHS.reveal(':id'), async (request, reply) =>
    reply.redirect(OFFICER_PATHS.person(encodeURIComponent(request.params.id)), 303),
  )

  app.post<{ Params: { id: string }; Body: Body }>(
    OFFICER_PATHS.reveal(':id'),
    { preHandler: guard('registry.reveal') },
    async (request, reply) => {
      const ctx = pageContext(request, reply, { forms: true })
      const parsed = parseReveal(request.body)
      if (!parsed.ok) {
        const view = await viewRegistrant(deps, authOf(request), request.params.id)
        return reply.page(
          <RegistrantPage
            ctx={ctx}
            officer={badgeOf(request)}
            view={view}
            values={parsed.values}
            errors={toFieldErrors(parsed.problems, registryMessages(ctx.locale))}
          />,
          400,
        )
      }
      // Shown for this response only: nothing revealed is kept in the session or a URL.
      const view = await viewRegistrant(deps, authOf(request), request.params.id, parsed.value)
      return reply.page(<RegistrantPage ctx={ctx} officer={badgeOf(request)} view={view} />)
    },
  )
}
