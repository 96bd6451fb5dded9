import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { Kysely, PostgresDialect } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import pg from 'pg'
import type { DB } from './schema.js'

export type Engine = 'pglite' | 'postgres'

/** The database handle the rest of the application receives. */
export interface Database {
  engine: Engine
  db: Kysely<DB>
  /** Runs a parameterless multi-statement SQL script on one connection. */
  execScript(script: string): Promise<void>
  close(): Promise<void>
}

/** The PostgreSQL major version the pinned PGlite embeds. */
const PGLITE_PG_MAJOR = '17'

// Business dates are calendar dates, not instants: both engines hand them over as YYYY-MM-DD
// text, never as a Date at local midnight (which shifts with the process time zone).
const DATE_OID = 1082
const keepDateText = (value: string) => value
// bytea as a Node Buffer on both engines (PGlite would give a bare Uint8Array).
const BYTEA_OID = 17
const byteaToBuffer = (value: string) => Buffer.from(value.slice(2), 'hex')
const pgliteVersion: string = readPgliteVersion()

function readPgliteVersion(): string {
  // The package does not export its package.json; find it beside its resolved entry point.
  let dir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'))
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir)
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string })
    .version
}

/** Raised when the embedded data directory was made by another PGlite build. */
export class DataDirectoryError extends Error {
  override name = 'DataDirectoryError'
}

function checkPgliteDataDir(dir: string): void {
  const versionFile = join(dir, 'PG_VERSION')
  const marker = join(dir, '..', 'pglite-version')
  if (existsSync(versionFile)) {
    const major = readFileSync(versionFile, 'utf8').trim()
    if (major !== PGLITE_PG_MAJOR) {
      throw new DataDirectoryError(
        `The embedded database in ${dir} was made by PostgreSQL ${major}, but this build of the portal embeds PostgreSQL ${PGLITE_PG_MAJOR} (PGlite ${pgliteVersion}). ` +
          'Start with an empty DATA_DIR, or export the data with the PGlite version that made it.',
      )
    }
    if (existsSync(marker)) {
      const made = readFileSync(marker, 'utf8').trim()
      const [a, b] = [
        made.split('.').slice(0, 2).join('.'),
        pgliteVersion.split('.').slice(0, 2).join('.'),
      ]
      if (a !== b) {
        throw new DataDirectoryError(
          `The embedded database in ${dir} was made by PGlite ${made}; this build uses PGlite ${pgliteVersion}, which cannot open it. Start with an empty DATA_DIR.`,
        )
      }
    }
  }
}

/** The embedded database, which can also dump its data directory (test templates). */
export interface PgliteDatabase extends Database {
  dump(): Promise<Blob>
}

/** Opens PGlite in dataDir/pgdata (in memory when undefined), or from a dumped data directory. */
export async function openPglite(
  dataDir: string | undefined,
  loadDataDir?: Blob,
): Promise<PgliteDatabase> {
  let dir: string | undefined
  if (dataDir !== undefined) {
    mkdirSync(dataDir, { recursive: true })
    dir = join(dataDir, 'pgdata')
    checkPgliteDataDir(dir)
  }
  const pglite = await PGlite.create({
    ...(dir !== undefined ? { dataDir: dir } : {}),
    ...(loadDataDir !== undefined ? { loadDataDir } : {}),
    extensions: { pg_trgm },
    parsers: { [DATE_OID]: keepDateText, [BYTEA_OID]: byteaToBuffer },
  })
  if (dataDir !== undefined) writeFileSync(join(dataDir, 'pglite-version'), pgliteVersion)
  await pglite.exec("SET TIME ZONE 'UTC'")
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) })
  return {
    engine: 'pglite',
    db,
    async execScript(script) {
      await pglite.exec(script)
    },
    async close() {
      await db.destroy()
      if (!pglite.closed) await pglite.close()
    },
    async dump() {
      return (await pglite.dumpDataDir('gzip')) as Blob
    },
  }
}

/** Connects to PostgreSQL through a pool of the given size. */
export function openPostgres(url: string, poolSize: number): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30000,
    options: '-c TimeZone=UTC',
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === DATE_OID
          ? keepDateText
          : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  })
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined)
  // Nor one in use: pg emits the socket error on the checked-out client (nobody else listens
  // there, so the process would die of an unhandled 'error' event). The query in flight fails
  // with the same error, which the error handler turns into a 503, and on release the pool
  // drops the broken client.
  pool.on('connect', (client) => client.on('error', () => undefined))
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) })
  return {
    engine: 'postgres',
    db,
    async execScript(script) {
      const client = await pool.connect()
      try {
        await client.query(script)
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw err
      } finally {
        client.release()
      }
    },
    async close() {
      await db.destroy()
    },
  }
}

/** Opens the configured database: PostgreSQL when a URL is given, else embedded PGlite. */
export async function openDatabase(opts: {
  databaseUrl: string | undefined
  dataDir: string
  poolSize: number
}): Promise<Database> {
  return opts.databaseUrl !== undefined
    ? openPostgres(opts.databaseUrl, opts.poolSize)
    : openPglite(opts.dataDir)
}
