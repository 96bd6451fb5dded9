import type { FastifyInstance } from 'fastify'
import type { JobDefinition } from '../../platform/jobs/index.js'
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
