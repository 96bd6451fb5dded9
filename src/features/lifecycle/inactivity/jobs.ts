import type { JobDefinition } from '../../../platform/jobs/index.js'
import { runInactivitySweep, type InactivityDeps } from './inactivity.service.js'

const HOUR = 3_600_000

/** The inactivity sweep, hourly on the jobs' clock (a day's warnings go out the same day). */
export function inactivityJobs(deps: InactivityDeps): JobDefinition[] {
  return [
    {
      name: 'lifecycle.inactivity',
      everyMs: HOUR,
      leaseMs: 30 * 60_000,
      run: async (now) => {
        await runInactivitySweep(deps, now)
      },
    },
  ]
}
