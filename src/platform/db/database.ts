import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { Kysely, PostgresDialect } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import pg from 'pg'
import { DataDirectoryError, lockDataDir } from './data-dir-lock.js'
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

export { DataDirectoryError, DataDirectoryInUseError } from './data-dir-lock.js'

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

const warnOnStderr = (message: string) => void process.stderr.write(`${message}\n`)

/**
 * Opens PGlite in dataDir/pgdata (in memory when undefined), or from a dumped data directory.
 * A data directory is locked for as long as it is open: a second process (a CLI beside the
 * running portal) gets DataDirectoryInUseError and touches nothing.
 */
export async function openPglite(
  dataDir: string | undefined,
  loadDataDir?: Blob,
  warn: (message: string) => void = warnOnStderr,
): Promise<PgliteDatabase> {
  let dir: string | undefined
  let lock: { release(): void } | undefined
  let pglite: PGlite
  try {
    if (dataDir !== undefined) {
      mkdirSync(dataDir, { recursive: true })
      lock = lockDataDir(dataDir, warn)
      dir = join(dataDir, 'pgdata')
      checkPgliteDataDir(dir)
    }
    pglite = await PGlite.create({
      ...(dir !== undefined ? { dataDir: dir } : {}),
      ...(loadDataDir !== undefined ? { loadDataDir } : {}),
      extensions: { pg_trgm },
      parsers: { [DATE_OID]: keepDateText, [BYTEA_OID]: byteaToBuffer },
    })
  } catch (err) {
    lock?.release()
    throw err
  }
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
      try {
        await db.destroy()
        if (!pglite.closed) await pglite.close()
      } finally {
        lock?.release()
        lock = undefined
      }
    },
    async dump() {
      return (await pglite.dumpDataDir('gzip')) as Blob
    },
  }
}

const QUERY_DEADLINE = Symbol('queryDeadline')
type DeadlineClient = pg.PoolClient & {
  [QUERY_DEADLINE]?: typeof pg.Client.prototype.query
  connection?: { stream?: { destroy(err?: Error): void } }
}

/**
 * A query that has had no answer after `ms` ends its connection: the query fails (the request
 * gets the 503 page) and the pool replaces the connection. Without this, a silent network
 * partition (packets dropped, no reset) keeps a request that already holds a connection
 * waiting for TCP as long as the outage lasts. `pg`'s own `query_timeout` answers the caller
 * but leaves the query on the connection, so the next request to borrow it would wait instead.
 * Cursors (which return no promise) and scripts run through `execScript` have no deadline.
 */
function addQueryDeadline(client: DeadlineClient, ms: number): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown
  client[QUERY_DEADLINE] = query as typeof pg.Client.prototype.query
  client.query = ((...args: unknown[]) => {
    const answer = query(...args)
    if (!(answer instanceof Promise)) return answer
    const timer = setTimeout(() => {
      // ETIMEDOUT: the error handler's "database unavailable" (503), like a TCP timeout.
      const err = Object.assign(new Error(`no answer from the database in ${ms} ms`), {
        code: 'ETIMEDOUT',
      })
      client.connection?.stream?.destroy(err)
    }, ms)
    return answer.finally(() => clearTimeout(timer))
  }) as typeof client.query
}

/**
 * The same statement text gets the same name, so that each connection parses it once and
 * PostgreSQL may keep its plan (a prepared statement) instead of parsing and planning it on
 * every request (ADR 16). Only texts up to MAX_NAMED_LENGTH characters, and at most MAX_NAMED
 * of them: the batched submit's statement runs to tens of kilobytes and changes with the
 * batch, and every name is kept by the process and by each connection until it closes. Texts
 * with a `*` are never named, so that a column added by a migration cannot meet a statement
 * prepared for the old columns ("cached plan must not change result type").
 */
const MAX_NAMED = 1000
const MAX_NAMED_LENGTH = 4096
const statementNames = new Map<string, string>()

function statementName(text: string): string | undefined {
  // The length first: a long text is never named, and hashing it for the lookup would cost.
  if (text.length > MAX_NAMED_LENGTH) return undefined
  let name = statementNames.get(text)
  if (name === undefined && statementNames.size < MAX_NAMED && !text.includes('*')) {
    name = `ctp_${statementNames.size + 1}`
    statementNames.set(text, name)
  }
  return name
}

function nameStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown
  client.query = ((...args: unknown[]) => {
    const [text, values] = args
    if (typeof text === 'string' && Array.isArray(values) && args.length === 2) {
      const name = statementName(text)
      if (name !== undefined) return query({ name, text, values })
    }
    return query(...args)
  }) as typeof client.query
}

/**
 * Connects to PostgreSQL through a pool of the given size. `queryDeadlineMs` (0: none) bounds
 * how long one query may go unanswered before its connection is dropped.
 */
export function openPostgres(url: string, poolSize: number, queryDeadlineMs = 0): Database {
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
  pool.on('connect', (client) => {
    client.on('error', () => undefined)
    nameStatements(client)
    if (queryDeadlineMs > 0) addQueryDeadline(client, queryDeadlineMs)
  })
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) })
  return {
    engine: 'postgres',
    db,
    async execScript(script) {
      const client: DeadlineClient = await pool.connect()
      // Migrations may legitimately take long: no deadline.
      const query = client[QUERY_DEADLINE] ?? client.query.bind(client)
      try {
        await query(script)
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
  /** PostgreSQL only: see openPostgres. */
  queryDeadlineMs?: number
  /** PGlite only: where to say that a stale lock was taken over (default: stderr). */
  warn?: (message: string) => void
}): Promise<Database> {
  return opts.databaseUrl !== undefined
    ? openPostgres(opts.databaseUrl, opts.poolSize, opts.queryDeadlineMs ?? 0)
    : openPglite(opts.dataDir, undefined, opts.warn)
}
