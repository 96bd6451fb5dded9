// A probe of the statistics bench server's memory (not part of npm run bench; docs/benchmarks.md,
// "Memory: what the 402 / 451 MB is"). It loads the statistics volumes once into a bench database,
// then for each set of node flags starts the bench server (bundled, as measured) with --trace-gc
// and prints its RSS after the home page, the statistics pages (4 at a time, the bench's cycle)
// and the survey's results for a year (2 at a time); each server's log holds its GC trace.
//   node --import tsx scripts/bench/statistics-memory-probe.ts 100000 ' |--max-old-space-size=200'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createBenchDatabase } from './postgres.js'
import { runCli, startBenchServer } from './processes.js'

const mb = (kb: number) => Math.round(kb / 1024)

function memoryOf(pid: number): string {
  const s = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+) kB`).exec(s)?.[1] ?? 0)
  return `RSS ${mb(kb('VmRSS'))} MB (anon ${mb(kb('RssAnon'))}, file ${mb(kb('RssFile'))}), peak ${mb(kb('VmHWM'))} MB`
}

const iso = (d: Date) => d.toISOString().slice(0, 10)

/** The bench's statistics cycle (statistics-scenario.ts) and the survey's year. */
function pathsOf(now: Date) {
  const paths = ['/statistics', '/statistics?lang=en']
  for (let y = 1; y <= 4; y++) {
    const to = new Date(now.getTime() - y * 365 * 86_400_000)
    paths.push(`/statistics?from=${iso(new Date(to.getTime() - 364 * 86_400_000))}&to=${iso(to)}`)
  }
  for (let q = 0; q < 4; q++) {
    const to = new Date(now.getTime() - q * 91 * 86_400_000)
    paths.push(
      `/statistics?by=day&from=${iso(new Date(to.getTime() - 90 * 86_400_000))}&to=${iso(to)}`,
    )
  }
  const year = `/officer/survey/results?from=${iso(new Date(now.getTime() - 364 * 86_400_000))}&to=${iso(now)}`
  return { paths, year }
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 100_000)
  const variants = (process.argv[3] ?? '').split('|').map((v) => v.split(' ').filter(Boolean))
  const dir = mkdtempSync(join(tmpdir(), 'ctp-memory-probe-'))
  const t0 = Date.now()
  const log = (m: string) =>
    process.stdout.write(`${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s ${m}\n`)
  const db = await createBenchDatabase()
  const env = { DATABASE_URL: db.url, DATABASE_POOL_SIZE: '10', DATA_DIR: join(dir, 'secrets') }
  try {
    await runCli(
      'scripts/bench/seed-statistics.ts',
      [`--registrations=${n}`],
      { NODE_ENV: 'development', LOG_LEVEL: 'warn', ...env },
      (l) => log(l.trim()),
      900_000,
    )
    const { paths, year } = pathsOf(new Date())
    for (const flags of variants) {
      const server = await startBenchServer(env, dir, ['--trace-gc', ...flags])
      // The RSS sampler holds the server's pid; BenchServer does not expose it otherwise.
      const pid = (server.rss as unknown as { pid: number }).pid
      const get = async (path: string, cookie = '') => {
        const r = await fetch(`${server.url}${path}`, { headers: { cookie } })
        await r.text()
        if (r.status !== 200) throw new Error(`GET ${path} answered ${r.status}`)
      }
      try {
        log(`flags [${flags.join(' ')}], ready: ${memoryOf(pid)} (GC trace: ${server.logFile})`)
        for (let i = 0; i < 200; i++) await get('/')
        log(`after 200 home pages: ${memoryOf(pid)}`)
        for (let round = 1; round <= 3; round++) {
          for (let i = 0; i < 200; i++)
            await Promise.all(
              [0, 1, 2, 3].map((k) => get(paths[(i * 4 + k) % paths.length] ?? '/')),
            )
          log(`after ${round * 800} statistics pages: ${memoryOf(pid)}`)
        }
        const res = await fetch(`${server.url}/bench/quality-session`, { method: 'POST' })
        const sid = res.headers.getSetCookie().find((c) => c.startsWith('ctp_sid='))
        const cookie = sid?.split(';')[0] ?? ''
        for (let round = 1; round <= 3; round++) {
          for (let i = 0; i < 150; i++) await Promise.all([0, 1].map(() => get(year, cookie)))
          log(`after ${round * 300} survey results pages: ${memoryOf(pid)}`)
        }
      } finally {
        await server.stop()
      }
    }
  } finally {
    await db.drop()
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
  process.exit(1)
})
