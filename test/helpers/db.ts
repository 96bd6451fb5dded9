import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import pg from 'pg'
import { openPglite, openPostgres, type Database } from '../../src/platform/db/database.js'

export const APP_ROLE = 'ctp_test_app'

export interface TestDatabase {
  database: Database
  /** The URL the application role uses (PostgreSQL only). */
  appUrl?: string
  /** An admin URL for the same database (PostgreSQL only): for checks a superuser must make. */
  adminUrl?: string
  close(): Promise<void>
}

function withDatabase(url: string, name: string, user?: string): string {
  const u = new URL(url)
  u.pathname = `/${name}`
  if (user) {
    u.username = user
    u.password = ''
  }
  return u.toString()
}

async function admin(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}

/**
 * A fresh, migrated database for one test file: a copy of the run's template, on PostgreSQL
 * when the run has DATABASE_URL (connected as the non-superuser application role), else PGlite.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.CTP_TEST_PG_ADMIN_URL
  const template = process.env.CTP_TEST_PG_TEMPLATE
  if (adminUrl && template) {
    const name = `ctp_t_${randomBytes(6).toString('hex')}`
    for (let attempt = 0; ; attempt++) {
      try {
        await admin(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`)
        break
      } catch (err) {
        // Two files copying the template at the same instant: try again shortly.
        if (attempt >= 20 || !/being accessed by other users/.test(String(err))) throw err
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200))
      }
    }
    const appUrl = withDatabase(adminUrl, name, APP_ROLE)
    const database = openPostgres(appUrl, 4)
    return {
      database,
      appUrl,
      adminUrl: withDatabase(adminUrl, name),
      async close() {
        await database.close()
        await admin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      },
    }
  }
  const file = process.env.CTP_TEST_PGLITE_TEMPLATE
  if (!file)
    throw new Error(
      'run the tests through npm test (scripts/run-tests.mjs), which prepares the database template',
    )
  const database = await openPglite(undefined, new Blob([readFileSync(file)]))
  return { database, close: () => database.close() }
}
