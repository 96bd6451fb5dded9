// The lifecycle's scenarios (issue 23), on their own database:
// - activity-api: batches of 1,000 declarations through the real API (client-credentials tokens
//   of 8 calling systems, each under its own rate limit) beside a bare endpoint that parses the
//   same JSON bodies, in the same run; every batch is new declarations (none is a duplicate).
// - inactivity-sweep: registration submits per second while the inactivity sweep runs over the
//   seeded million (5 % due for suspension, 5 % for warnings) against submits per second just
//   before it, in the same run; the sweep's own time is reported.
import { API_PATHS } from '../../src/features/lifecycle/index.js'
import { businessDate } from '../../src/platform/time.js'
import {
  describe,
  measure,
  postJson,
  row,
  seed,
  type RunContext,
  type ScenarioRow,
} from './client.js'
import { activityNumbers } from './lifecycle-routes.js'
import type { BenchServer } from './processes.js'
import type { LoadTarget } from './protocol.js'

export const ACTIVITY_CONNECTIONS = 4
const CLIENTS = 8
const BATCH = 1000
const SWEEP_CONNECTIONS = 16

/** `count` JSON bodies of BATCH new declarations each, labelled so that no two runs share one. */
function batches(label: string, count: number, numbers: string[]): string[] {
  const today = businessDate(new Date())
  return Array.from({ length: count }, (_, b) =>
    JSON.stringify({
      events: Array.from({ length: BATCH }, (_, i) => ({
        registrationNumber: numbers[(b * BATCH + i) % numbers.length],
        declarationReference: `B${label.toUpperCase()}-${b}-${i}`,
        declarationDate: today,
      })),
    }),
  )
}

async function tokenOf(server: BenchServer, clientId: string, secret: string): Promise<string> {
  const res = await fetch(`${server.url}${API_PATHS.token}`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  })
  const body = (await res.json()) as { access_token?: string }
  if (res.status !== 200 || !body.access_token) throw new Error(`token: ${res.status}`)
  return body.access_token
}

export async function activityScenario(
  ctx: RunContext,
  server: BenchServer,
  seededNumbers: number,
): Promise<ScenarioRow> {
  const numbers = activityNumbers(seededNumbers)
  const clients = await postJson<{ clientId: string; secret: string }[]>(
    server,
    `/bench/activity-clients/${CLIENTS}`,
  )
  const headers = await Promise.all(
    clients.map(async (c) => ({
      authorization: `Bearer ${await tokenOf(server, c.clientId, c.secret)}`,
    })),
  )
  // Enough new batches for the fastest rate the API could reach here (≈ 40 batches/s).
  const need = Math.ceil(40 * Math.max(ctx.opts.measureS, ctx.opts.warmupS)) + 10
  const api = (label: string): LoadTarget => ({
    kind: 'cycle',
    method: 'POST',
    paths: [API_PATHS.activity],
    bodies: batches(label, need, numbers),
    bodyType: 'json',
    headers,
  })
  const probe = await fetch(`${server.url}${API_PATHS.activity}`, {
    method: 'POST',
    headers: { ...headers[0], 'content-type': 'application/json' },
    body: batches('probe', 1, numbers)[0],
  })
  const probed = (await probe.json()) as { recorded?: number }
  if (probe.status !== 200 || probed.recorded !== BATCH)
    throw new Error(
      `the activity API did not record a batch: ${probe.status} ${JSON.stringify(probed).slice(0, 300)}`,
    )

  server.rss.reset()
  const bare: LoadTarget = {
    kind: 'cycle',
    method: 'POST',
    paths: ['/bench/json-baseline'],
    bodies: batches('bare', 50, numbers),
    bodyType: 'json',
  }
  if (ctx.opts.warmupS > 0)
    await measure(server, ACTIVITY_CONNECTIONS, ctx.opts.warmupS, bare, false)
  const base = await measure(server, ACTIVITY_CONNECTIONS, ctx.opts.measureS, bare, false)
  ctx.log(`  baseline (the same JSON parsed, nothing stored): ${describe(base, server)}`)
  if (ctx.opts.warmupS > 0)
    await measure(server, ACTIVITY_CONNECTIONS, ctx.opts.warmupS, api('warm'), false)
  const r = await measure(server, ACTIVITY_CONNECTIONS, ctx.opts.measureS, api('run'), false)
  ctx.log(
    `  activity API, batches of ${BATCH} (${ACTIVITY_CONNECTIONS} connections): ${describe(r, server)}` +
      ` = ${Math.round(r.rps * BATCH).toLocaleString('en')} events/s`,
  )
  return row('activity-api-1000', ACTIVITY_CONNECTIONS, r, base, server.rss.peakMb())
}

function drafts(range: { from: number; to: number }): LoadTarget {
  return {
    kind: 'sequence',
    method: 'POST',
    prefix: '/bench/submit/',
    start: range.from,
    limit: range.to - range.from,
  }
}

export async function sweepScenario(ctx: RunContext, server: BenchServer): Promise<ScenarioRow> {
  // Enough drafts for 15 s at the rate this machine reaches on a quiet run (≈ 1,500/s).
  const n = ctx.opts.quick ? 4_000 : 40_000
  server.rss.reset()
  const before = await measure(
    server,
    SWEEP_CONNECTIONS,
    ctx.opts.measureS,
    drafts(await seed(server, n)),
    false,
  )
  ctx.log(`  submits without the sweep: ${describe(before, server)}`)
  const range = await seed(server, n)
  const started = Date.now()
  const sweep = postJson<{ warned30: number; warned7: number; suspended: number; ms: number }>(
    server,
    '/bench/inactivity-sweep',
  )
  const during = await measure(server, SWEEP_CONNECTIONS, ctx.opts.measureS, drafts(range), false)
  const measuredS = (Date.now() - started) / 1000
  ctx.log(`  submits while the sweep runs: ${describe(during, server)}`)
  const s = await sweep
  ctx.log(
    `  the sweep: ${s.suspended.toLocaleString('en')} suspended, ${s.warned30.toLocaleString('en')} warned at 30 days, ` +
      `${s.warned7.toLocaleString('en')} at 7 days, in ${(s.ms / 1000).toFixed(1)} s` +
      (s.ms / 1000 < measuredS
        ? ` (it ended before the ${measuredS.toFixed(0)} s measurement did)`
        : ''),
  )
  return row('inactivity-sweep', SWEEP_CONNECTIONS, during, before, server.rss.peakMb())
}
