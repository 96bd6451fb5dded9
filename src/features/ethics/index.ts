import type { FastifyInstance } from 'fastify'
import type { JobDefinition } from '../../platform/jobs/index.js'
import type { FeatureDeps } from '../../platform/feature-deps.js'

// The ethics feature's public face: the staff directory, codes of ethics, acknowledgement
// campaigns and their figures, the officers' own acknowledgement pages and the reminders.
export {
  directoryOverview,
  importStaff,
  importUnits,
  unitDetail,
  type ImportKind,
  type ImportResult,
  type UnitNode,
} from './directory.service.js'
export type { ProblemCode, RowProblem } from './directory.rows.js'

/** The ethics feature's public pages. */
export async function ethicsRoutes(
  app: FastifyInstance,
  opts: { deps: FeatureDeps },
): Promise<void> {
  void app
  void opts
}

/** The ethics feature's periodic work, run by the scheduler on the jobs' clock. */
export function ethicsJobs(deps: FeatureDeps): JobDefinition[] {
  void deps
  return []
}
