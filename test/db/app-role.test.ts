// Issue 15, finding 4 (PostgreSQL only: PGlite has a single superuser and no roles). The
// application role starts without CREATE on the schema, keeps its grants on tables later
// migrations add (the audit trail's restrictions included), and with migrations pending stops
// with a message saying to run db:migrate.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it, type TestContext } from 'node:test'
import { sql } from 'kysely'
import pg from 'pg'
import { openPostgres, type Database } from '../../src/platform/db/database.js'
import {
  grantAppRole,
  migrate,
  MigrationsPendingError,
  readMigrations,
  type Migration,
} from '../../src/platform/db/migrate.js'
import { freePort } from '../../src/simulators/ekyc/ekyc-simulator.test-support.js'

const adminUrl = process.env.CTP_TEST_PG_ADMIN_URL
const suffix = randomBytes(5).toString('hex')
const dbName = `ctp_t_role_${suffix}`
const role = `ctp_t_app_${suffix}`

function urlFor(user: string | undefined): string {
  const u = new URL(adminUrl ?? 'postgres://localhost')
  u.pathname = `/${dbName}`
  if (user !== undefined) {
    u.username = user
    u.password = ''
  }
  return u.toString()
}

async function admin(text: string, url = adminUrl): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}

/** PostgreSQL only: on PGlite the test says why it has nothing to check. */
function onPostgres(t: TestContext): boolean {
  if (!adminUrl) t.diagnostic('PGlite has a single superuser and no roles: nothing to check')
  return adminUrl !== undefined
}

/** Opens the test database as `user` (the owner when undefined), runs fn, closes. */
async function withDb<T>(user: string | undefined, fn: (d: Database) => Promise<T>): Promise<T> {
  const database = openPostgres(urlFor(user), 2)
  try {
    return await fn(database)
  } finally {
    await database.close()
  }
}

const later = (version: string, text: string): Migration => ({
  version,
  name: `later_${version}`,
  sql: text,
  checksum: `test-${version}`,
})

/** Runs src/server.ts as `npm start` does, connected as the role; resolves on ready or exit. */
async function startAsRole(): Promise<{ code: number | null; ready: boolean; output: string }> {
  const port = String(await freePort())
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: port,
      IDP_SIMULATOR_PORT: String(await freePort()),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'ctp-role-')),
      DATABASE_URL: urlFor(role),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr.on('data', (d: Buffer) => (output += d.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  let ready = false
  const deadline = Date.now() + 60_000
  while (!ready && Date.now() < deadline && child.exitCode === null) {
    ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    )
    if (!ready) await new Promise((r) => setTimeout(r, 200))
  }
  child.kill(ready ? 'SIGTERM' : 'SIGKILL')
  return { code: await exited, ready, output }
}

before(async () => {
  if (!adminUrl) return
  await admin(`CREATE DATABASE ${dbName}`)
  // PostgreSQL 15's default, made explicit so that the test means the same on any version.
  await admin('REVOKE CREATE ON SCHEMA public FROM PUBLIC', urlFor(undefined))
})
after(async () => {
  if (!adminUrl) return
  await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)
  await admin(`DROP ROLE IF EXISTS ${role}`)
})

describe('the application role on PostgreSQL (PostgreSQL only)', () => {
  it('stops the start of a role that may not migrate an empty database, saying to run db:migrate', async (t) => {
    if (!onPostgres(t)) return
    await admin(`CREATE ROLE ${role} LOGIN`)
    t.after(() => admin(`DROP ROLE ${role}`))
    await assert.rejects(
      withDb(role, (d) => migrate(d)),
      (err: unknown) =>
        err instanceof MigrationsPendingError &&
        /has not been migrated .* run `npm run db:migrate` as the schema owner first/.test(
          err.message,
        ),
    )
    const r = await startAsRole()
    assert.equal(r.code, 1, r.output)
    assert.match(r.output, /cannot start: .*run `npm run db:migrate` as the schema owner first/)
    assert.doesNotMatch(r.output, /permission denied/)
  })

  it('migrates as the owner, creates the role, and the role starts without CREATE on the schema', async (t) => {
    if (!onPostgres(t)) return
    await withDb(undefined, async (d) => {
      assert.ok((await migrate(d)).length > 0)
      assert.equal(await grantAppRole(d, role), true, 'the role is created')
      assert.equal(await grantAppRole(d, role), false, 'and granted again idempotently')
    })
    await withDb(role, async (d) => {
      const rights = await sql<{ create: boolean }>`
        SELECT has_schema_privilege('public', 'CREATE') AS create`.execute(d.db)
      assert.equal(rights.rows[0]?.create, false)
      assert.deepEqual(await migrate(d), [], 'nothing pending: the start goes on')
    })
    const r = await startAsRole()
    assert.equal(r.ready, true, r.output)
    assert.equal(r.code, 0, r.output)
  })

  it('keeps the role’s grants on tables a later migration adds, and the audit trail append-only', async (t) => {
    if (!onPostgres(t)) return
    const migrations = [
      ...readMigrations(),
      later(
        '9001',
        'CREATE TABLE later_things (id bigserial PRIMARY KEY, v text); CREATE TABLE audit_later (id bigserial PRIMARY KEY, v text);',
      ),
    ]
    await withDb(undefined, async (d) => assert.deepEqual(await migrate(d, migrations), ['9001']))
    const client = new pg.Client({ connectionString: urlFor(role) })
    await client.connect()
    try {
      await client.query("INSERT INTO later_things (v) VALUES ('a')")
      await client.query("UPDATE later_things SET v = 'b'")
      assert.equal((await client.query('SELECT v FROM later_things')).rows[0]?.v, 'b')
      await client.query('DELETE FROM later_things')
      await client.query("INSERT INTO audit_later (v) VALUES ('kept')")
      for (const stmt of [
        "UPDATE audit_later SET v = 'x'",
        'DELETE FROM audit_later',
        'TRUNCATE audit_later',
        "UPDATE audit_events SET action = 'x'",
        'TRUNCATE audit_checkpoints',
        "INSERT INTO schema_migrations (version, name, checksum) VALUES ('x', 'x', 'x')",
      ]) {
        await assert.rejects(client.query(stmt), /permission denied/, stmt)
      }
    } finally {
      await client.end()
    }
    await withDb(role, async (d) => assert.deepEqual(await migrate(d, migrations), []))
    await assert.rejects(
      withDb(role, (d) => migrate(d, [...migrations, later('9002', 'SELECT 1;')])),
      /1 migration\(s\) are pending \(9002\) and the database role "ctp_t_app_\w+" may not apply them: run `npm run db:migrate`/,
    )
  })

  it('says to grant the role when it has no privileges, and never makes the owner the app role', async (t) => {
    if (!onPostgres(t)) return
    const stranger = `ctp_t_none_${suffix}`
    await admin(`CREATE ROLE ${stranger} LOGIN`)
    try {
      await assert.rejects(
        withDb(stranger, (d) => migrate(d)),
        new RegExp(`run \`npm run db:migrate -- --grant-to ${stranger}\``),
      )
    } finally {
      await admin(`DROP ROLE ${stranger}`)
    }
    const owner = new URL(adminUrl ?? '').username || 'postgres'
    await assert.rejects(
      withDb(undefined, (d) => grantAppRole(d, owner)),
      /cannot be the application role/,
    )
  })
})
