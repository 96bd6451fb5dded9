// A fresh PostgreSQL database per bench run, dropped at the end.
import { randomBytes } from 'node:crypto'
import pg from 'pg'

export const ADMIN_URL =
  process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

function urlFor(name: string): string {
  const u = new URL(ADMIN_URL)
  u.pathname = `/${name}`
  return u.toString()
}

export interface BenchDatabase {
  name: string
  url: string
  drop(): Promise<void>
}

/** Creates ctp_bench_<random>; drop() removes it (forcing out any connection left). */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `ctp_bench_${randomBytes(5).toString('hex')}`
  await withClient(ADMIN_URL, (c) => c.query(`CREATE DATABASE ${name}`))
  return {
    name,
    url: urlFor(name),
    drop: async () => {
      await withClient(ADMIN_URL, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))
    },
  }
}

/** The server's version and the settings that matter for commit-heavy load. */
export async function postgresInfo(): Promise<{
  version: string
  settings: Record<string, string>
}> {
  return withClient(ADMIN_URL, async (c) => {
    const version =
      (await c.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]?.v ??
      '?'
    const names = ['max_connections', 'shared_buffers', 'synchronous_commit', 'fsync', 'wal_level']
    const rows = await c.query<{ name: string; setting: string; unit: string | null }>(
      'SELECT name, setting, unit FROM pg_settings WHERE name = ANY($1)',
      [names],
    )
    const settings = Object.fromEntries(
      rows.rows.map((r) => [r.name, r.unit ? `${r.setting} × ${r.unit}` : r.setting]),
    )
    return { version, settings }
  })
}
