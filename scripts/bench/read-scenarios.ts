// The read scenarios: the public receipt check and the signed-in status page, each beside a bare
// SELECT of one decision_receipts row by primary key on the same server.
import {
  cpuProfiled,
  describe,
  getJson,
  row,
  warmAndMeasure,
  type Ledger,
  type RunContext,
  type ScenarioRow,
} from './client.js'
import type { BenchServer } from './processes.js'
import type { BenchStats, LoadResult, LoadTarget } from './protocol.js'

const CONNECTIONS = 16
const RECEIPTS = 2000
const SESSIONS = 64

export async function receiptIds(server: BenchServer): Promise<string[]> {
  const ids = await getJson<string[]>(server, `/bench/receipts?limit=${RECEIPTS}`)
  if (ids.length === 0) throw new Error('no receipts: run a submit scenario first')
  return ids
}

async function baseline(ctx: RunContext, server: BenchServer, ids: string[]): Promise<LoadResult> {
  const target: LoadTarget = {
    kind: 'cycle',
    method: 'GET',
    paths: ids.map((id) => `/bench/select/${id}`),
  }
  const r = await warmAndMeasure(ctx, server, CONNECTIONS, target)
  ctx.log(`  baseline (SELECT by primary key): ${describe(r, server)}`)
  return r
}

export async function verifyScenario(ctx: RunContext, server: BenchServer): Promise<ScenarioRow> {
  server.rss.reset()
  const ids = await receiptIds(server)
  const check = await fetch(`${server.url}/verify/${ids[0] ?? ''}`, {
    signal: AbortSignal.timeout(30_000),
  })
  if (check.status !== 200) throw new Error(`GET /verify/<receipt> answered ${check.status}`)
  const base = await baseline(ctx, server, ids)
  const target: LoadTarget = {
    kind: 'cycle',
    method: 'GET',
    paths: ids.map((id) => `/verify/${id}`),
  }
  const r = await warmAndMeasure(ctx, server, CONNECTIONS, target)
  ctx.log(`  verify: ${describe(r, server)}`)
  return row('verify', CONNECTIONS, r, base, server.rss.peakMb())
}

/** Signs sessions in as approved people (a bench route sets personId) and returns their cookies. */
export async function signIn(server: BenchServer, ledger: Ledger): Promise<string[]> {
  const cookies: string[] = []
  for (const n of ledger.approvedDrafts.slice(0, SESSIONS)) {
    const res = await fetch(`${server.url}/bench/sign-in/${n}`, {
      method: 'POST',
      signal: AbortSignal.timeout(30_000),
    })
    const sid = res.headers.getSetCookie().find((c) => c.startsWith('ctp_sid='))
    if (res.status !== 200 || !sid) throw new Error(`sign-in of draft ${n}: ${res.status}`)
    cookies.push(sid.split(';')[0] ?? '')
  }
  if (cookies.length === 0)
    throw new Error('no approved people to sign in: run a submit scenario first')
  const page = await fetch(`${server.url}/account`, {
    headers: { cookie: cookies[0] ?? '' },
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
  })
  if (page.status !== 200) throw new Error(`GET /account with a session answered ${page.status}`)
  return cookies
}

export async function statusScenario(
  ctx: RunContext,
  server: BenchServer,
  ledger: Ledger,
  name = 'status',
): Promise<ScenarioRow> {
  server.rss.reset()
  const stats = await getJson<BenchStats>(server, '/bench/stats')
  ctx.log(`  (registrations hold ${stats.registrations} rows)`)
  const cookies = await signIn(server, ledger)
  const base = await baseline(ctx, server, await receiptIds(server))
  const target: LoadTarget = { kind: 'cycle', method: 'GET', paths: ['/account'], cookies }
  const r = await warmAndMeasure(ctx, server, CONNECTIONS, target)
  ctx.log(`  status (${cookies.length} sessions): ${describe(r, server)}`)
  return row(name, CONNECTIONS, r, base, server.rss.peakMb())
}

/** CPU profiles of the two read pages (run with the profile part). */
export async function profileReads(
  ctx: RunContext,
  server: BenchServer,
  ledger: Ledger,
): Promise<void> {
  const ids = await receiptIds(server)
  // The baseline too: what the two have in common (the framework's hooks) shows in both.
  await cpuProfiled(ctx, server, 'read baseline', CONNECTIONS, {
    kind: 'cycle',
    method: 'GET',
    paths: ids.map((id) => `/bench/select/${id}`),
  })
  await cpuProfiled(ctx, server, 'verify', CONNECTIONS, {
    kind: 'cycle',
    method: 'GET',
    paths: ids.map((id) => `/verify/${id}`),
  })
  const cookies = await signIn(server, ledger)
  await cpuProfiled(ctx, server, 'status', CONNECTIONS, {
    kind: 'cycle',
    method: 'GET',
    paths: ['/account'],
    cookies,
  })
}
