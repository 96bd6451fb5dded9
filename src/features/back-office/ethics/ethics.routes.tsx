import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify'
import type { BackOfficeDeps, Permission } from '../../officers/index.js'
import { campaignRoutes } from './campaigns.routes.js'
import { directoryRoutes } from './directory.routes.js'

/** The ethics section's pages under /officer, each behind the guard with its permission. */
export async function ethicsRoutes(
  app: FastifyInstance,
  opts: { deps: BackOfficeDeps; guard: (p?: Permission) => preHandlerAsyncHookHandler },
): Promise<void> {
  await app.register(directoryRoutes, opts)
  await app.register(campaignRoutes, opts)
}
