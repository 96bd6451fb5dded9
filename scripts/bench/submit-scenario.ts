// The submit scenario: the final registration submit of pre-seeded verified drafts, each submitted
// exactly once, beside a single-INSERT baseline on the same server.
import {
  combine,
  cpuProfiled,
  describe,
  disturbed,
  maxRepeatsIfDisturbed,
  getJson,
  measure,
  postJson,
  row,
  seed,
  warmAndMeasure,
  type Ledger,
  type RunContext,
  type ScenarioRow,
} from './client.js'
import type { BenchServer } from './processes.js'
import type { ProfileSummary } from './profile.js'
import type { BenchStats, LoadResult, LoadTarget } from './protocol.js'

const MAX_SEED = 200_000
const REAL = '/bench/submit/'
const NO_AUDIT = '/bench/submit-no-audit/'
const BASELINE: LoadTarget = { kind: 'cycle', method: 'POST', paths: ['/bench/baseline'] }

function drafts(prefix: string, range: { from: number; to: number }): LoadTarget {
  return {
    kind: 'sequence',
    method: 'POST',
    prefix,
    start: range.from,
    limit: range.to - range.from,
  }
}

// Seeding only what a run can use keeps the tables from growing much between scenarios (the
// submit's cost depends on their size: see docs/benchmarks.md). A run that uses every seeded
// draft stops early and says so; its rate stays valid.
const seedFor = (rps: number, seconds: number, connections: number) =>
  Math.min(MAX_SEED, Math.ceil(rps * seconds * 2) + connections * 8)

function account(ledger: Ledger, r: LoadResult, range: { from: number }): void {
  ledger.approved += r.statuses['200'] ?? 0
  ledger.cutOff += r.issued - r.completed
  for (let n = range.from; n < range.from + Math.min(64, r.completed); n++)
    ledger.approvedDrafts.push(n)
}

/** Decides one seeded draft through the real code and insists that it is approved. */
async function checkApproved(
  server: BenchServer,
  ledger: Ledger,
  route = '/bench/submit/',
): Promise<void> {
  const one = await seed(server, 1)
  const r = await postJson<{ outcome: string }>(server, `${route}${one.from}`)
  if (r.outcome !== 'approved') throw new Error(`a seeded draft was ${r.outcome}, not approved`)
  ledger.approved++
  ledger.approvedDrafts.push(one.from)
}

export async function submitScenario(
  ctx: RunContext,
  server: BenchServer,
  name: string,
  connections: number,
  ledger: Ledger,
  route = '/bench/submit/',
): Promise<ScenarioRow> {
  const { opts } = ctx
  server.rss.reset()
  const base = await warmAndMeasure(ctx, server, connections, BASELINE)
  ctx.log(`  baseline (single INSERT): ${describe(base, server)}`)
  await checkApproved(server, ledger, route)
  // Before any submit has run, guess a quarter of the baseline (a warm-up may end early).
  let estimate = ledger.submitRps > 0 ? ledger.submitRps : base.rps / 4
  if (opts.warmupS > 0) {
    // A warm-up that runs out of drafts early is harmless: it only warms.
    const range = await seed(server, Math.min(10_000, seedFor(estimate, opts.warmupS, connections)))
    const warm = await measure(server, connections, opts.warmupS, drafts(route, range), false)
    account(ledger, warm, range)
    estimate = warm.rps
  }
  // Each attempt needs fresh drafts: a disturbed one is run again on new ones.
  let range = await seed(server, seedFor(estimate, opts.measureS, connections))
  let r = await measure(server, connections, opts.measureS, drafts(route, range), false)
  account(ledger, r, range)
  for (let again = 0; again < maxRepeatsIfDisturbed() && disturbed(r, server); again++) {
    range = await seed(server, seedFor(estimate, opts.measureS, connections))
    r = await measure(server, connections, opts.measureS, drafts(route, range), false)
    account(ledger, r, range)
  }
  ledger.submitRps = r.rps
  if (r.issued >= range.to - range.from)
    ctx.log(`  warning: all ${r.issued} seeded drafts were used; the run ended early`)
  ctx.log(`  submit: ${describe(r, server)}`)
  ctx.log(
    `  (${range.to} drafts seeded so far: person_profiles and applications hold as many rows)`,
  )
  return row(name, connections, r, base, server.rss.peakMb())
}

interface AuditCounts {
  decidedEvents: number
  dropped: number
}

/**
 * submit-no-audit: the real submit and the same submit without its audit insert
 * (scripts/bench/no-audit.ts), on the same server, in alternating runs (A B B A …, so that the
 * growing tables and any drift of the machine weigh on both alike). The row's rps is the variant
 * without auditing; its baseline is the real submit of the same runs; the cost of auditing is
 * 1 − baseline_rps / rps.
 */
export async function noAuditScenario(
  ctx: RunContext,
  server: BenchServer,
  ledger: Ledger,
  connections = 16,
): Promise<ScenarioRow> {
  const { opts } = ctx
  server.rss.reset()
  await checkApproved(server, ledger, NO_AUDIT)
  let estimate = ledger.submitRps > 0 ? ledger.submitRps : 500
  const run = async (route: string, seconds: number) => {
    const range = await seed(server, seedFor(estimate * 1.3, seconds, connections))
    const r = await measure(server, connections, seconds, drafts(route, range), false)
    account(ledger, r, range)
    if (r.issued >= range.to - range.from)
      ctx.log(`  warning: all ${r.issued} seeded drafts were used; the run ended early`)
    return r
  }
  if (opts.warmupS > 0) for (const route of [REAL, NO_AUDIT]) await run(route, opts.warmupS)
  const before = await getJson<AuditCounts>(server, '/bench/audit-counts')
  // Full run: 4 runs of each (A B B A A B B A); quick: one of each.
  const rounds = opts.quick ? 1 : 2
  const seconds = opts.quick ? opts.measureS : Math.max(3, Math.round(opts.measureS / 2))
  const audited: LoadResult[] = []
  const unaudited: LoadResult[] = []
  for (let i = 0; i < rounds; i++) {
    for (const route of opts.quick ? [REAL, NO_AUDIT] : [REAL, NO_AUDIT, NO_AUDIT, REAL]) {
      const r = await run(route, seconds)
      ;(route === REAL ? audited : unaudited).push(r)
      estimate = Math.max(estimate, r.rps)
      ctx.log(`  ${route === REAL ? 'with audit   ' : 'without audit'}: ${describe(r, server)}`)
    }
  }
  const withAudit = combine(audited)
  const without = combine(unaudited)
  const after = await getJson<AuditCounts>(server, '/bench/audit-counts')
  const ok = (r: LoadResult) => r.statuses['200'] ?? 0
  const dropped = after.dropped - before.dropped
  const written = after.decidedEvents - before.decidedEvents
  // Every submit without auditing dropped exactly one insert and wrote no event; every real one
  // wrote one (submits cut off at the end of a run may add a few to either count).
  const cut = unaudited.concat(audited).reduce((a, r) => a + r.issued - r.completed, 0)
  const sane =
    dropped >= unaudited.reduce((a, r) => a + ok(r), 0) &&
    written >= audited.reduce((a, r) => a + ok(r), 0) &&
    dropped + written <= unaudited.concat(audited).reduce((a, r) => a + ok(r), 0) + cut + 2
  ctx.log(
    `  ${sane ? 'check passed' : 'CHECK FAILED'}: ${dropped} audit rows dropped, ${written} decision events written`,
  )
  ctx.log(
    `  with audit ${withAudit.rps}/s, without ${without.rps}/s: auditing costs ` +
      `${Math.round((1 - withAudit.rps / Math.max(1, without.rps)) * 1000) / 10} % of the throughput`,
  )
  return row('submit-no-audit', connections, without, withAudit, server.rss.peakMb())
}

/** Profiled submits (every statement timed) at one connection, then at 16. */
export async function profileSubmit(
  ctx: RunContext,
  server: BenchServer,
  ledger: Ledger,
): Promise<{ connections: number; load: LoadResult; profile: ProfileSummary }[]> {
  const out = []
  for (const connections of [1, 16]) {
    await getJson(server, '/bench/profile') // start from an empty profile
    const range = await seed(
      server,
      seedFor(ledger.submitRps || 500, ctx.opts.profileS, connections),
    )
    const load = await measure(
      server,
      connections,
      ctx.opts.profileS,
      drafts('/bench/submit-profiled/', range),
    )
    account(ledger, load, range)
    const profile = await getJson<ProfileSummary>(server, '/bench/profile')
    ctx.log(`  profiled at ${connections} connection(s): ${describe(load, server)}`)
    out.push({ connections, load, profile })
  }
  const range = await seed(server, seedFor(ledger.submitRps || 500, ctx.opts.profileS, 16))
  // The profiler's own cost slows this run down; only the shares matter.
  const { load } = await cpuProfiled(ctx, server, 'the submit', 16, drafts('/bench/submit/', range))
  account(ledger, load, range)
  return out
}

/** Makes receipts and approved people when no submit scenario ran (verify or status alone). */
export async function ensureSubmitted(server: BenchServer, ledger: Ledger): Promise<void> {
  if (ledger.approved > 0) return
  await checkApproved(server, ledger)
  const range = await seed(server, 2000)
  account(ledger, await measure(server, 16, 2, drafts('/bench/submit/', range)), range)
}

/** Every submit that answered 200 must be exactly one approved decision in the database. */
export async function checkDecisions(
  ctx: RunContext,
  server: BenchServer,
  ledger: Ledger,
): Promise<void> {
  // Submits cut off at the end of a run may still be committing: wait until the counts settle.
  let stats = await getJson<BenchStats>(server, '/bench/stats')
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 250))
    const again = await getJson<BenchStats>(server, '/bench/stats')
    const same = JSON.stringify(again) === JSON.stringify(stats)
    stats = again
    if (same) break
  }
  const approved = stats.decisions.approved ?? 0
  const refused = stats.decisions.refused ?? 0
  const ok =
    approved >= ledger.approved &&
    approved <= ledger.approved + ledger.cutOff &&
    refused === 0 &&
    stats.receipts === approved &&
    stats.registrations === approved
  ctx.log(
    `  ${ok ? 'check passed' : 'CHECK FAILED'}: ${ledger.approved} submits answered 200 ` +
      `(${ledger.cutOff} more were cut off when runs ended); the database holds ${approved} approved ` +
      `and ${refused} refused decisions, ${stats.registrations} registrations and ${stats.receipts} ` +
      `receipts (${stats.seeded} drafts seeded, ${stats.drafts} still drafts)`,
  )
}
