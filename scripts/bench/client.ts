// The orchestrator's side of a scenario: calls to the bench server and measured load runs.
import { join, relative } from 'node:path'
import type { CpuSummary } from './cpu.js'
import type { BenchOptions } from './options.js'
import { runLoad, waitForQuiet, type BenchServer } from './processes.js'
import type { LoadResult, LoadTarget } from './protocol.js'

/** One row of bench-results.json. */
export interface ScenarioRow {
  name: string
  connections: number | null
  rps: number | null
  p50_ms: number | null
  p95_ms: number | null
  p99_ms: number | null
  errors: number | null
  baseline_rps: number | null
  ratio: number | null
  peak_rss_mb: number | null
  skipped?: string
}

export interface RunContext {
  opts: BenchOptions
  log(message: string): void
}

/** What the submit runs have decided, to check against the database at the end. */
export interface Ledger {
  approved: number
  /** Submits sent but cut off when a run ended (the server may still have decided them). */
  cutOff: number
  /** Drafts known to be submitted and approved (people who can sign in). */
  approvedDrafts: number[]
  /** The best estimate so far of the submit's rate, to size the seeding. */
  submitRps: number
}

async function call<T>(
  server: BenchServer,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    redirect: 'manual',
    signal: AbortSignal.timeout(600_000),
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 500)}`)
  return JSON.parse(text) as T
}

export const getJson = <T>(server: BenchServer, path: string) => call<T>(server, 'GET', path)
export const postJson = <T>(server: BenchServer, path: string, body?: unknown) =>
  call<T>(server, 'POST', path, body ?? {})

/** Seeds `count` verified drafts; returns their numbers [from, to). */
export async function seed(
  server: BenchServer,
  count: number,
): Promise<{ from: number; to: number }> {
  return postJson(server, '/bench/seed', { count: Math.max(1, Math.ceil(count)) })
}

let quietWaitS = 20
let maxRepeats = 2

/** How long a measurement may wait for a quiet machine, and how often a disturbed one is repeated. */
export function setNoisePolicy(policy: { quietWaitS: number; repeats: number }): void {
  quietWaitS = policy.quietWaitS
  maxRepeats = policy.repeats
}

/** How many times a disturbed measurement may be repeated. */
export const maxRepeatsIfDisturbed = () => maxRepeats

/** Cores used during the last run by anything but the server, PostgreSQL and autocannon. */
export function otherCores(r: LoadResult, server: BenchServer): number {
  const c = server.rss.lastCpu
  if (Number.isNaN(c.postgresCores)) return Number.NaN
  return Math.max(0, c.machineCores - c.serverCores - c.postgresCores - r.cpuMs / 1000 / r.elapsedS)
}

// Above this, other work (not the loopback network alone) shared the cores during a run.
const DISTURBED_CORES = 0.2

/** True (and says so) when other work disturbed the last run. */
export function disturbed(r: LoadResult, server: BenchServer): boolean {
  const other = otherCores(r, server)
  if (Number.isNaN(other) || other <= DISTURBED_CORES) return false
  process.stdout.write(`  disturbed: other work used ${other.toFixed(2)} cores during the run\n`)
  return true
}

/** One load run in its own process, after waiting for the machine to be quiet. */
async function runOnce(
  server: BenchServer,
  connections: number,
  durationS: number,
  target: LoadTarget,
): Promise<LoadResult> {
  const busy = await waitForQuiet(quietWaitS)
  if (busy > 15) process.stdout.write(`  note: the machine was ${busy}% busy before this run\n`)
  server.rss.resume()
  try {
    return await runLoad({ url: server.url, connections, durationS, timeoutS: 10, target })
  } finally {
    server.rss.pause()
  }
}

/**
 * A load run with the server's RSS and CPU sampled while it lasts. A run of repeatable requests
 * that other work disturbed is run again (at most maxRepeatsIfDisturbed() times); a sequence of drafts is
 * not repeatable, so its caller decides (see submitScenario).
 */
export async function measure(
  server: BenchServer,
  connections: number,
  durationS: number,
  target: LoadTarget,
  repeatIfDisturbed = true,
): Promise<LoadResult> {
  for (let attempt = 0; ; attempt++) {
    const r = await runOnce(server, connections, durationS, target)
    const again = repeatIfDisturbed && target.kind === 'cycle' && attempt < maxRepeats
    if (!again || !disturbed(r, server)) return r
  }
}

/** A warm-up (if any) and then the measurement, on the same target. */
export async function warmAndMeasure(
  ctx: RunContext,
  server: BenchServer,
  connections: number,
  target: LoadTarget,
): Promise<LoadResult> {
  if (ctx.opts.warmupS > 0) await measure(server, connections, ctx.opts.warmupS, target, false)
  return measure(server, connections, ctx.opts.measureS, target)
}

/**
 * Several runs of one target as one result: the rate over their summed time; the percentiles
 * are the medians of the runs' percentiles (each run keeps only its own).
 */
export function combine(runs: LoadResult[]): LoadResult {
  const first = runs[0]
  if (!first) throw new Error('no runs to combine')
  const sum = (f: (r: LoadResult) => number) => runs.reduce((a, r) => a + f(r), 0)
  const median = (f: (r: LoadResult) => number) => {
    const v = runs.map(f).sort((a, b) => a - b)
    const mid = Math.floor(v.length / 2)
    return v.length % 2 ? (v[mid] ?? 0) : ((v[mid - 1] ?? 0) + (v[mid] ?? 0)) / 2
  }
  const statuses: Record<string, number> = {}
  for (const r of runs)
    for (const [k, v] of Object.entries(r.statuses)) statuses[k] = (statuses[k] ?? 0) + v
  const elapsedS = sum((r) => r.elapsedS)
  const round = (x: number) => Math.round(x * 100) / 100
  return {
    completed: sum((r) => r.completed),
    issued: sum((r) => r.issued),
    elapsedS: round(elapsedS),
    rps: round(sum((r) => r.completed) / Math.max(0.001, elapsedS)),
    p50Ms: round(median((r) => r.p50Ms)),
    p95Ms: round(median((r) => r.p95Ms)),
    p99Ms: round(median((r) => r.p99Ms)),
    errors: sum((r) => r.errors),
    statuses,
    cpuMs: sum((r) => r.cpuMs),
  }
}

export function describe(r: LoadResult, server?: BenchServer): string {
  let cpu = ''
  if (server) {
    const c = server.rss.lastCpu
    // NaN: a PostgreSQL process ended during the run, so its CPU (and the rest's) is not known.
    const perReq = (cores: number) =>
      Number.isNaN(cores) ? 'n/a' : Math.round((cores * 1000 * 100) / Math.max(1, r.rps)) / 100
    const loadCores = r.cpuMs / 1000 / r.elapsedS
    const other = otherCores(r, server)
    cpu =
      `; CPU ms per request: server ${perReq(c.serverCores)}, postgres ${perReq(c.postgresCores)}, ` +
      `autocannon ${perReq(loadCores)}, kernel and other ${perReq(other)} (machine ${c.machineBusyPct}% busy)`
  }
  return `${r.rps} req/s, p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms, p99 ${r.p99Ms} ms, errors ${r.errors} (${JSON.stringify(r.statuses)})${cpu}`
}

export function row(
  name: string,
  connections: number,
  r: LoadResult,
  baseline: LoadResult | null,
  peakRssMb: number,
): ScenarioRow {
  return {
    name,
    connections,
    rps: r.rps,
    p50_ms: r.p50Ms,
    p95_ms: r.p95Ms,
    p99_ms: r.p99Ms,
    errors: r.errors,
    baseline_rps: baseline ? baseline.rps : null,
    ratio: baseline && baseline.rps > 0 ? Math.round((r.rps / baseline.rps) * 1000) / 1000 : null,
    peak_rss_mb: peakRssMb,
  }
}

export function skipped(name: string, reason: string): ScenarioRow {
  return {
    name,
    connections: null,
    rps: null,
    p50_ms: null,
    p95_ms: null,
    p99_ms: null,
    errors: null,
    baseline_rps: null,
    ratio: null,
    peak_rss_mb: null,
    skipped: reason,
  }
}

/** A measurement with the server's CPU profiled; prints where the CPU went. */
export async function cpuProfiled(
  ctx: RunContext,
  server: BenchServer,
  label: string,
  connections: number,
  target: LoadTarget,
): Promise<{ load: LoadResult; cpu: CpuSummary }> {
  await postJson(server, '/bench/cpu/start')
  const load = await measure(server, connections, ctx.opts.profileS, target, false)
  // The whole profile is kept for Chrome DevTools (Performance → Load profile).
  const file = join(process.cwd(), '.cache', `cpu-${label.replace(/\W+/g, '-')}.cpuprofile`)
  const cpu = await postJson<CpuSummary>(server, '/bench/cpu/stop', { file })
  ctx.log(`  CPU profile of ${label} at ${connections} connections: ${describe(load, server)}`)
  ctx.log(`    (written to ${relative(process.cwd(), file)})`)
  ctx.log(`    by package: ${cpu.byPackage.map((p) => `${p.name} ${p.pct}%`).join(', ')}`)
  for (const f of cpu.topFunctions.slice(0, 15))
    ctx.log(`    ${String(f.pct).padStart(5)}%  ${f.name}`)
  return { load, cpu }
}
