// Prepares the database template for one test run and prints the environment that points the
// test files at it (last line of stdout, JSON). With --cleanup, drops what the run created.
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import pg from 'pg'
import { openPglite, openPostgres } from '../../src/platform/db/database.js'
import { grantAppRole, migrate, readMigrations } from '../../src/platform/db/migrate.js'

export const APP_ROLE = 'ctp_test_app'
const CACHE_DIR = join(process.cwd(), '.cache')

function withDatabase(url: string, name: string): string {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}

async function preparePostgres(url: string): Promise<Record<string, string>> {
  const template = `ctp_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`
  await adminQuery(url, `CREATE DATABASE ${template}`)
  await adminQuery(
    url,
    `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE; END IF; END $$`,
  )
  const database = openPostgres(withDatabase(url, template), 2)
  try {
    await migrate(database)
    await grantAppRole(database, APP_ROLE)
  } finally {
    await database.close()
  }
  return { CTP_TEST_PG_TEMPLATE: template, CTP_TEST_PG_ADMIN_URL: url }
}

async function preparePglite(): Promise<Record<string, string>> {
  const checksum = createHash('sha256')
    .update(
      readMigrations()
        .map((m) => m.checksum)
        .join(','),
    )
    .digest('hex')
    .slice(0, 16)
  const file = join(CACHE_DIR, `pglite-template-${checksum}.tar.gz`)
  if (!existsSync(file)) {
    mkdirSync(CACHE_DIR, { recursive: true })
    const database = await openPglite(undefined)
    await migrate(database)
    const dump = await database.dump()
    const tmp = `${file}.${process.pid}.tmp`
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()))
    renameSync(tmp, file)
    await database.close()
  }
  return { CTP_TEST_PGLITE_TEMPLATE: file }
}

async function cleanup(): Promise<void> {
  const url = process.env.CTP_TEST_PG_ADMIN_URL
  const template = process.env.CTP_TEST_PG_TEMPLATE
  if (url && template) await adminQuery(url, `DROP DATABASE IF EXISTS ${template}`)
}

if (process.argv.includes('--cleanup')) {
  await cleanup()
} else {
  const url = process.env.DATABASE_URL
  const env = url ? await preparePostgres(url) : await preparePglite()
  process.stdout.write(`${JSON.stringify(env)}\n`)
}
