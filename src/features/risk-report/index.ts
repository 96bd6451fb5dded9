import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../platform/feature-deps.js'
import { reportPublicRoutes } from './report.routes.js'

// The corruption-risk register and the agency's report (issue 21): the integrity officers'
// services (the back office's risk section), the report built from live figures, its public
// pages and outputs (A4 print, PDF, XLSX, DOCX).

export {
  approveReport,
  bindIndicator,
  changeMatrixCell,
  copyRegister,
  previewReport,
  publishReport,
  registerDetail,
  registers,
} from './register.service.js'
export { insertRegister, type NewRegister } from './register-writes.repository.js'
export { seedRegister } from './seed-register.js'
export {
  editRegister,
  EditRefused,
  RegisterLocked,
  UnknownIndicator,
  type LevelEdit,
  type RefusalReason,
  type RegisterEdit,
} from './edit.service.js'
export type { Names, RiskEdit, StepEdit } from './structure.repository.js'
export type { ControlEdit } from './edit.repository.js'
export { loadReportDemo, DemoDataPresent } from './demo.js'
export type { RegisterTree } from './register.repository.js'
export type { ReportRow } from './reports.repository.js'
export { buildReport, type ReportSnapshot } from './report.js'
export { computeValues, METRICS, parseParams } from './metrics.js'
export { campaignChoices } from './metrics.repository.js'
export {
  AA_CONTRAST,
  DEFAULT_LEVELS,
  DEFAULT_POINTS,
  SWATCHES,
  TEXT_COLOURS,
  cellKey,
  contrastRatio,
  defaultCells,
  levelOf,
  pointName,
  textColourFor,
  type Level,
  type Matrix,
  type ScalePoint,
} from './matrix.js'
export { fiscalYearRange, fiscalYearOf, ROUNDS } from './fiscal.js'
export { reportTable, HEADINGS, REPORT_TITLE } from './table.js'
export { fillTemplate, NO_DATA, type Values } from './values.js'
export { RiskTable, periodLabel } from './report.views.js'
export { reportXlsx, reportDocx } from './exports.js'
export { REPORT_PATHS } from './paths.js'
export { REPORT_CSS } from './report.css.js'
export { ReportsLink } from './link.views.js'

/** The published reports' public pages. */
export async function riskReportRoutes(
  app: FastifyInstance,
  opts: { deps: FeatureDeps },
): Promise<void> {
  await reportPublicRoutes(app, opts)
}
