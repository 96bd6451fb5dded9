import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify'
import type { BackOfficeDeps, Permission } from '../../officers/index.js'
import { directoryRoutes } from './directory.routes.js'

/** The ethics section's pages under /officer, each behind the guard with its permission. */
export async function ethicsRoutes(
  app: FastifyInstance,
  opts: { deps: BackOfficeDeps; guard: (p?: Permission) => preHandlerAsyncHookHandler },
): Promise<void> {
  await app.register(directoryRoutes, opts)
}
