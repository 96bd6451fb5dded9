// npm run bench [-- --quick]: load benchmarks of the portal on this machine. The server and the
// load generator (autocannon) each run in their own process; every scenario is measured beside its
// baseline on the same server. Writes bench-results.json at the repository root.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  postJson,
  setNoisePolicy,
  type Ledger,
  type RunContext,
  type ScenarioRow,
} from './bench/client.js'
import { describeMachine } from './bench/machine.js'
import { parseOptions, type Part } from './bench/options.js'
import { createBenchDatabase, postgresInfo } from './bench/postgres.js'
import { mixedScenario } from './bench/mixed-scenario.js'
import { killChildren, runCli, startBenchServer, type BenchServer } from './bench/processes.js'
import type { ProfileSummary } from './bench/profile.js'
import { profileReads, statusScenario, verifyScenario } from './bench/read-scenarios.js'
import { markdownTable, profileText, startupText, targetOf } from './bench/report.js'
import { searchScenario } from './bench/search-scenario.js'
import { statisticsScenario } from './bench/statistics-scenario.js'
import { checkScenario } from './bench/check-scenario.js'
import { activityScenario, sweepScenario } from './bench/lifecycle-scenario.js'
import { measureStartup, startCommand, type StartupResult } from './bench/startup.js'
import {
  checkDecisions,
  ensureSubmitted,
  noAuditScenario,
  profileSubmit,
  submitScenario,
} from './bench/submit-scenario.js'

const ROOT = new URL('../', import.meta.url).pathname
const ORDER = [
  'submit-postgres',
  'submit-postgres-64',
  'submit-no-audit',
  'submit-pglite',
  'verify',
  'status',
  'search-1m',
  'statistics-1m',
  'survey-results-year',
  'registration-check',
  'registration-check-100',
  'activity-api-1000',
  'inactivity-sweep',
  'mixed',
]
const opts = parseOptions(process.argv.slice(2))
const tmp = mkdtempSync(join(tmpdir(), 'ctp-bench-'))
const log = (m: string) => process.stdout.write(`${m}\n`)
const ctx: RunContext = { opts, log }
const cleanups: (() => Promise<void>)[] = []
const has = (p: Part) => opts.parts.has(p)

let cleaning: Promise<void> | undefined

/** Stops every child and drops the database, once however many times it is called. */
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    killChildren()
    for (const fn of cleanups.splice(0).reverse())
      await fn().catch((e: unknown) => log(`cleanup: ${String(e)}`))
    rmSync(tmp, { recursive: true, force: true })
  })()
  return cleaning
}

let aborted = false

function abort(reason: string, code: number): void {
  // The first reason is the one that counts; what fails after it is a consequence.
  if (aborted) return
  aborted = true
  log(`\nbench stopped: ${reason}`)
  void cleanup().finally(() => process.exit(code))
}

async function withServer<T>(
  env: Record<string, string>,
  fn: (s: BenchServer) => Promise<T>,
): Promise<T> {
  const server = await startBenchServer(
    { NODE_ENV: 'development', LOG_LEVEL: opts.logLevel, ...env },
    tmp,
  )
  cleanups.push(() => server.stop())
  try {
    return await fn(server)
  } finally {
    await server.stop()
  }
}

async function postgresPart(
  rows: ScenarioRow[],
  profiles: { connections: number; profile: ProfileSummary }[],
) {
  const wanted: Part[] = [
    'submit-postgres',
    'submit-postgres-64',
    'submit-no-audit',
    'profile',
    'verify',
    'status',
    'mixed',
  ]
  if (!wanted.some(has)) return
  const db = await createBenchDatabase()
  cleanups.push(() => db.drop())
  log(`\nPostgreSQL database ${db.name}, DATABASE_POOL_SIZE=${opts.poolSize}`)
  const env = {
    DATABASE_URL: db.url,
    DATABASE_POOL_SIZE: String(opts.poolSize),
    DATA_DIR: join(tmp, 'pg-secrets'),
  }
  const ledger: Ledger = { approved: 0, cutOff: 0, approvedDrafts: [], submitRps: 0 }
  await withServer(env, async (server) => {
    for (const [name, connections] of [
      ['submit-postgres', 16],
      ['submit-postgres-64', 64],
    ] as const) {
      if (!has(name)) continue
      log(`${name} (${connections} connections)`)
      rows.push(await submitScenario(ctx, server, name, connections, ledger))
    }
    if (has('submit-no-audit')) {
      log(
        'submit-no-audit (16 connections: the submit with and without its audit insert, alternating)',
      )
      rows.push(await noAuditScenario(ctx, server, ledger))
    }
    if (has('verify') || has('status') || has('mixed')) await ensureSubmitted(server, ledger)
    if (has('verify')) {
      log('verify (16 connections)')
      rows.push(await verifyScenario(ctx, server))
    }
    if (has('status')) {
      log('status (16 connections)')
      rows.push(await statusScenario(ctx, server, ledger))
    }
    if (has('mixed')) {
      log('mixed (16 connections: 80 % page reads, 15 % journey steps, 5 % submits)')
      rows.push(await mixedScenario(ctx, server, ledger))
    }
    if (has('profile')) {
      log('profile of the submit (every statement timed)')
      profiles.push(...(await profileSubmit(ctx, server, ledger)))
      if (has('verify') || has('status')) {
        log('CPU profiles of the read pages')
        await profileReads(ctx, server, ledger)
      }
    }
    await checkDecisions(ctx, server, ledger)
  })
}

async function pglitePart(rows: ScenarioRow[]) {
  if (!has('submit-pglite')) return
  const dataDir = join(tmp, 'pglite')
  mkdirSync(dataDir)
  log('\nsubmit-pglite (16 connections, embedded PGlite in a temporary DATA_DIR)')
  const ledger: Ledger = { approved: 0, cutOff: 0, approvedDrafts: [], submitRps: 0 }
  await withServer({ DATA_DIR: dataDir }, async (server) => {
    rows.push(await submitScenario(ctx, server, 'submit-pglite', 16, ledger))
    await checkDecisions(ctx, server, ledger)
  })
}

/** search-1m: its own database, loaded with synthetic registrants by the bench's CLI. */
async function searchPart(rows: ScenarioRow[]) {
  if (!has('search-1m')) return
  const db = await createBenchDatabase()
  cleanups.push(() => db.drop())
  const n = opts.registrants
  log(`\nsearch-1m: PostgreSQL database ${db.name}, ${n.toLocaleString('en')} registrants`)
  const env = {
    DATABASE_URL: db.url,
    DATABASE_POOL_SIZE: String(opts.poolSize),
    DATA_DIR: join(tmp, 'search-secrets'),
  }
  await withServer(env, async (server) => {
    // The CLI reads the keys the server generated in DATA_DIR, so the HMACs match.
    const started = Date.now()
    await runCli(
      'scripts/bench/seed-registrants.ts',
      [`--count=${n}`],
      { NODE_ENV: 'development', LOG_LEVEL: 'warn', ...env },
      (line) => log(`  ${line.trim()}`),
      opts.quick ? 90_000 : 1_500_000,
    )
    log(`  loaded in ${Math.round((Date.now() - started) / 1000)} s`)
    rows.push(await searchScenario(ctx, server, n, ROOT))
  })
}

/** statistics-1m: its own database, loaded with the statistics' volumes in SQL by the CLI. */
async function statisticsPart(rows: ScenarioRow[]) {
  if (!has('statistics-1m')) return
  const db = await createBenchDatabase()
  cleanups.push(() => db.drop())
  const n = opts.registrants
  log(`\nstatistics-1m: PostgreSQL database ${db.name}, ${n.toLocaleString('en')} registrations`)
  const env = {
    DATABASE_URL: db.url,
    DATABASE_POOL_SIZE: String(opts.poolSize),
    DATA_DIR: join(tmp, 'statistics-secrets'),
  }
  await withServer(env, async (server) => {
    const started = Date.now()
    await runCli(
      'scripts/bench/seed-statistics.ts',
      [`--registrations=${n}`],
      { NODE_ENV: 'development', LOG_LEVEL: 'warn', ...env },
      (line) => log(`  ${line.trim()}`),
      opts.quick ? 120_000 : 1_500_000,
    )
    log(`  loaded in ${Math.round((Date.now() - started) / 1000)} s`)
    rows.push(...(await statisticsScenario(ctx, server)))
  })
}

/** registration-check: its own database with a few thousand companies and persons. */
async function checkPart(rows: ScenarioRow[]) {
  if (!has('registration-check')) return
  const db = await createBenchDatabase()
  cleanups.push(() => db.drop())
  log(`\nregistration-check: PostgreSQL database ${db.name}`)
  const env = {
    DATABASE_URL: db.url,
    DATABASE_POOL_SIZE: String(opts.poolSize),
    DATA_DIR: join(tmp, 'check-secrets'),
  }
  await withServer(env, async (server) => rows.push(...(await checkScenario(ctx, server))))
}

/** activity-api and inactivity-sweep: one database with a million registrations of all ages. */
async function lifecyclePart(rows: ScenarioRow[]) {
  if (!has('activity-api') && !has('inactivity-sweep')) return
  const db = await createBenchDatabase()
  cleanups.push(() => db.drop())
  const n = opts.registrants
  const real = opts.quick ? 2_000 : 20_000
  log(`\nlifecycle: PostgreSQL database ${db.name}, ${n.toLocaleString('en')} registrations`)
  const env = {
    DATABASE_URL: db.url,
    DATABASE_POOL_SIZE: String(opts.poolSize),
    DATA_DIR: join(tmp, 'lifecycle-secrets'),
  }
  await withServer(env, async (server) => {
    const started = Date.now()
    const counts = await postJson(server, `/bench/lifecycle-seed/${n}/${real}`)
    log(`  seeded ${JSON.stringify(counts)} in ${Math.round((Date.now() - started) / 1000)} s`)
    if (has('activity-api')) rows.push(await activityScenario(ctx, server, real))
    if (has('inactivity-sweep')) rows.push(await sweepScenario(ctx, server))
  })
}

async function main(): Promise<void> {
  const deadline = setTimeout(
    () => abort(`over the ${opts.deadlineS} s limit`, 2),
    opts.deadlineS * 1000,
  )
  deadline.unref()
  process.on('SIGINT', () => abort('interrupted', 130))
  process.on('SIGTERM', () => abort('terminated', 143))
  setNoisePolicy({ quietWaitS: opts.quietWaitS, repeats: opts.repeats })
  const pg = await postgresInfo()
  const machine = describeMachine(pg.version, opts.poolSize)
  log(
    `bench${opts.quick ? ' (quick)' : ''}: ${opts.measureS} s per measurement after ${opts.warmupS} s of warm-up`,
  )
  log(`machine: ${JSON.stringify(machine)}\npostgres settings: ${JSON.stringify(pg.settings)}`)
  let startup: StartupResult | undefined
  if (has('startup')) {
    log(`\nstart-up time of \`${startCommand()}\` (${opts.startupRuns} run(s) each)`)
    startup = await measureStartup(opts.startupRuns, tmp, log)
  }
  const rows: ScenarioRow[] = []
  const profiles: { connections: number; profile: ProfileSummary }[] = []
  // The search first: it loads a million registrants, the longest part.
  await searchPart(rows)
  await statisticsPart(rows)
  await checkPart(rows)
  await lifecyclePart(rows)
  await postgresPart(rows, profiles)
  await pglitePart(rows)
  rows.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name))
  // A partial run (--only) must not replace the results of a whole one.
  const out = opts.partial ? '.cache/bench-results-partial.json' : 'bench-results.json'
  mkdirSync(join(ROOT, '.cache'), { recursive: true })
  writeFileSync(join(ROOT, out), `${JSON.stringify({ machine, scenarios: rows }, null, 2)}\n`)
  log(`\nresults (${out}), DATABASE_POOL_SIZE=${opts.poolSize}\n\n${markdownTable(rows)}`)
  if (profiles.length > 0) log(`submit profile\n${profileText(profiles)}\n`)
  if (startup) log(`start-up\n${startupText(startup)}\n`)
  const missed = rows.filter((r) => targetOf(r).met === false).map((r) => r.name)
  log(missed.length > 0 ? `targets missed: ${missed.join(', ')}` : 'every target met')
  clearTimeout(deadline)
  await cleanup()
}

main().catch((err: unknown) =>
  abort(err instanceof Error ? (err.stack ?? err.message) : String(err), 1),
)
