import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { ChainedEvent } from './audit.canonical.js'
import type { AuditTrailTables } from './schema.js'

function tables(db: Kysely<DB>) {
  return db.withTables<AuditTrailTables>()
}

function toSeq(value: string | number): number {
  const n = Number(value)
  if (!Number.isSafeInteger(n)) throw new Error(`seq out of range: ${String(value)}`)
  return n
}

// An arbitrary constant beside the migration lock: one sealer at a time, requests never take it.
const SEALER_LOCK = 7_221_565

/** The highest seq value handed out so far, committed or not (0 before the first). */
export async function seqHighWater(db: Kysely<DB>): Promise<number> {
  const { rows } = await sql<{ s: string }>`
    SELECT (CASE WHEN is_called THEN last_value ELSE 0 END)::text AS s FROM audit_events_seq_seq
  `.execute(db)
  return toSeq(rows[0]?.s ?? '0')
}

/** A transaction id newer than every one assigned before this call (its own, committed at once). */
export async function freshTransactionId(db: Kysely<DB>): Promise<bigint> {
  const { rows } = await sql<{ x: string }>`SELECT pg_current_xact_id()::text AS x`.execute(db)
  return BigInt(rows[0]?.x ?? '0')
}

/** Every transaction id below this one has ended, committed or rolled back. */
export async function oldestRunningTransactionId(db: Kysely<DB>): Promise<bigint> {
  const { rows } = await sql<{
    x: string
  }>`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS x`.execute(db)
  return BigInt(rows[0]?.x ?? '0')
}

/** Takes the sealer's lock for this transaction if no other sealer holds it. */
export async function tryLockSealer(trx: Kysely<DB>): Promise<boolean> {
  const { rows } = await sql<{
    ok: boolean
  }>`SELECT pg_try_advisory_xact_lock(${sql.lit(SEALER_LOCK)}) AS ok`.execute(trx)
  return rows[0]?.ok === true
}

export interface CheckpointRow {
  number: number
  firstSeq: number
  lastSeq: number
  eventCount: number
  headHash: string
  jws: string
  leaves: Buffer
  sealedAt: Date
}

function toCheckpoint(r: {
  number: string | number
  first_seq: string | number
  last_seq: string | number
  event_count: number
  head_hash: string
  jws: string
  leaves: Buffer | Uint8Array
  sealed_at: Date
}): CheckpointRow {
  return {
    number: toSeq(r.number),
    firstSeq: toSeq(r.first_seq),
    lastSeq: toSeq(r.last_seq),
    eventCount: r.event_count,
    headHash: r.head_hash,
    jws: r.jws,
    leaves: Buffer.from(r.leaves),
    sealedAt: r.sealed_at,
  }
}

const CHECKPOINT_COLUMNS = [
  'number',
  'first_seq',
  'last_seq',
  'event_count',
  'head_hash',
  'jws',
  'leaves',
  'sealed_at',
] as const

/** The newest checkpoint, or undefined before the first. */
export async function lastCheckpoint(db: Kysely<DB>): Promise<CheckpointRow | undefined> {
  const row = await tables(db)
    .selectFrom('audit_checkpoints')
    .select(CHECKPOINT_COLUMNS)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row && toCheckpoint(row)
}

/** Stores a checkpoint; a racing sealer's duplicate fails on the keys. */
export async function insertCheckpoint(
  trx: Kysely<DB>,
  c: Omit<CheckpointRow, 'sealedAt'> & { sealedAt: string },
): Promise<void> {
  await tables(trx)
    .insertInto('audit_checkpoints')
    .values({
      number: c.number,
      first_seq: c.firstSeq,
      last_seq: c.lastSeq,
      event_count: c.eventCount,
      head_hash: c.headHash,
      jws: c.jws,
      leaves: c.leaves,
      sealed_at: c.sealedAt,
    })
    .execute()
}

/** Checkpoints in chain order after the given number, a page at a time. */
export async function checkpointsAfter(
  db: Kysely<DB>,
  after: number,
  limit: number,
): Promise<CheckpointRow[]> {
  const rows = await tables(db)
    .selectFrom('audit_checkpoints')
    .select(CHECKPOINT_COLUMNS)
    .where('number', '>', after)
    .orderBy('number')
    .limit(limit)
    .execute()
  return rows.map(toCheckpoint)
}

/** The newest checkpoints, newest first, optionally before a number (older pages). */
export async function latestCheckpoints(
  db: Kysely<DB>,
  opts: { before?: number; limit: number },
): Promise<CheckpointRow[]> {
  let q = tables(db).selectFrom('audit_checkpoints').select(CHECKPOINT_COLUMNS)
  if (opts.before !== undefined) q = q.where('number', '<', opts.before)
  const rows = await q.orderBy('number', 'desc').limit(opts.limit).execute()
  return rows.map(toCheckpoint)
}

/** The chained columns of the events with from <= seq <= to, in seq order, as canonical text. */
export async function chainedEvents(
  db: Kysely<DB>,
  from: number,
  to: number,
  limit?: number,
): Promise<ChainedEvent[]> {
  const { rows } = await sql<{
    seq: string
    id: string
    occurred_at: string
    actor_type: string
    actor_id: string | null
    actor_role: string | null
    action: string
    subject_type: string | null
    subject_id: string | null
    outcome: string
    request_id: string | null
    data: string
  }>`
    SELECT seq::text AS seq, id::text AS id,
      to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_at,
      actor_type, actor_id, actor_role, action, subject_type, subject_id, outcome, request_id,
      data::text AS data
    FROM audit_events
    WHERE seq >= ${from} AND seq <= ${to}
    ORDER BY audit_events.seq
    ${limit === undefined ? sql`` : sql`LIMIT ${limit}`}
  `.execute(db)
  return rows.map((r) => ({
    seq: toSeq(r.seq),
    id: r.id,
    occurredAt: r.occurred_at,
    actorType: r.actor_type,
    actorId: r.actor_id,
    actorRole: r.actor_role,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    outcome: r.outcome,
    requestId: r.request_id,
    data: r.data,
  }))
}

/** Events outside every sealed range: how many, and when the oldest of them happened. */
export async function eventsOutside(
  db: Kysely<DB>,
  range: { below: number; above: number },
): Promise<{ below: number[]; aboveCount: number; oldestAbove: Date | null }> {
  const under = await sql<{ seq: string }>`
    SELECT seq::text AS seq FROM audit_events WHERE seq < ${range.below} ORDER BY audit_events.seq LIMIT 1000
  `.execute(db)
  const { rows } = await sql<{ n: number; oldest: Date | null }>`
    SELECT count(*)::int AS n, min(occurred_at) AS oldest FROM audit_events WHERE seq > ${range.above}
  `.execute(db)
  return {
    below: under.rows.map((r) => toSeq(r.seq)),
    aboveCount: rows[0]?.n ?? 0,
    oldestAbove: rows[0]?.oldest ?? null,
  }
}
