import type { JobDefinition } from '../../platform/jobs/index.js'
import { runRenewalSweep, type RenewalSweepDeps } from './reminders.service.js'

const HOUR = 3_600_000

/** The renewal sweep (reminders, expiries), hourly on the jobs' clock. */
export function renewalJobs(deps: RenewalSweepDeps): JobDefinition[] {
  return [
    {
      name: 'brokers.renewal',
      everyMs: HOUR,
      leaseMs: 30 * 60_000,
      run: async (now) => {
        await runRenewalSweep(deps, now)
      },
    },
  ]
}
