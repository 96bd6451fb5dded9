// npm run test:faults: fault-injection tests of the portal on the machine's PostgreSQL.
//   crash      kill -9 of a server under 5,000 final submits, restarts, client retries
//   outage     the database cut through a TCP proxy mid-load, then restored
//   instances  two servers on one database: outbox, sessions, double submits
//   idp        slow and failing identity provider (node:test route test)
// Every scenario gets a fresh database, dropped afterwards. Exits 1 when an invariant fails.
// Options: --only=crash,outage  --drafts=5000  --kills=3  --seed=N (kill moments)
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { killChildren } from '../bench/processes.js'
import { crashTest } from './crash.js'
import type { Check } from './database.js'
import { instancesTest } from './instances.js'
import { outageTest } from './outage.js'
import { idpTest } from './idp.js'

const DEADLINE_MS = 14 * 60_000
const log = (m: string) => process.stdout.write(`${m}\n`)

function option(name: string, fallback: string): string {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`))
  return arg
    ? arg.slice(name.length + 3)
    : (process.env[`FAULTS_${name.toUpperCase()}`] ?? fallback)
}

const only = new Set(option('only', 'crash,outage,instances,idp').split(','))
const drafts = Number(option('drafts', '5000'))
const kills = Number(option('kills', '3'))
const seed = Number(option('seed', String(Date.now() % 1_000_000)))
const logDir = mkdtempSync(join(tmpdir(), 'ctp-faults-logs-'))
const results: { scenario: string; checks: Check[]; figures: Record<string, unknown> }[] = []

function report(scenario: string, checks: Check[], figures: Record<string, unknown>): void {
  results.push({ scenario, checks, figures })
  for (const c of checks) log(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`)
  log(`  figures: ${JSON.stringify(figures)}`)
}

async function timed<T>(name: string, fn: () => Promise<T>): Promise<T> {
  log(`\n== ${name}`)
  const t0 = performance.now()
  try {
    return await fn()
  } finally {
    log(`== ${name}: ${Math.round((performance.now() - t0) / 1000)} s`)
  }
}

async function main(): Promise<void> {
  const deadline = setTimeout(() => {
    log(`\ntest:faults stopped: over ${DEADLINE_MS / 60_000} minutes`)
    killChildren()
    process.exit(2)
  }, DEADLINE_MS)
  deadline.unref()
  log(`faults run: seed ${seed}, logs in ${logDir}`)
  const t0 = performance.now()
  // The crash test's outbox drains (up to a two-minute lease after the last kill) while the
  // other scenarios run on their own databases.
  const crash = only.has('crash')
    ? await timed('crash (kill -9 under final submits)', () =>
        crashTest({ drafts, kills, connections: 16, seed, logDir, log }),
      )
    : undefined
  const crashDone = crash?.finish.then(
    (r) => ({ ok: true as const, r }),
    (err: unknown) => ({ ok: false as const, err }),
  )
  if (only.has('outage')) {
    const r = await timed('database outage through a TCP proxy', () => outageTest({ logDir, log }))
    const { checks, ...figures } = r
    report('outage', checks, figures)
  }
  if (only.has('instances')) {
    const r = await timed('two instances, one database', () => instancesTest({ logDir, log }))
    const { checks, ...figures } = r
    report('instances', checks, figures)
  }
  if (only.has('idp')) {
    const r = await timed('slow and failing identity provider', () => idpTest({ log }))
    report('idp', r.checks, r.figures)
  }
  if (crashDone) {
    log('\n== crash: the outbox and the invariants')
    const done = await crashDone
    if (!done.ok) throw done.err
    const { checks, ...figures } = done.r
    report('crash', checks, figures)
  }
  const failed = results.flatMap((r) =>
    r.checks.filter((c) => !c.ok).map((c) => `${r.scenario}: ${c.name}`),
  )
  log(`\nfaults run: ${Math.round((performance.now() - t0) / 1000)} s in all`)
  if (failed.length > 0) {
    log(`FAILED:\n  ${failed.join('\n  ')}\n(server logs in ${logDir})`)
    process.exitCode = 1
  } else {
    log('every invariant holds')
    rmSync(logDir, { recursive: true, force: true })
  }
}

main().catch((err: unknown) => {
  log(`\ntest:faults failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
  log(`(server logs in ${logDir})`)
  killChildren()
  process.exitCode = 1
})
