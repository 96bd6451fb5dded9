import type { FastifyBaseLogger } from 'fastify'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { parseMailPayload } from './mail.outbox.js'
import { claimDueMail, markMailFailed } from './mail.repository.js'
import {
  createMailSender,
  describeMailError,
  SEND_BUDGET_SECONDS,
  type MailerOptions,
} from './mail.transport.js'

export interface OutboxWorkerOptions {
  db: Kysely<DB>
  mailer: MailerOptions
  logger: FastifyBaseLogger
  /** Pause between polls when the outbox is empty (default 5 s). */
  intervalMs?: number
  /** Rows claimed per batch (default 10). */
  batchSize?: number
}

export interface OutboxWorker {
  /** Claims and sends one batch now; resolves to the number of messages delivered. */
  drainOnce(): Promise<number>
  /** Stops polling and waits for a batch in flight to finish. */
  stop(): Promise<void>
}

/** After this many attempts a message stays unsent, with its last error, for an operator. */
export const MAX_ATTEMPTS = 10
const FIRST_RETRY_SECONDS = 30
const MAX_RETRY_SECONDS = 3600

/**
 * Seconds until the next attempt after `attempts` failures: 30 s doubling to a 1 h cap, with
 * ±20 % jitter so that messages failing together (an SMTP outage) do not retry in one burst.
 */
export function retryDelaySeconds(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_RETRY_SECONDS, FIRST_RETRY_SECONDS * 2 ** Math.max(0, attempts - 1))
  return Math.round(base * (0.8 + 0.4 * random()))
}

/** Starts the worker that drains the mail outbox; several instances may run one each. */
export function startOutboxWorker(opts: OutboxWorkerOptions): OutboxWorker {
  const { db } = opts
  const intervalMs = opts.intervalMs ?? 5000
  const batchSize = opts.batchSize ?? 10
  if (!(intervalMs > 0) || !Number.isInteger(batchSize) || batchSize < 1) {
    throw new Error('mail worker: intervalMs must be positive and batchSize a positive integer')
  }
  const logger = opts.logger.child({ component: 'mail-outbox' })
  const sender = createMailSender(db, opts.mailer)
  // Sends within one batch are sequential, so the lease covers the whole batch at its slowest.
  const leaseSeconds = SEND_BUDGET_SECONDS * batchSize + 60

  async function drainBatch(): Promise<{ claimed: number; sent: number }> {
    const claimed = await claimDueMail(db, {
      limit: batchSize,
      leaseSeconds,
      maxAttempts: MAX_ATTEMPTS,
    })
    let sent = 0
    for (const row of claimed) {
      // Logs carry the outbox id and counts only: never addresses, subjects or bodies.
      const log = { outboxId: row.id, attempts: row.attempts }
      let message
      try {
        message = parseMailPayload(row.payload)
      } catch (err) {
        // Retrying cannot fix a malformed row; park it for an operator straight away.
        await markMailFailed(db, row.id, {
          error: describeMailError(err),
          retryInSeconds: 0,
          attempts: MAX_ATTEMPTS,
        })
        logger.error(log, 'mail payload is invalid; left unsent for an operator')
        continue
      }
      try {
        if (await sender.deliver(row.id, message)) {
          sent++
          logger.info(log, 'mail sent')
        } else {
          logger.warn(log, 'mail was already recorded as sent by another worker')
        }
      } catch (err) {
        const error = describeMailError(err)
        await markMailFailed(db, row.id, { error, retryInSeconds: retryDelaySeconds(row.attempts) })
        if (row.attempts >= MAX_ATTEMPTS)
          logger.error(
            { ...log, error },
            'mail failed for the last time; left unsent for an operator',
          )
        else logger.warn({ ...log, error }, 'mail failed; will retry')
      }
    }
    return { claimed: claimed.length, sent }
  }

  let stopped = false
  let timer: NodeJS.Timeout | undefined
  const inFlight = new Set<Promise<unknown>>()

  function track<T>(work: Promise<T>): Promise<T> {
    inFlight.add(work)
    work.then(
      () => inFlight.delete(work),
      () => inFlight.delete(work),
    )
    return work
  }

  async function tick(): Promise<void> {
    timer = undefined
    try {
      // A full batch means a backlog: keep going rather than wait an interval per batch.
      let claimed: number
      do claimed = (await track(drainBatch())).claimed
      while (!stopped && claimed === batchSize)
    } catch (err) {
      logger.error({ error: describeMailError(err) }, 'mail outbox drain failed; will try again')
    }
    schedule()
  }

  function schedule(): void {
    if (stopped) return
    timer = setTimeout(() => void tick(), intervalMs)
    // The worker alone must not keep the process alive: shutdown is the server's decision.
    timer.unref()
  }

  schedule()
  return {
    async drainOnce() {
      if (stopped) return 0
      return (await track(drainBatch())).sent
    },
    async stop() {
      stopped = true
      if (timer !== undefined) clearTimeout(timer)
      await Promise.allSettled([...inFlight])
      sender.close()
    },
  }
}
