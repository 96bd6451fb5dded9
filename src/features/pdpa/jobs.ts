import type { Kysely } from 'kysely'
import type { PdpaConfig } from '../../config.js'
import type { DB } from '../../platform/db/schema.js'
import type { JobDefinition, JobLogger } from '../../platform/jobs/index.js'
import { sendRequestReminders } from './reminders.js'
import { runRetention } from './retention.js'

const HOUR = 3600_000

/**
 * The PDPA's periodic work, run by the platform's scheduler: retention and the reminders of
 * data-subject requests, hourly, the first runs shortly after the first start. Both are safe
 * to run again after a crash (they act on what is due, and record what they did).
 */
export function pdpaJobs(opts: {
  db: Kysely<DB>
  pdpa: PdpaConfig
  logger: JobLogger
}): JobDefinition[] {
  return [
    {
      name: 'pdpa.retention',
      everyMs: HOUR,
      firstRunAfterMs: 30_000,
      async run(now) {
        const removed = await runRetention(opts.db, { days: opts.pdpa.retentionDays, now })
        if (removed) opts.logger.info({ removed }, 'retention applied')
      },
    },
    {
      name: 'pdpa.request-reminders',
      everyMs: HOUR,
      firstRunAfterMs: 30_000,
      async run(now) {
        const reminders = await sendRequestReminders(opts.db, {
          dpoEmail: opts.pdpa.dpoEmail,
          now,
        })
        if (reminders > 0) opts.logger.info({ reminders }, 'data-subject request reminders sent')
      },
    },
  ]
}
