export { pdpaRoutes, type PdpaDeps } from './pdpa.routes.js'
export { PDPA_PATHS } from './paths.js'
export {
  currentPolicy,
  documentsOverview,
  pendingDocuments,
  publishDocument,
  publishPolicy,
  type DocumentOverview,
} from './documents.service.js'
// What the back office's DPO section shows and does: the request queue, a request, its outcome.
export {
  recordOutcome,
  requestQueue,
  viewRequestAsDpo,
  type DpoRequestView,
  type QueueEntry,
} from './dpo-requests.service.js'
export { DataTable, PdpaStyles } from './components.js'
export { RequestStatusTag } from './requests.views.js'
export { formText, type Body as PdpaBody } from './pdpa.schema.js'
export { OUTCOMES, type Outcome } from './schema.js'
export { pdpaMessages } from './messages.js'
export { pdpaJobs } from './jobs.js'
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
