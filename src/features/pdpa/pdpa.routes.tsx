import type { FastifyInstance } from 'fastify'
import { pageContext } from '../../platform/http/page-context.js'
import type { PdpaDeps } from './deps.js'
import { PDPA_CSS } from './pdpa.css.js'
import { PDPA_PATHS } from './paths.js'
import { registrantRoutes } from './registrant.routes.js'
import { requestStatistics } from './ropa.service.js'
import { RecordOfProcessingPage } from './ropa.views.js'

export type { PdpaDeps } from './deps.js'

/** The PDPA controls: the registrant's pages and the public record (the DPO's: back-office/dpo). */
export async function pdpaRoutes(app: FastifyInstance, opts: { deps: PdpaDeps }): Promise<void> {
  const { deps } = opts
  app.get(PDPA_PATHS.stylesheet, async (_request, reply) =>
    reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(PDPA_CSS),
  )
  // Public: the record of processing activities (s.39), generated from processing.ts.
  app.get(PDPA_PATHS.recordOfProcessing, async (request, reply) =>
    reply.page(
      <RecordOfProcessingPage
        ctx={pageContext(request, reply)}
        days={deps.pdpa.retentionDays}
        dpoEmail={deps.pdpa.dpoEmail}
        statistics={await requestStatistics(deps.db)}
      />,
    ),
  )
  await app.register(registrantRoutes, opts)
}
