export { pdpaRoutes, type PdpaDeps } from './pdpa.routes.js'
export { PDPA_PATHS } from './paths.js'
export { pendingDocuments } from './documents.service.js'
export { dpoLinks } from './dpo.views.js'
export { pdpaMessages } from './messages.js'
export { startPdpaJobs, type PdpaJobs } from './jobs.js'
export { runRetention, type RetentionCounts } from './retention.js'
export { sendRequestReminders, stagesReached } from './reminders.js'
export { daysLeft, deadlineOf, dueDateOf, lodgeRequest } from './requests.service.js'
export {
  RETENTION_DEFAULT_DAYS,
  RETENTION_KINDS,
  type RetentionKind,
} from '../../platform/retention-kinds.js'
export type { PdpaTables } from './schema.js'
export { runRetentionCli, RETENTION_CLI_USAGE } from './retention.cli.js'
