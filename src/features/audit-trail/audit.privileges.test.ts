import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import pg from 'pg'
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.js'
import { createSealer } from './audit.sealer.js'
import { addEvents, asOwner, newAuditSigner } from './test-support/fixtures.js'

let tdb: TestDatabase

before(async () => {
  tdb = await createTestDatabase()
  await addEvents(tdb.database.db, 2)
  await createSealer({ db: tdb.database.db, signer: newAuditSigner() }).sealOnce()
})
after(async () => tdb.close())

const REFUSED = /append-only|permission denied/

describe(`the checkpoints are append-only (${process.env.CTP_TEST_PG_TEMPLATE ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('refuses UPDATE, DELETE and TRUNCATE of checkpoints to the application', async () => {
    const db = tdb.database.db
    for (const stmt of [
      'UPDATE audit_checkpoints SET event_count = 1',
      'DELETE FROM audit_checkpoints',
      'TRUNCATE audit_checkpoints',
    ]) {
      await assert.rejects(sql.raw(stmt).execute(db), REFUSED, stmt)
    }
    const { rows } = await sql<{
      n: number
    }>`SELECT count(*)::int AS n FROM audit_checkpoints`.execute(db)
    assert.equal(rows[0]?.n, 1)
  })

  it('has the triggers in place on both audit tables (PGlite has only a superuser: they are its guard)', async () => {
    const { rows } = await sql<{ relname: string; tgname: string; tgenabled: string }>`
      SELECT c.relname, t.tgname, t.tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE c.relname IN ('audit_events', 'audit_checkpoints') AND NOT t.tgisinternal
      ORDER BY c.relname, t.tgname
    `.execute(tdb.database.db)
    assert.deepEqual(
      rows.map((r) => `${r.relname}.${r.tgname}:${r.tgenabled}`),
      [
        'audit_checkpoints.audit_checkpoints_append_only:O',
        'audit_checkpoints.audit_checkpoints_no_truncate:O',
        'audit_events.audit_events_append_only:O',
        'audit_events.audit_events_no_truncate:O',
      ],
    )
  })

  it('gives an event its transaction id before its seq value', async () => {
    const { rows } = await sql<{ dflt: string }>`
      SELECT pg_get_expr(d.adbin, d.adrelid) AS dflt FROM pg_attrdef d
      JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
      WHERE d.adrelid = 'audit_events'::regclass AND a.attname = 'seq'
    `.execute(tdb.database.db)
    assert.equal(rows[0]?.dflt, 'audit_events_next_seq()')
    await tdb.database.db.transaction().execute(async (trx) => {
      const before = await sql<{
        x: string | null
      }>`SELECT pg_current_xact_id_if_assigned()::text AS x`.execute(trx)
      assert.equal(before.rows[0]?.x, null)
      await sql`SELECT audit_events_next_seq()`.execute(trx)
      const afterDraw = await sql<{
        x: string | null
      }>`SELECT pg_current_xact_id_if_assigned()::text AS x`.execute(trx)
      assert.notEqual(afterDraw.rows[0]?.x, null)
    })
  })

  it('on PostgreSQL, denies the application role UPDATE, DELETE and TRUNCATE even without the triggers', async (t) => {
    if (!tdb.appUrl || !tdb.adminUrl) {
      t.diagnostic('PGlite has a single superuser and no roles; the triggers above are its guard')
      return
    }
    const app = new pg.Client({ connectionString: tdb.appUrl })
    await app.connect()
    try {
      const who = await app.query<{ super: boolean }>(
        'SELECT rolsuper AS super FROM pg_roles WHERE rolname = current_user',
      )
      assert.equal(who.rows[0]?.super, false, 'the test must run as the non-superuser role')
      await asOwner(
        tdb,
        'ALTER TABLE audit_events DISABLE TRIGGER USER; ALTER TABLE audit_checkpoints DISABLE TRIGGER USER',
      )
      for (const stmt of [
        'UPDATE audit_checkpoints SET event_count = 1',
        'DELETE FROM audit_checkpoints',
        'TRUNCATE audit_checkpoints',
        "UPDATE audit_events SET action = 'x'",
        'DELETE FROM audit_events',
        'TRUNCATE audit_events',
      ]) {
        await assert.rejects(app.query(stmt), /permission denied/, stmt)
      }
      // What the sealer needs it keeps: reading the sequence and adding checkpoints.
      await app.query('SELECT last_value FROM audit_events_seq_seq')
      const privileges = await app.query<{ insert: boolean }>(
        "SELECT has_table_privilege('audit_checkpoints', 'INSERT') AS insert",
      )
      assert.equal(privileges.rows[0]?.insert, true)
    } finally {
      await asOwner(
        tdb,
        'ALTER TABLE audit_events ENABLE TRIGGER USER; ALTER TABLE audit_checkpoints ENABLE TRIGGER USER',
      )
      await app.end()
    }
  })
})
