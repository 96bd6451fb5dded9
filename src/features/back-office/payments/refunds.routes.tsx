import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify'
import { pageContext } from '../../../platform/http/page-context.js'
import { badgeOf, type BackOfficeDeps, type Permission } from '../../officers/index.js'
import { refundsDue } from '../../payments/index.js'
import { PAYMENTS_OFFICER_PATHS } from './paths.js'
import { RefundsPage } from './refunds.views.js'

/** How many payments the page lists (newest first). */
const SHOWN = 500

/** The payments section under /officer: payments kept for refund (registry.decisions). */
export async function paymentsOfficerRoutes(
  app: FastifyInstance,
  opts: { deps: BackOfficeDeps; guard: (p?: Permission) => preHandlerAsyncHookHandler },
): Promise<void> {
  app.get(
    PAYMENTS_OFFICER_PATHS.refunds,
    { preHandler: opts.guard('registry.decisions') },
    async (request, reply) =>
      reply.page(
        <RefundsPage
          ctx={pageContext(request, reply)}
          officer={badgeOf(request)}
          rows={await refundsDue(opts.deps.db, SHOWN)}
        />,
      ),
  )
}
