import type { FastifyInstance } from 'fastify'
import type { JobDefinition } from '../../platform/jobs/index.js'
import type { FeatureDeps } from '../../platform/feature-deps.js'

// The help-desk feature's public face: its routes and its periodic work (wired in app.ts).

/** The help-desk feature's public pages. */
export async function helpDeskRoutes(
  app: FastifyInstance,
  opts: { deps: FeatureDeps },
): Promise<void> {
  void app
  void opts
}

/** The help-desk feature's periodic work, run by the scheduler on the jobs' clock. */
export function helpDeskJobs(deps: FeatureDeps): JobDefinition[] {
  void deps
  return []
}
