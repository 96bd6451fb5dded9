export { auditCheckpointRoutes, type AuditRoutesOptions } from './audit.routes.js'
export { AUDIT_PATHS } from './audit.views.js'
export {
  createCheckpointSigner,
  trustedKeysOf,
  type CheckpointSigner,
  type CheckpointStatement,
  type PublicAuditJwk,
  type TrustedKeys,
} from './audit.checkpoint.js'
export {
  createSealer,
  safeHorizon,
  startAuditSealer,
  type AuditSealerJob,
  type Horizon,
  type SealResult,
  type Sealer,
} from './audit.sealer.js'
export {
  verifyAuditTrail,
  type Finding,
  type FindingKind,
  type VerifyOptions,
  type VerifyReport,
} from './audit.verify.js'
export { AUDIT_CLI_USAGE, runAuditCli } from './audit.cli.js'
export {
  listPublishedCheckpoints,
  type CheckpointsExport,
  type PublishedCheckpoint,
} from './audit.service.js'
export type { AuditTrailTables } from './schema.js'
