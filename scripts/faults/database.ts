// The faults run's databases: a fresh PostgreSQL database per scenario (created and dropped through
// the bench's helper), migrated once, seeded with verified drafts through the bench's seeder, and
// checked afterwards with plain SQL as the database owner.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { loadConfig } from '../../src/config.js'
import { openPostgres } from '../../src/platform/db/database.js'
import { migrate } from '../../src/platform/db/migrate.js'
import { createPiiCrypto } from '../../src/platform/pii-crypto.js'
import { createBenchDatabase, type BenchDatabase } from '../bench/postgres.js'
import { applicationIdFor, seedDrafts } from '../bench/seed.js'
import { messageIdFor } from '../../src/features/mail/index.js'

export interface FaultsDatabase extends BenchDatabase {
  /** DATA_DIR shared by every server of the scenario: the same secrets (sessions, keys). */
  dataDir: string
  query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<R[]>
  close(): Promise<void>
}

/** A fresh database, migrated, with `drafts` verified drafts seeded (numbers 0..drafts-1). */
export async function freshDatabase(drafts: number): Promise<FaultsDatabase> {
  const bench = await createBenchDatabase()
  const dataDir = mkdtempSync(join(tmpdir(), 'ctp-faults-'))
  try {
    const config = loadConfig({
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
      DATABASE_URL: bench.url,
    })
    const database = openPostgres(bench.url, 4)
    try {
      await migrate(database)
      const crypto = createPiiCrypto({
        encryption: config.secrets.encryption,
        hmac: config.secrets.hmac,
      })
      await seedDrafts(database.db, crypto, config.idp.issuer, 0, drafts)
    } finally {
      await database.close()
    }
  } catch (err) {
    await bench.drop()
    throw err
  }
  const pool = new pg.Pool({ connectionString: bench.url, max: 2 })
  pool.on('error', () => undefined)
  return {
    ...bench,
    dataDir,
    async query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
      return (await pool.query<R>(text, values)).rows
    },
    async close() {
      await pool.end()
      await bench.drop()
    },
  }
}

export { applicationIdFor }

const count = async (db: FaultsDatabase, text: string, values: unknown[] = []) =>
  Number((await db.query<{ n: string }>(text, values))[0]?.n ?? 0)

/**
 * Waits until every mail in the outbox is recorded as sent; returns how long that took. Fails when
 * nothing more is sent for `stallMs` (longer than a claim's lease), or after `limitMs` in all.
 */
export async function waitForOutbox(
  db: FaultsDatabase,
  opts: { stallMs: number; limitMs: number },
): Promise<number> {
  const t0 = performance.now()
  let best = Number.POSITIVE_INFINITY
  let progressAt = t0
  for (;;) {
    const pending = await count(db, 'SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL')
    if (pending === 0) return Math.round(performance.now() - t0)
    const now = performance.now()
    if (pending < best) {
      best = pending
      progressAt = now
    }
    if (now - progressAt > opts.stallMs || now - t0 > opts.limitMs)
      throw new Error(
        `${pending} mails still unsent after ${Math.round((now - t0) / 1000)} s (none sent for ${Math.round((now - progressAt) / 1000)} s)`,
      )
    await new Promise((r) => setTimeout(r, 250))
  }
}

/** One invariant: its name, whether it holds, and the figures behind it. */
export interface Check {
  name: string
  ok: boolean
  detail: string
}

/**
 * The registration invariants over the acknowledged drafts: each has exactly one decision and one
 * registration with its audit event and journey events; nothing is duplicated anywhere.
 */
export async function registrationChecks(db: FaultsDatabase, acked: number[]): Promise<Check[]> {
  const ids = acked.map(applicationIdFor)
  const checks: Check[] = []
  const registered = await count(
    db,
    'SELECT count(*) AS n FROM registrations WHERE application_id = ANY($1::uuid[])',
    [ids],
  )
  checks.push({
    name: 'every acknowledged registration exists',
    ok: registered === ids.length,
    detail: `${registered} of ${ids.length} acknowledged`,
  })
  const dupApps = await count(
    db,
    `SELECT count(*) AS n FROM (SELECT application_id FROM registrations
       GROUP BY application_id HAVING count(*) > 1) d`,
  )
  const dupPersons = await count(
    db,
    `SELECT count(*) AS n FROM (SELECT person_id FROM registrations
       GROUP BY person_id, kind HAVING count(*) > 1) d`,
  )
  const dupDecisions = await count(
    db,
    `SELECT count(*) AS n FROM (SELECT application_id FROM decisions
       GROUP BY application_id HAVING count(*) > 1) d`,
  )
  const total = await count(db, 'SELECT count(*) AS n FROM registrations')
  const decisions = await count(db, 'SELECT count(*) AS n FROM decisions')
  checks.push({
    name: 'no duplicates',
    ok: dupApps + dupPersons + dupDecisions === 0 && total === decisions,
    detail: `${total} registrations, ${decisions} decisions; duplicated: ${dupApps} by application, ${dupPersons} by person, ${dupDecisions} decisions`,
  })
  const withoutAudit = await count(
    db,
    `SELECT count(*) AS n FROM registrations r
      WHERE NOT EXISTS (SELECT 1 FROM audit_events a
        WHERE a.action = 'registration.decided' AND a.subject_type = 'application'
          AND a.subject_id = r.application_id::text AND a.data->>'registrationId' = r.id::text)`,
  )
  const auditDup = await count(
    db,
    `SELECT count(*) AS n FROM (SELECT subject_id FROM audit_events
       WHERE action = 'registration.decided' GROUP BY subject_id HAVING count(*) > 1) d`,
  )
  checks.push({
    name: 'no registration without its audit event',
    ok: withoutAudit === 0 && auditDup === 0,
    detail: `${withoutAudit} without 'registration.decided'; ${auditDup} decided twice`,
  })
  const withoutJourney = await count(
    db,
    `SELECT count(*) AS n FROM registrations r
      WHERE (SELECT count(*) FROM journey_events j
        WHERE j.journey_id = r.application_id AND j.event IN ('submitted', 'decision')) <> 2`,
  )
  checks.push({
    name: 'journey events with every registration',
    ok: withoutJourney === 0,
    detail: `${withoutJourney} registrations without exactly one submitted and one decision event`,
  })
  const stillDraft = await count(
    db,
    `SELECT count(*) AS n FROM applications WHERE id = ANY($1::uuid[]) AND status <> 'approved'`,
    [ids],
  )
  checks.push({
    name: 'acknowledged applications are decided',
    ok: stillDraft === 0,
    detail: `${stillDraft} acknowledged but not approved`,
  })
  return checks
}

/** The Message-ID header of a received message. */
export function messageIdOf(data: string): string | undefined {
  return /^Message-ID:\s*(<[^>\r\n]+>)/im.exec(data)?.[1]
}

/**
 * Mail invariants: one outbox row per decision, each sent, and among the messages the SMTP sinks
 * received exactly one distinct Message-ID per outbox row (a row sent twice after a crash repeats
 * its own Message-ID) and no other.
 */
export async function mailChecks(
  db: FaultsDatabase,
  receivedIds: string[],
): Promise<{ checks: Check[]; repeats: number; rows: number }> {
  const rows = await db.query<{ id: string; to: string; sent: boolean }>(
    `SELECT id::text AS id, payload->>'to' AS to, sent_at IS NOT NULL AS sent FROM outbox
      WHERE topic = 'mail'`,
  )
  const decisions = await count(db, 'SELECT count(*) AS n FROM decisions')
  const recipients = new Set(rows.map((r) => r.to))
  const checks: Check[] = [
    {
      name: 'one confirmation e-mail per decision',
      ok: rows.length === decisions && recipients.size === rows.length,
      detail: `${rows.length} outbox rows, ${recipients.size} recipients, ${decisions} decisions`,
    },
  ]
  const expected = new Set(rows.map((r) => messageIdFor(r.id)))
  const distinct = new Set(receivedIds)
  const missing = [...expected].filter((id) => !distinct.has(id)).length
  const foreign = [...distinct].filter((id) => !expected.has(id)).length
  checks.push({
    name: 'every e-mail delivered, one stable Message-ID per outbox row',
    ok: missing === 0 && foreign === 0 && distinct.size === rows.length,
    detail: `${receivedIds.length} messages received, ${distinct.size} distinct Message-IDs for ${rows.length} rows; ${missing} missing, ${foreign} unknown`,
  })
  return { checks, repeats: receivedIds.length - distinct.size, rows: rows.length }
}
