import { hostname } from 'node:os'
import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { randomToken } from '../ids.js'
import type { Clock } from './clock.js'
import { claimDueJob, ensureJob, finishJob } from './jobs.repository.js'

/** A periodic task. Its run must be safe to repeat: a crashed run is run again. */
export interface JobDefinition {
  name: string
  /** How often it runs, by the jobs clock. */
  everyMs: number
  /** The first run, this long after the job is first scheduled (default: everyMs). */
  firstRunAfterMs?: number
  /** How long a run may hold its lease before another instance takes it over (default 15 min). */
  leaseMs?: number
  /** After a failure, the next try comes this much later (default: the lesser of everyMs and 1 min). */
  retryMs?: number
  run(now: Date): Promise<void>
}

/** What the scheduler logs through (pino's and Fastify's loggers fit). */
export interface JobLogger {
  info(obj: object, msg: string): void
  error(obj: object, msg: string): void
}

export interface Scheduler {
  /** Runs every job that is due by the clock, once across instances; returns the names run. */
  tick(): Promise<string[]>
  /** Ticks every pollMs (real time) until stop(). */
  start(pollMs: number): void
  /** Stops ticking and waits for a tick in flight. */
  stop(): Promise<void>
}

const MINUTE = 60_000

/**
 * The one place periodic work runs (retention, reminders, sweeps, SLA clocks, expiries):
 * each due run is claimed with a lease in the scheduled_jobs table, so it happens exactly
 * once across instances and is taken up again after a crash; every job sees the injected
 * clock, which tests and the simulators can move.
 */
export function createScheduler(opts: {
  db: Kysely<DB>
  clock: Clock
  logger: JobLogger
  jobs: JobDefinition[]
  /** Names this instance in the leases (default: host, pid and a random suffix). */
  owner?: string
}): Scheduler {
  const names = new Set<string>()
  for (const job of opts.jobs) {
    if (names.has(job.name)) throw new Error(`two scheduled jobs are named ${job.name}`)
    if (!(job.everyMs > 0)) throw new Error(`${job.name}: everyMs must be positive`)
    names.add(job.name)
  }
  const owner = opts.owner ?? `${hostname()}:${process.pid}:${randomToken(6)}`
  let ensured = false
  let timer: NodeJS.Timeout | undefined
  let stopped = false
  let inFlight: Promise<unknown> = Promise.resolve()

  async function runJob(job: JobDefinition): Promise<boolean> {
    const now = opts.clock.now()
    const leaseUntil = new Date(now.getTime() + (job.leaseMs ?? 15 * MINUTE))
    const due = await claimDueJob(opts.db, job.name, owner, now, leaseUntil)
    if (!due) return false
    let error: string | undefined
    try {
      await job.run(now)
    } catch (err) {
      error = err instanceof Error ? err.message : String(err)
      opts.logger.error({ job: job.name, error }, 'scheduled job failed; will try again')
    }
    const finishedAt = opts.clock.now()
    // Keep the cadence; after a long pause run once, not once per missed period.
    const cadence = due.getTime() + job.everyMs
    const nextRunAt =
      error !== undefined
        ? new Date(finishedAt.getTime() + (job.retryMs ?? Math.min(job.everyMs, MINUTE)))
        : new Date(cadence > finishedAt.getTime() ? cadence : finishedAt.getTime() + job.everyMs)
    if (!(await finishJob(opts.db, job.name, owner, { finishedAt, nextRunAt, error })))
      opts.logger.error({ job: job.name }, 'scheduled job ran past its lease; another took it')
    return true
  }

  async function tick(): Promise<string[]> {
    if (!ensured) {
      const now = opts.clock.now().getTime()
      for (const job of opts.jobs)
        await ensureJob(opts.db, job.name, new Date(now + (job.firstRunAfterMs ?? job.everyMs)))
      ensured = true
    }
    const ran: string[] = []
    for (const job of opts.jobs) if (await runJob(job)) ran.push(job.name)
    return ran
  }

  function schedule(pollMs: number): void {
    if (stopped) return
    timer = setTimeout(() => {
      const run = tick().catch((err: unknown) =>
        opts.logger.error(
          { error: err instanceof Error ? err.message : String(err) },
          'scheduled jobs could not be checked; will try again',
        ),
      )
      inFlight = run
      void run.then(() => schedule(pollMs))
    }, pollMs)
    // The jobs alone must not keep the process alive: shutdown is the server's decision.
    timer.unref()
  }

  return {
    tick() {
      const run = tick()
      inFlight = run.catch(() => undefined)
      return run
    },
    start(pollMs: number) {
      stopped = false
      schedule(pollMs)
    },
    async stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      await inFlight
    },
  }
}
