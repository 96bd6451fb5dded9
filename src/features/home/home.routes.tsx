import type { FastifyInstance } from 'fastify'
import { pageContext } from '../../platform/http/page-context.js'
import { HomePage, type JourneyLink } from './home.views.js'

export interface HomeOptions {
  /** Paths of the journeys that are open; a missing one is shown as "opening soon". */
  personJourney?: string
  companyJourney?: string
}

/** The home page. */
export async function homeRoutes(app: FastifyInstance, opts: HomeOptions): Promise<void> {
  app.get('/', async (request, reply) => {
    const ctx = pageContext(request, reply)
    const journeys: JourneyLink[] = [
      {
        href: opts.personJourney,
        title: ctx.t('home.startPerson'),
        hint: ctx.t('home.startPersonHint'),
      },
      {
        href: opts.companyJourney,
        title: ctx.t('home.startCompany'),
        hint: ctx.t('home.startCompanyHint'),
      },
    ]
    return reply.page(<HomePage ctx={ctx} journeys={journeys} />)
  })
}
