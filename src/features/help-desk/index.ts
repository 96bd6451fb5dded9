import type { FastifyInstance } from 'fastify'
import { systemClock, type JobDefinition } from '../../platform/jobs/index.js'
import type { FeatureDeps } from '../../platform/feature-deps.js'
import { resolve } from 'node:path'
import type { HelpDeskDeps } from './deps.js'
import { helpRoutes } from './help.routes.js'
import { helpDeskJobList } from './jobs.js'

// The help-desk feature's public face: its routes and its periodic work (wired in app.ts), and
// what the back office's help-desk section and the account page use.

/** DATA_DIR as config.ts reads it, when app.ts does not hand it over. */
function withDataDir(deps: FeatureDeps, dataDir: string | undefined): HelpDeskDeps {
  return { ...deps, dataDir: dataDir ?? resolve(process.env.DATA_DIR ?? './data') }
}

/** The help desk's deps from the back office's (the system clock when none is given). */
export function helpDeskDepsOf(d: {
  db: FeatureDeps['db']
  crypto: FeatureDeps['crypto']
  publicBaseUrl: string
  clock?: FeatureDeps['clock']
}): HelpDeskDeps {
  return withDataDir({ ...d, clock: d.clock ?? systemClock, simulators: false }, undefined)
}

/** The help-desk feature's public pages; attachments live in dataDir/help-desk. */
export async function helpDeskRoutes(
  app: FastifyInstance,
  opts: { deps: FeatureDeps; dataDir?: string },
): Promise<void> {
  await app.register(helpRoutes, { deps: withDataDir(opts.deps, opts.dataDir) })
}

/** The help-desk feature's periodic work, run by the scheduler on the jobs' clock. */
export function helpDeskJobs(deps: FeatureDeps & { dataDir?: string }): JobDefinition[] {
  return helpDeskJobList(withDataDir(deps, deps.dataDir))
}

export { HELP_PATHS, helpFormFor } from './paths.js'
export { MyTickets } from './follow.views.js'
export { ticketsOfRegistrant } from './follow.service.js'
export { runSlaClocks, AUTO_CLOSE_MS, slaOf, slaContext } from './sla.service.js'
export type { HelpDeskDeps } from './deps.js'
export { helpMessages, type HelpTranslate } from './messages.js'
export { inbox, officerView, revealReporter, permissionOf } from './officer.service.js'
export type { InboxEntry, InboxQuery, OfficerTicketView, Queue } from './officer.service.js'
export { actOnTicket, type OfficerAction } from './officer-actions.service.js'
export { ChangedMeanwhileError, canMove } from './ticket-change.js'
export { TICKET_CATEGORIES } from './help.schema.js'
export { readAttachment } from './attachments.js'
export type { TicketCategory, TicketStatus } from '../../platform/db/schema/help-desk.js'
export type { TicketSla } from './sla.service.js'
export type { SlaState } from './sla.js'
export type { TicketRow, EventRow, AttachmentRow } from './tickets.repository.js'
export {
  addHoliday,
  cannedList,
  contactHistory,
  holidayList,
  holidayYear,
  removeHoliday,
  saveCanned,
  saveContact,
} from './config.service.js'
export {
  saveTargets,
  targetsWithHistory,
  type TargetChange,
  type TargetEdit,
  type TargetRow,
} from './targets.service.js'
export type { CannedAnswer, ContactVersion, Holiday } from './config.repository.js'
export type { ContactContent } from '../../platform/db/schema/help-desk.js'
export { ticketFigures, figuresOf, type PeriodFigures, type FigureRange } from './figures.js'
export { helpDeskStatistics } from './statistics.service.js'
