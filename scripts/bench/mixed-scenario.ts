// mixed: 80 % page reads, 15 % journey steps, 5 % submits, from 16 connections at once (see the
// 'mixed' LoadTarget in protocol.ts). Reads: the public receipt check, a signed-in person's status
// page, the home page and the published rules, in turn. Journey steps: a new browser opens the
// start page, accepts the terms and types its details (a draft, an e-mail code in the outbox, the
// journey events and audit). Submits: the final submit of seeded verified drafts, as in the submit
// scenarios. No baseline.
import {
  describe,
  measure,
  row,
  seed,
  type Ledger,
  type RunContext,
  type ScenarioRow,
} from './client.js'
import type { BenchServer } from './processes.js'
import type { LoadResult, LoadTarget } from './protocol.js'
import { receiptIds, signIn } from './read-scenarios.js'

const CONNECTIONS = 16
let journeyIds = 0

async function mixedTarget(
  server: BenchServer,
  ledger: Ledger,
  seconds: number,
): Promise<{ target: LoadTarget; range: { from: number; to: number } }> {
  const ids = await receiptIds(server)
  const cookies = await signIn(server, ledger)
  const paths: string[] = []
  const readCookies: string[] = []
  ids.forEach((id, j) => {
    paths.push(`/verify/${id}`, '/account', '/', '/rules')
    readCookies.push('', cookies[j % cookies.length] ?? '', '', '')
  })
  // One submit in 20 requests; enough drafts for a rate well above what this machine reaches.
  const range = await seed(server, Math.ceil(seconds * 150) + 500)
  const target: LoadTarget = {
    kind: 'mixed',
    reads: { paths, cookies: readCookies },
    submit: { prefix: '/bench/submit/', start: range.from, limit: range.to - range.from },
    journeyIdStart: journeyIds,
  }
  return { target, range }
}

function account(ledger: Ledger, r: LoadResult): void {
  // Only the submits decide anything; the ledger counts those answered 200.
  const submits = r.byLabel?.submit
  if (submits) ledger.approved += submits.completed - submits.errors
  // A submit in flight when the run ended may still have been decided.
  ledger.cutOff += CONNECTIONS
}

export async function mixedScenario(
  ctx: RunContext,
  server: BenchServer,
  ledger: Ledger,
): Promise<ScenarioRow> {
  server.rss.reset()
  const run = async (seconds: number) => {
    const { target } = await mixedTarget(server, ledger, seconds)
    const r = await measure(server, CONNECTIONS, seconds, target, false)
    journeyIds += r.issued // more than the journeys used: every run gets national IDs of its own
    account(ledger, r)
    return r
  }
  if (ctx.opts.warmupS > 0) await run(ctx.opts.warmupS)
  const r = await run(ctx.opts.mixedS)
  ctx.log(`  mixed (${ctx.opts.mixedS} s): ${describe(r, server)}`)
  for (const [label, l] of Object.entries(r.byLabel ?? {}))
    ctx.log(
      `    ${label.padEnd(8)} ${l.completed} (${Math.round((100 * l.completed) / Math.max(1, r.completed))} %), ` +
        `p50 ${l.p50Ms} ms, p95 ${l.p95Ms} ms, p99 ${l.p99Ms} ms, errors ${l.errors}`,
    )
  return row('mixed', CONNECTIONS, r, null, server.rss.peakMb())
}
