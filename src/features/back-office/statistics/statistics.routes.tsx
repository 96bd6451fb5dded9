import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify'
import type { BackOfficeDeps, Permission } from '../../officers/index.js'

/** The statistics section's pages under /officer, each behind the guard with its permission. */
export async function statisticsRoutes(
  app: FastifyInstance,
  opts: { deps: BackOfficeDeps; guard: (p?: Permission) => preHandlerAsyncHookHandler },
): Promise<void> {
  void app
  void opts
}
