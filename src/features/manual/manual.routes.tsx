import type { FastifyInstance } from 'fastify'
import { pageContext } from '../../platform/http/page-context.js'
import { MANUAL_CSS } from './manual.css.js'
import { defaultManual, loadManual, PORTAL_VERSION, searchManual } from './manual.service.js'
import {
  ManualIndexPage,
  ManualPrintPage,
  ManualSearchPage,
  ManualTopicPage,
} from './manual.views.js'
import { FONT_DIR, MANUAL_IMAGES_DIR, MANUAL_PATHS } from './paths.js'

const FONT_FILE = /^sarabun-(thai|latin)-(400|700)-normal\.woff2$/
const IMAGE_FILE = /^[a-z0-9-]+\.png$/
const MAX_QUERY = 200

/** The user manual: public pages, search, the print view, its pictures and font. */
export async function manualRoutes(
  app: FastifyInstance,
  opts: { publicBaseUrl: string; manualDir?: string },
): Promise<void> {
  const manual = opts.manualDir ? loadManual(opts.manualDir) : defaultManual()

  app.get('/manual/manual.css', async (_request, reply) =>
    reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(MANUAL_CSS),
  )
  app.get<{ Params: { file: string } }>('/manual/fonts/:file', async (request, reply) => {
    if (!FONT_FILE.test(request.params.file)) return reply.callNotFound()
    reply.header('cache-control', 'public, max-age=604800, immutable')
    return reply.sendFile(request.params.file, FONT_DIR)
  })
  app.get<{ Params: { file: string } }>('/manual/images/:file', async (request, reply) => {
    if (!IMAGE_FILE.test(request.params.file)) return reply.callNotFound()
    reply.header('cache-control', 'public, max-age=3600')
    return reply.sendFile(request.params.file, MANUAL_IMAGES_DIR)
  })

  app.get(MANUAL_PATHS.index, async (request, reply) => {
    const ctx = pageContext(request, reply)
    return reply.page(<ManualIndexPage ctx={ctx} topics={manual[ctx.locale].topics} />)
  })
  app.get<{ Querystring: { q?: unknown } }>(MANUAL_PATHS.search, async (request, reply) => {
    const ctx = pageContext(request, reply)
    const raw = request.query.q
    const query = typeof raw === 'string' ? raw.slice(0, MAX_QUERY) : ''
    const hits = searchManual(manual, ctx.locale, query)
    return reply.page(<ManualSearchPage ctx={ctx} query={query} hits={hits} />)
  })
  app.get(MANUAL_PATHS.print, async (request, reply) => {
    const ctx = pageContext(request, reply)
    return reply.page(
      <ManualPrintPage
        ctx={ctx}
        topics={manual[ctx.locale].printed}
        version={PORTAL_VERSION}
        url={`${opts.publicBaseUrl}${MANUAL_PATHS.index}`}
      />,
    )
  })
  app.get<{ Params: { slug: string } }>('/manual/:slug', async (request, reply) => {
    const ctx = pageContext(request, reply)
    const topics = manual[ctx.locale].topics
    const at = topics.findIndex((t) => t.slug === request.params.slug)
    const topic = topics[at]
    if (!topic) return reply.callNotFound()
    return reply.page(
      <ManualTopicPage
        ctx={ctx}
        topic={topic}
        previous={topics[at - 1]}
        next={topics[at + 1]}
        version={PORTAL_VERSION}
      />,
    )
  })
}
