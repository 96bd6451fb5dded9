import type { FastifyInstance } from 'fastify'
import type { JobDefinition } from '../../platform/jobs/index.js'
import type { FeatureDeps } from '../../platform/feature-deps.js'
import { ethicsReminderJobs } from './reminders.js'
import { staffRoutes } from './staff.routes.js'

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
export { listCodes, publishCode } from './codes.service.js'
export {
  campaignProgress,
  campaignsOverview,
  CampaignInputError,
  launchCampaign,
  launchChoices,
  progressExport,
  unitNonSigners,
  type CampaignInput,
} from './campaigns.service.js'
export {
  campaignFigures,
  withPercent,
  type CampaignFigures,
  type Counts,
  type UnitFigures,
} from './figures.js'
export { reminderDates, reminderDue, sendEthicsReminders } from './reminders.js'
export { signAcknowledgement, withinWindow, type SignOutcome } from './signing.service.js'
export { STAFF_PATHS } from './paths.js'

/** The ethics feature's public pages: the officers' own acknowledgements. */
export async function ethicsRoutes(
  app: FastifyInstance,
  opts: { deps: FeatureDeps },
): Promise<void> {
  await app.register(staffRoutes, opts)
}

/** The ethics feature's periodic work, run by the scheduler on the jobs' clock. */
export function ethicsJobs(deps: FeatureDeps): JobDefinition[] {
  return ethicsReminderJobs(deps)
}
export { percentChartSvg } from './chart.js'
export { progressCsv, progressXlsx } from './export.js'
