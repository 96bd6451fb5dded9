import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { PdpaConfig } from '../../config.js'
import type { DB } from '../../platform/db/schema.js'
import { pageContext } from '../../platform/http/page-context.js'
import type { PiiCrypto } from '../../platform/pii-crypto.js'
import { dpoRoutes } from './dpo.routes.js'
import { PDPA_CSS } from './pdpa.css.js'
import { PDPA_PATHS } from './paths.js'
import { registrantRoutes } from './registrant.routes.js'
import { requestStatistics } from './ropa.service.js'
import { RecordOfProcessingPage } from './ropa.views.js'

export interface PdpaDeps {
  db: Kysely<DB>
  crypto: PiiCrypto
  publicBaseUrl: string
  pdpa: PdpaConfig
}

/** The PDPA controls: the registrant's pages, the DPO's back-office pages, the public record. */
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
  await app.register(dpoRoutes, opts)
}
