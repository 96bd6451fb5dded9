// statistics-1m: the public statistics page (GET /statistics, the real route, service and
// queries over the running tallies) with 1,000,000 registrations, 2,000,000 journey events and
// 500,000 survey responses loaded (seed-statistics.ts), beside a bare page (the home page: the
// same hooks, session, CSP and layout, no query) measured on the same server in the same run;
// then the survey's results for a year as an officer sees them (GET /officer/survey/results).
import {
  describe,
  measure,
  row,
  warmAndMeasure,
  type RunContext,
  type ScenarioRow,
} from './client.js'
import type { BenchServer } from './processes.js'
import type { LoadResult, LoadTarget } from './protocol.js'

export const STATISTICS_CONNECTIONS = 4
const SURVEY_CONNECTIONS = 2

const iso = (d: Date) => d.toISOString().slice(0, 10)

/** The statistics pages a public visitor asks for: the default, other years, a quarter by day. */
function statisticsPaths(): string[] {
  const now = new Date()
  const out = ['/statistics', '/statistics?lang=en']
  for (let y = 1; y <= 4; y++) {
    const to = new Date(now.getTime() - y * 365 * 86_400_000)
    out.push(`/statistics?from=${iso(new Date(to.getTime() - 364 * 86_400_000))}&to=${iso(to)}`)
  }
  for (let q = 0; q < 4; q++) {
    const to = new Date(now.getTime() - q * 91 * 86_400_000)
    out.push(
      `/statistics?by=day&from=${iso(new Date(to.getTime() - 90 * 86_400_000))}&to=${iso(to)}`,
    )
  }
  return out
}

async function expectOk(server: BenchServer, path: string, cookie = ''): Promise<string> {
  const res = await fetch(`${server.url}${path}`, {
    headers: { cookie },
    redirect: 'manual',
    signal: AbortSignal.timeout(60_000),
  })
  const body = await res.text()
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`)
  return body
}

async function qualitySession(server: BenchServer): Promise<string> {
  const res = await fetch(`${server.url}/bench/quality-session`, {
    method: 'POST',
    signal: AbortSignal.timeout(30_000),
  })
  const sid = res.headers.getSetCookie().find((c) => c.startsWith('ctp_sid='))
  if (res.status !== 200 || !sid) throw new Error(`quality officer session: ${res.status}`)
  return sid.split(';')[0] ?? ''
}

export async function statisticsScenario(
  ctx: RunContext,
  server: BenchServer,
): Promise<ScenarioRow[]> {
  server.rss.reset()
  const paths = statisticsPaths()
  const page = await expectOk(server, paths[0] ?? '/statistics')
  if (!page.includes('role="img"')) throw new Error('the statistics page drew no chart')
  for (const p of paths) await expectOk(server, p)
  const bare: LoadTarget = { kind: 'cycle', method: 'GET', paths: ['/'] }
  const base = await warmAndMeasure(ctx, server, STATISTICS_CONNECTIONS, bare)
  ctx.log(`  baseline (the home page): ${describe(base, server)}`)
  const target: LoadTarget = {
    kind: 'cycle',
    method: 'GET',
    paths,
    labels: paths.map((p) => (p.includes('by=day') ? 'by-day' : 'by-month')),
  }
  const r = await warmAndMeasure(ctx, server, STATISTICS_CONNECTIONS, target)
  ctx.log(`  statistics (${STATISTICS_CONNECTIONS} connections): ${describe(r, server)}`)
  for (const [label, l] of Object.entries(r.byLabel ?? {}))
    ctx.log(
      `    ${label.padEnd(8)} p50 ${l.p50Ms} ms, p95 ${l.p95Ms} ms, p99 ${l.p99Ms} ms, errors ${l.errors}`,
    )
  const rows = [row('statistics-1m', STATISTICS_CONNECTIONS, r, base, server.rss.peakMb())]

  // The survey's results for the last twelve months, as a service-quality officer opens them.
  const cookie = await qualitySession(server)
  const to = new Date()
  const from = new Date(to.getTime() - 364 * 86_400_000)
  const results = `/officer/survey/results?from=${iso(from)}&to=${iso(to)}`
  await expectOk(server, results, cookie)
  server.rss.reset()
  const survey: LoadTarget = { kind: 'cycle', method: 'GET', paths: [results], cookies: [cookie] }
  const s: LoadResult = await measure(server, SURVEY_CONNECTIONS, ctx.opts.measureS, survey)
  ctx.log(`  survey results for a year (${SURVEY_CONNECTIONS} connections): ${describe(s, server)}`)
  rows.push(row('survey-results-year', SURVEY_CONNECTIONS, s, base, server.rss.peakMb()))
  return rows
}
