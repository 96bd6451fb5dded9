import type { FastifyInstance } from 'fastify'
import { PROBLEM_BASE, PROBLEM_KINDS } from '../lifecycle/index.js'
import { pageContext } from '../../platform/http/page-context.js'
import { portalOpenApiDocument } from './openapi.js'
import { API_DOCS_PATHS } from './paths.js'
import { ProblemsPage } from './problems.views.js'

/**
 * The portal's API documentation: the one OpenAPI 3.1 document (also where the registration
 * check's own document was), and the page of problem types each problem's `type` leads to.
 */
export async function apiDocsRoutes(
  app: FastifyInstance,
  opts: { publicBaseUrl: string },
): Promise<void> {
  // Made once at start-up: a path or schema defined twice differently stops the portal here.
  const document = portalOpenApiDocument(opts.publicBaseUrl)

  app.get(API_DOCS_PATHS.openapi, { config: { rateLimit: false } }, async (_request, reply) =>
    reply.header('cache-control', 'public, max-age=300').type('application/json').send(document),
  )

  app.get(API_DOCS_PATHS.checkOpenapi, async (_request, reply) =>
    reply.redirect(API_DOCS_PATHS.openapi, 308),
  )

  app.get(API_DOCS_PATHS.problems, async (request, reply) =>
    reply.page(
      <ProblemsPage ctx={pageContext(request, reply)} publicBaseUrl={opts.publicBaseUrl} />,
    ),
  )

  // Each problem's `type` URI: its section of the page.
  app.get<{ Params: { kind: string } }>(`${PROBLEM_BASE}:kind`, async (request, reply) => {
    const { kind } = request.params
    if (!Object.hasOwn(PROBLEM_KINDS, kind)) return reply.callNotFound()
    return reply.redirect(`${API_DOCS_PATHS.problems}#${kind}`, 303)
  })
}
