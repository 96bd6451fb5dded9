import type { FastifyBaseLogger } from 'fastify'
import type { Kysely } from 'kysely'
import type { PdpaConfig } from '../../config.js'
import type { DB } from '../../platform/db/schema.js'
import { sendRequestReminders } from './reminders.js'
import { runRetention } from './retention.js'

export interface PdpaJobs {
  /** Runs both jobs now (tests, the CLI); resolves when they are done. */
  runOnce(now?: Date): Promise<void>
  /** Stops the timer and waits for a run in flight. */
  stop(): Promise<void>
}

/**
 * The PDPA jobs in the server: retention and the reminders of data-subject requests, every
 * intervalMs (default hourly), the first run shortly after start. A failure is logged and
 * tried again on the next tick.
 */
export function startPdpaJobs(opts: {
  db: Kysely<DB>
  pdpa: PdpaConfig
  logger: FastifyBaseLogger
  intervalMs?: number
  firstRunMs?: number
}): PdpaJobs {
  const intervalMs = opts.intervalMs ?? 3600_000
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let inFlight: Promise<void> = Promise.resolve()

  async function runOnce(now = new Date()): Promise<void> {
    const removed = await runRetention(opts.db, { days: opts.pdpa.retentionDays, now })
    if (removed) opts.logger.info({ removed }, 'retention applied')
    const reminders = await sendRequestReminders(opts.db, { dpoEmail: opts.pdpa.dpoEmail, now })
    if (reminders > 0) opts.logger.info({ reminders }, 'data-subject request reminders sent')
  }

  function schedule(ms: number): void {
    if (stopped) return
    timer = setTimeout(() => {
      inFlight = runOnce().catch((err: unknown) => {
        opts.logger.error(
          { error: err instanceof Error ? err.message : String(err) },
          'PDPA jobs failed; will try again',
        )
      })
      void inFlight.then(() => schedule(intervalMs))
    }, ms)
    // The jobs alone must not keep the process alive: shutdown is the server's decision.
    timer.unref()
  }

  schedule(opts.firstRunMs ?? 30_000)
  return {
    runOnce(now) {
      const run = runOnce(now)
      inFlight = run.catch(() => undefined)
      return run
    },
    async stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      await inFlight
    },
  }
}
