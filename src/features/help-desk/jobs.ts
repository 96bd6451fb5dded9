import type { JobDefinition } from '../../platform/jobs/index.js'
import type { HelpDeskDeps } from './deps.js'
import { runSlaClocks } from './sla.service.js'

const FIFTEEN_MINUTES = 15 * 60_000

/**
 * The help desk's periodic work: the SLA clocks (warnings, breaches) and the auto-close of
 * tickets resolved 7 days ago. Safe to run again: each step acts on what is due and records it.
 */
export function helpDeskJobList(deps: HelpDeskDeps): JobDefinition[] {
  return [
    {
      name: 'helpdesk.sla',
      everyMs: FIFTEEN_MINUTES,
      firstRunAfterMs: 60_000,
      async run(now) {
        await runSlaClocks(deps, now)
      },
    },
  ]
}
