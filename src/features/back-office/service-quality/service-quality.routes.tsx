import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify'
import type { BackOfficeDeps, Permission } from '../../officers/index.js'
import { definitionRoutes } from './definition.routes.js'
import { resultsRoutes } from './results.routes.js'
import { settingsRoutes } from './settings.routes.js'

/** The service-quality section's pages under /officer, each behind the guard with its permission. */
export async function serviceQualityRoutes(
  app: FastifyInstance,
  opts: { deps: BackOfficeDeps; guard: (p?: Permission) => preHandlerAsyncHookHandler },
): Promise<void> {
  await app.register(settingsRoutes, opts)
  await app.register(resultsRoutes, opts)
  await app.register(definitionRoutes, opts)
}
