import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import pg from 'pg'
import { recordAudit } from '../../src/platform/audit.js'
import { openPglite } from '../../src/platform/db/database.js'
import { migrate, MigrationError, readMigrations } from '../../src/platform/db/migrate.js'
import { newId } from '../../src/platform/ids.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

let tdb: TestDatabase

before(async () => {
  tdb = await createTestDatabase()
})
after(async () => tdb.close())

describe(`migrations (${process.env.CTP_TEST_PG_TEMPLATE ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('has applied every migration, in order, once', async () => {
    const rows = await sql<{
      version: string
    }>`SELECT version FROM schema_migrations ORDER BY version`.execute(tdb.database.db)
    assert.deepEqual(
      rows.rows.map((r) => r.version),
      readMigrations().map((m) => m.version),
    )
  })

  it('runs again without applying anything (on PostgreSQL as the application role, without CREATE on the schema)', async () => {
    assert.deepEqual(await migrate(tdb.database), [])
  })

  it('refuses a migration that was edited after it was applied', async () => {
    const database = await openPglite(undefined)
    try {
      const migrations = readMigrations()
      await migrate(database, migrations)
      const edited = migrations.map((m, i) => (i === 0 ? { ...m, checksum: 'edited' } : m))
      await assert.rejects(migrate(database, edited), MigrationError)
    } finally {
      await database.close()
    }
  })
})

describe('the audit trail is append-only', () => {
  it('records an event in the given transaction', async () => {
    const id = await tdb.database.db.transaction().execute(async (trx) =>
      recordAudit(trx, {
        actorType: 'system',
        action: 'test.event',
        subjectType: 'person',
        subjectId: newId(),
        details: { reason: 'because', ip: '127.0.0.1' },
      }),
    )
    const row = await tdb.database.db
      .selectFrom('audit_events')
      .select(['action', 'seq'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    assert.equal(row.action, 'test.event')
    const details = await tdb.database.db
      .selectFrom('audit_event_details')
      .select('reason')
      .where('event_id', '=', id)
      .executeTakeFirstOrThrow()
    assert.equal(details.reason, 'because')
  })

  it('refuses UPDATE and DELETE through the trigger', async () => {
    const id = await recordAudit(tdb.database.db, { actorType: 'system', action: 'test.keep' })
    await assert.rejects(
      tdb.database.db
        .updateTable('audit_events')
        .set({ action: 'test.changed' })
        .where('id', '=', id)
        .execute(),
      /append-only|permission denied/,
    )
    await assert.rejects(
      tdb.database.db.deleteFrom('audit_events').where('id', '=', id).execute(),
      /append-only|permission denied/,
    )
    const row = await tdb.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    assert.equal(row.action, 'test.keep')
  })

  it('on PostgreSQL, denies the application role UPDATE, DELETE and TRUNCATE even without the trigger', async (t) => {
    if (!tdb.adminUrl || !tdb.appUrl) {
      t.diagnostic('PGlite has a single superuser; the trigger above is its guard')
      return
    }
    const adminClient = new pg.Client({ connectionString: tdb.adminUrl })
    await adminClient.connect()
    const appClient = new pg.Client({ connectionString: tdb.appUrl })
    await appClient.connect()
    try {
      const who = await appClient.query<{ super: boolean }>(
        'SELECT rolsuper AS super FROM pg_roles WHERE rolname = current_user',
      )
      assert.equal(who.rows[0]?.super, false)
      // Even with the triggers out of the way, the privileges stop the application role.
      await adminClient.query('ALTER TABLE audit_events DISABLE TRIGGER USER')
      for (const stmt of [
        "UPDATE audit_events SET action = 'x'",
        'DELETE FROM audit_events',
        'TRUNCATE audit_events',
      ]) {
        await assert.rejects(appClient.query(stmt), /permission denied/, stmt)
      }
    } finally {
      await adminClient.query('ALTER TABLE audit_events ENABLE TRIGGER USER')
      await appClient.end()
      await adminClient.end()
    }
  })
})

describe('data shapes', () => {
  it('keys a person by a keyed hash, unique', async () => {
    const hmac = Buffer.from('a'.repeat(32))
    const row = {
      national_id_hmac: hmac,
      national_id_hmac_key_id: 'h1',
      national_id_enc: Buffer.from('x'),
      national_id_enc_key_id: 'e1',
    }
    await tdb.database.db
      .insertInto('natural_persons')
      .values({ id: newId(), ...row })
      .execute()
    await assert.rejects(
      tdb.database.db
        .insertInto('natural_persons')
        .values({ id: newId(), ...row })
        .execute(),
      /unique|duplicate/i,
    )
  })

  it('refuses a juristic ID that is not 13 digits', async () => {
    await assert.rejects(
      tdb.database.db
        .insertInto('juristic_persons')
        .values({ id: newId(), juristic_id: '12345' })
        .execute(),
    )
  })

  it('stores journey events with their Bangkok business date, read back as the same calendar date', async () => {
    const journey = newId()
    await tdb.database.db
      .insertInto('journey_events')
      .values({
        id: newId(),
        journey_id: journey,
        journey_kind: 'person',
        event: 'started',
        step: null,
        channel: 'online',
        business_date: '2023-01-24',
      })
      .execute()
    const row = await tdb.database.db
      .selectFrom('journey_events')
      .select(['business_date'])
      .where('journey_id', '=', journey)
      .executeTakeFirstOrThrow()
    assert.equal(row.business_date, '2023-01-24')
  })
})
