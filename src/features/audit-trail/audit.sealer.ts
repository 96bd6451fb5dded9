import type { FastifyBaseLogger } from 'fastify'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { encodeSeqs, leafHash, merkleRoot } from './audit.canonical.js'
import {
  CHECKPOINT_FORMAT,
  type CheckpointSigner,
  type CheckpointStatement,
} from './audit.checkpoint.js'
import {
  chainedEvents,
  freshTransactionId,
  insertCheckpoint,
  lastCheckpoint,
  oldestRunningTransactionId,
  seqHighWater,
  tryLockSealer,
} from './audit.repository.js'

/**
 * A point the sealer may seal up to: the seq high-water mark, read first, and a transaction id
 * taken right after it, so every seq value <= seq was handed out before xid was assigned. Writers take their transaction id before their seq value
 * (0010_audit_chain.sql), so once every transaction older than xid has ended, no event with
 * seq <= seq can still commit.
 */
export interface Horizon {
  seq: number
  xid: bigint
}

/**
 * The newest horizon whose transactions have all ended, given the oldest running transaction
 * (pg_snapshot_xmin): every id below it has ended, so a horizon with xid < xmin is final.
 */
export function safeHorizon(horizons: readonly Horizon[], xmin: bigint): Horizon | undefined {
  let safe: Horizon | undefined
  for (const h of horizons) if (h.xid < xmin && (safe === undefined || h.seq > safe.seq)) safe = h
  return safe
}

export interface SealResult {
  /** Checkpoints written by this call. */
  checkpoints: number
  events: number
  /** The last seq value covered by a checkpoint after this call (0 before the first). */
  sealedThrough: number
  /** Events may be waiting for a transaction that is still running. */
  waiting: boolean
}

export interface Sealer {
  /** Seals what is final; waits up to waitMs for transactions still running (default 30 s). */
  sealOnce(opts?: { waitMs?: number }): Promise<SealResult>
}

export interface SealerOptions {
  db: Kysely<DB>
  signer: CheckpointSigner
  /** Events per checkpoint at most (default 1000). */
  batchSize?: number
  now?: () => Date
}

const POLL_MS = 20
// Horizons waiting behind a long transaction: the oldest are kept, they become safe first.
const MAX_HORIZONS = 256

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Writes one checkpoint through `through`, or none; returns what it sealed. */
async function sealBatch(
  opts: Required<Pick<SealerOptions, 'db' | 'signer' | 'batchSize' | 'now'>>,
  through: number,
): Promise<{ events: number; sealedThrough: number; busy: boolean }> {
  return opts.db.transaction().execute(async (trx) => {
    if (!(await tryLockSealer(trx))) return { events: 0, sealedThrough: 0, busy: true }
    const prev = await lastCheckpoint(trx)
    const firstSeq = (prev?.lastSeq ?? 0) + 1
    if (firstSeq > through) return { events: 0, sealedThrough: firstSeq - 1, busy: false }
    const events = await chainedEvents(trx, firstSeq, through, opts.batchSize)
    // Nothing but rolled-back values so far: the next checkpoint's range will take them in.
    if (events.length === 0) return { events: 0, sealedThrough: firstSeq - 1, busy: false }
    const full = events.length === opts.batchSize
    const lastSeq = full ? (events[events.length - 1] as { seq: number }).seq : through
    const leaves = events.map(leafHash)
    const statement: CheckpointStatement = {
      typ: CHECKPOINT_FORMAT,
      n: (prev?.number ?? 0) + 1,
      firstSeq,
      lastSeq,
      count: events.length,
      seqs: encodeSeqs(events.map((e) => e.seq)),
      root: merkleRoot(leaves).toString('hex'),
      prev: prev?.headHash ?? null,
      sealedAt: opts.now().toISOString(),
    }
    const { jws, headHash } = await opts.signer.sign(statement)
    await insertCheckpoint(trx, {
      number: statement.n,
      firstSeq,
      lastSeq,
      eventCount: events.length,
      headHash,
      jws,
      leaves: Buffer.concat(leaves),
      sealedAt: statement.sealedAt,
    })
    return { events: events.length, sealedThrough: lastSeq, busy: false }
  })
}

function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string }).code === '23505'
}

/** A sealer for one process; several processes may each run one (they take turns). */
export function createSealer(options: SealerOptions): Sealer {
  const opts = {
    db: options.db,
    signer: options.signer,
    batchSize: options.batchSize ?? 1000,
    now: options.now ?? (() => new Date()),
  }
  if (!Number.isInteger(opts.batchSize) || opts.batchSize < 1)
    throw new Error('audit sealer: batchSize must be a positive integer')
  let horizons: Horizon[] = []
  let sealedThrough = 0

  async function sealThrough(through: number): Promise<Omit<SealResult, 'waiting'>> {
    let checkpoints = 0
    let events = 0
    for (;;) {
      let batch
      try {
        batch = await sealBatch(opts, through)
      } catch (err) {
        // Another sealer stored the same checkpoint first: its work stands, ours is not needed.
        if (isUniqueViolation(err)) break
        throw err
      }
      if (batch.busy) break
      sealedThrough = batch.sealedThrough
      if (batch.events === 0) break
      checkpoints++
      events += batch.events
      if (batch.sealedThrough >= through) break
    }
    return { checkpoints, events, sealedThrough }
  }

  return {
    async sealOnce({ waitMs = 30_000 } = {}) {
      const started = Date.now()
      const seq = await seqHighWater(opts.db)
      const newest = horizons[horizons.length - 1]
      // Nothing new, or an older horizon with the same seq (it becomes safe sooner): no new
      // horizon, and no transaction id spent on an idle tick.
      if (seq > sealedThrough && (newest === undefined || seq > newest.seq))
        horizons.push({ seq, xid: await freshTransactionId(opts.db) })
      if (horizons.length > MAX_HORIZONS) horizons.splice(1, 1)
      for (;;) {
        const safe = safeHorizon(horizons, await oldestRunningTransactionId(opts.db))
        if (safe) {
          horizons = horizons.filter((x) => x.seq > safe.seq)
          const result = await sealThrough(safe.seq)
          return { ...result, waiting: horizons.length > 0 }
        }
        if (horizons.length === 0 || Date.now() - started >= waitMs)
          return { checkpoints: 0, events: 0, sealedThrough, waiting: horizons.length > 0 }
        await sleep(POLL_MS)
      }
    },
  }
}

export interface AuditSealerJob extends Sealer {
  /** Stops the timer and waits for a run in flight. */
  stop(): Promise<void>
}

/** Runs the sealer every intervalMs in the background, like the mail outbox worker. */
export function startAuditSealer(
  options: SealerOptions & { logger: FastifyBaseLogger; intervalMs?: number },
): AuditSealerJob {
  const intervalMs = options.intervalMs ?? 5000
  if (!(intervalMs > 0)) throw new Error('audit sealer: intervalMs must be positive')
  const sealer = createSealer(options)
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let inFlight: Promise<unknown> = Promise.resolve()

  async function tick(): Promise<void> {
    timer = undefined
    try {
      // A short wait: a transaction still running is simply sealed on a later tick.
      const run = sealer.sealOnce({ waitMs: Math.min(1000, intervalMs) })
      inFlight = run
      const result = await run
      if (result.checkpoints > 0) options.logger.debug(result, 'audit events sealed')
    } catch (err) {
      options.logger.error(
        { error: err instanceof Error ? err.message : String(err) },
        'audit sealing failed; will try again',
      )
    }
    schedule()
  }

  function schedule(): void {
    if (stopped) return
    timer = setTimeout(() => void tick(), intervalMs)
    // The job alone must not keep the process alive: shutdown is the server's decision.
    timer.unref()
  }

  schedule()
  return {
    sealOnce(opts) {
      const run = sealer.sealOnce(opts)
      inFlight = run
      return run
    },
    async stop() {
      stopped = true
      if (timer !== undefined) clearTimeout(timer)
      await inFlight.catch(() => undefined)
    },
  }
}
