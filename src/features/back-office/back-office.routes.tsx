import type { FastifyInstance } from 'fastify'
import type { TrustedKeys } from '../audit-trail/index.js'
import { adminRoutes } from './admin.routes.js'
import { auditorRoutes } from './auditor.routes.js'
import { authRoutes } from './auth.routes.js'
import type { BackOfficeDeps } from './auth.service.js'
import { BACK_OFFICE_CSS } from './back-office.css.js'
import { counterRoutes } from './counter.routes.js'
import { grantRoutes } from './grants.routes.js'
import { officerGuard } from './officer-session.js'
import { OFFICER_PATHS } from './paths.js'
import { registryRoutes } from './registry.routes.js'

/** The back office under /officer: its own sign-in, roles checked on every route. */
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
  await app.register(authRoutes, opts)
  await app.register(adminRoutes, { ...opts, guard })
  await app.register(grantRoutes, { ...opts, guard })
  await app.register(registryRoutes, { ...opts, guard })
  await app.register(counterRoutes, { ...opts, guard })
  await app.register(auditorRoutes, { ...opts, guard })
}
