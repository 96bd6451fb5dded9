import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify'
import type { BackOfficeDeps, Permission } from '../../officers/index.js'
import { measuresRoutes } from './measures.routes.js'
import { risksRoutes } from './risks.routes.js'
import { scalesMatrixRoutes } from './scales-matrix.routes.js'
import { servicesStepsRoutes } from './services-steps.routes.js'

/**
 * Editing a draft register (risk.register): its services and steps, risk events, control
 * measures, scales, levels and grid. Each page is one editForm (edit.form.tsx); the service
 * checks the permission and the draft again, and audits.
 */
export async function editRoutes(
  app: FastifyInstance,
  opts: { deps: BackOfficeDeps; guard: (p?: Permission) => preHandlerAsyncHookHandler },
) {
  const deps = { deps: opts.deps, pre: opts.guard('risk.register') }
  servicesStepsRoutes(app, deps)
  risksRoutes(app, deps)
  measuresRoutes(app, deps)
  scalesMatrixRoutes(app, deps)
}
