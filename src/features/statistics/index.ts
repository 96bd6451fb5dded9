import type { FastifyInstance } from 'fastify'
import type { JobDefinition } from '../../platform/jobs/index.js'
import type { FeatureDeps } from '../../platform/feature-deps.js'
import { satisfactionByMonth } from '../survey/index.js'
import { statisticsPublicRoutes } from './statistics.routes.js'

// The statistics feature's public face: its routes and its periodic work (wired in app.ts), the
// home page's link, and the old channel's import that the back office's section uses.

export { STATISTICS_PATHS } from './paths.js'
export { StatisticsLink } from './link.views.js'
export {
  importLegacyFile,
  legacyImports,
  type Importer,
  type LegacyImportOutcome,
} from './legacy.service.js'
export { MAX_ROWS, type Rejection, type RejectReason } from './legacy-csv.js'

/** The statistics feature's public pages. */
export async function statisticsRoutes(
  app: FastifyInstance,
  opts: { deps: FeatureDeps },
): Promise<void> {
  const { db, clock, publicBaseUrl } = opts.deps
  await statisticsPublicRoutes(app, {
    db,
    clock,
    publicBaseUrl,
    satisfaction: satisfactionByMonth,
  })
}

/** The statistics feature's periodic work: none (the tallies are kept as rows are written). */
export function statisticsJobs(deps: FeatureDeps): JobDefinition[] {
  void deps
  return []
}
