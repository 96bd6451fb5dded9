import { generateKeyPairSync } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import pg from 'pg'
import type { TestDatabase } from '../../../../test/helpers/db.js'
import { recordAudit } from '../../../platform/audit.js'
import { openPostgres } from '../../../platform/db/database.js'
import type { DB } from '../../../platform/db/schema.js'
import { newId } from '../../../platform/ids.js'
import { createCheckpointSigner, type CheckpointSigner } from '../audit.checkpoint.js'

/** A PKCS#8 PEM Ed25519 key under the given id, as the configuration holds it. */
export function newAuditKey(keyId = 'audit-test'): { keyId: string; value: string } {
  const { privateKey } = generateKeyPairSync('ed25519')
  return { keyId, value: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() }
}

export function newAuditSigner(keyId = 'audit-test'): CheckpointSigner {
  return createCheckpointSigner(newAuditKey(keyId))
}

/** Records n events, each in its own transaction; returns their seq values. */
export async function addEvents(db: Kysely<DB>, n: number, label = 'test'): Promise<number[]> {
  const seqs: number[] = []
  for (let i = 0; i < n; i++) {
    const id = await db.transaction().execute((trx) =>
      recordAudit(trx, {
        actorType: i % 2 ? 'officer' : 'registrant',
        actorId: newId(),
        actorRole: i % 2 ? 'auditor' : null,
        action: `${label}.event`,
        subjectType: 'person',
        subjectId: newId(),
        data: { i, note: 'ข้อมูล', nested: { amount: 1.5, list: [i, 'x'] } },
        details: i % 3 === 0 ? { reason: 'ตรวจสอบคำร้อง', ip: '192.0.2.1' } : undefined,
      }),
    )
    seqs.push(await seqOf(db, id))
  }
  return seqs
}

/** The seq value of an event. */
export async function seqOf(db: Kysely<DB>, id: string): Promise<number> {
  const row = await db
    .selectFrom('audit_events')
    .select('seq')
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
  return Number(row.seq)
}

/** Draws a seq value in a transaction that rolls back: a gap in the sequence. */
export async function rolledBackEvent(db: Kysely<DB>): Promise<void> {
  await db
    .transaction()
    .execute(async (trx) => {
      await recordAudit(trx, { actorType: 'system', action: 'test.rolled_back' })
      throw new Error('roll back')
    })
    .catch(() => undefined)
}

/** Runs SQL as the database owner (PostgreSQL: the admin URL; PGlite is always the owner). */
export async function asOwner(tdb: TestDatabase, script: string): Promise<void> {
  if (!tdb.adminUrl) {
    await tdb.database.execScript(script)
    return
  }
  const client = new pg.Client({ connectionString: tdb.adminUrl })
  await client.connect()
  try {
    await client.query(script)
  } finally {
    await client.end()
  }
}

/** What an intruder with full rights over the database can do: the triggers off, SQL, back on. */
export async function tamper(tdb: TestDatabase, script: string): Promise<void> {
  await asOwner(
    tdb,
    `ALTER TABLE audit_events DISABLE TRIGGER USER;
     ALTER TABLE audit_checkpoints DISABLE TRIGGER USER;
     ${script};
     ALTER TABLE audit_events ENABLE TRIGGER USER;
     ALTER TABLE audit_checkpoints ENABLE TRIGGER USER;`,
  )
}

class RolledBack extends Error {}

/**
 * Runs statements as the database owner with the audit triggers off, hands the same
 * transaction to `inspect`, then rolls everything back: one trail serves many tamper tests.
 */
export async function whileTampered<T>(
  tdb: TestDatabase,
  statements: string[],
  inspect: (trx: Kysely<DB>) => Promise<T>,
): Promise<T> {
  const owner = tdb.adminUrl ? openPostgres(tdb.adminUrl, 1) : undefined
  let result: { value: T } | undefined
  try {
    await (owner ?? tdb.database).db
      .transaction()
      .execute(async (trx) => {
        for (const stmt of [
          'ALTER TABLE audit_events DISABLE TRIGGER USER',
          'ALTER TABLE audit_checkpoints DISABLE TRIGGER USER',
          ...statements,
        ])
          await sql.raw(stmt).execute(trx)
        result = { value: await inspect(trx) }
        throw new RolledBack()
      })
      .catch((err: unknown) => {
        if (!(err instanceof RolledBack)) throw err
      })
  } finally {
    await owner?.close()
  }
  if (!result) throw new Error('inspect did not run')
  return result.value
}
