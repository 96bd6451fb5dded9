import type { FastifyInstance } from 'fastify'
import { pageContext } from '../../platform/http/page-context.js'
import type { TrustedKeys } from '../audit-trail/index.js'
import { badgeOf, officerGuard, signInRoutes, type BackOfficeDeps } from '../officers/index.js'
import { auditorRoutes } from './audit/auditor.routes.js'
import { BACK_OFFICE_CSS } from './back-office.css.js'
import { counterRoutes } from './counter/counter.routes.js'
import { dpoRoutes } from './dpo/dpo.routes.js'
import { ethicsRoutes } from './ethics/ethics.routes.js'
import { helpDeskRoutes } from './help-desk/help-desk.routes.js'
import { HomePage } from './home.views.js'
import { officerManualRoutes } from './manual/manual.routes.js'
import { adminRoutes } from './officer-admin/admin.routes.js'
import { grantRoutes } from './officer-admin/grants.routes.js'
import { OFFICER_PATHS } from './paths.js'
import { registryRoutes } from './registry/registry.routes.js'
import { riskRoutes } from './risk/risk.routes.js'
import { serviceQualityRoutes } from './service-quality/service-quality.routes.js'
import { statisticsRoutes } from './statistics/statistics.routes.js'
import { paymentsOfficerRoutes } from './payments/refunds.routes.js'

/**
 * The back office under /officer: officers' own sign-in, the start page and the sections, each
 * registering its routes with the guard (roles checked on every route, again in the services).
 */
export async function backOfficeRoutes(
  app: FastifyInstance,
  opts: {
    deps: BackOfficeDeps
    /** The audit signing keys from the configuration, for the auditors' verification. */
    auditKeys: TrustedKeys
  },
): Promise<void> {
  const guard = officerGuard(app, opts.deps)
  app.get(OFFICER_PATHS.stylesheet, async (_request, reply) =>
    reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(BACK_OFFICE_CSS),
  )
  await app.register(signInRoutes, opts)
  app.get(OFFICER_PATHS.home, { preHandler: guard() }, async (request, reply) =>
    reply.page(
      <HomePage ctx={pageContext(request, reply, { forms: true })} officer={badgeOf(request)} />,
    ),
  )
  await app.register(adminRoutes, { ...opts, guard })
  await app.register(grantRoutes, { ...opts, guard })
  await app.register(registryRoutes, { ...opts, guard })
  await app.register(counterRoutes, { ...opts, guard })
  await app.register(auditorRoutes, { ...opts, guard })
  await app.register(dpoRoutes, { ...opts, guard })
  await app.register(helpDeskRoutes, { ...opts, guard })
  await app.register(serviceQualityRoutes, { ...opts, guard })
  await app.register(statisticsRoutes, { ...opts, guard })
  await app.register(ethicsRoutes, { ...opts, guard })
  await app.register(riskRoutes, { ...opts, guard })
  await app.register(paymentsOfficerRoutes, { ...opts, guard })
  await app.register(officerManualRoutes, { ...opts, guard })
}
