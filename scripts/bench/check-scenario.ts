// registration-check: the public check's API by number (GET /api/v1/registration-check, the real
// route, rate limit lifted for the one bench address, answers cached 30 s as in production)
// beside a bare indexed SELECT by number returning JSON, on the same server in the same run;
// then 100-number batches (reported as calls/s; × 100 numbers). Half the numbers asked are
// seeded (companies, listed and unlisted persons), half nobody registered.
import { describe, row, warmAndMeasure, type RunContext, type ScenarioRow } from './client.js'
import { checkNumbers } from './check-routes.js'
import type { BenchServer } from './processes.js'
import type { LoadTarget } from './protocol.js'
import { withCheckDigit } from '../../src/platform/thai-id.js'

export const CHECK_CONNECTIONS = 8
const SEEDED = 2_000

export async function checkScenario(ctx: RunContext, server: BenchServer): Promise<ScenarioRow[]> {
  const seed = await fetch(`${server.url}/bench/check-seed/${SEEDED}`, {
    method: 'POST',
    signal: AbortSignal.timeout(600_000),
  })
  if (seed.status !== 200) throw new Error(`check seed: ${seed.status}`)
  const { companies, persons } = checkNumbers(SEEDED)
  const nobody = Array.from({ length: SEEDED * 2 }, (_, i) =>
    withCheckDigit(`59000${String(i).padStart(7, '0')}`),
  )
  const numbers = [...companies, ...persons, ...nobody].sort(() => Math.random() - 0.5)
  const probe = await fetch(`${server.url}/api/v1/registration-check?number=${companies[1]}`)
  if (probe.status !== 200 || !(await probe.text()).includes('"listed"'))
    throw new Error(`the check did not answer a seeded company: ${probe.status}`)

  server.rss.reset()
  const bare: LoadTarget = {
    kind: 'cycle',
    method: 'GET',
    paths: numbers.map((n) => `/bench/indexed-select?number=${n}`),
  }
  const base = await warmAndMeasure(ctx, server, CHECK_CONNECTIONS, bare)
  ctx.log(`  baseline (a bare indexed SELECT as JSON): ${describe(base, server)}`)
  const one: LoadTarget = {
    kind: 'cycle',
    method: 'GET',
    paths: numbers.map((n) => `/api/v1/registration-check?number=${n}`),
  }
  const r = await warmAndMeasure(ctx, server, CHECK_CONNECTIONS, one)
  ctx.log(`  check by number (${CHECK_CONNECTIONS} connections): ${describe(r, server)}`)
  const rows = [row('registration-check', CHECK_CONNECTIONS, r, base, server.rss.peakMb())]

  const batches: string[] = []
  for (let i = 0; i + 100 <= numbers.length; i += 100)
    batches.push(
      `/api/v1/registration-check?${numbers
        .slice(i, i + 100)
        .map((n) => `number=${n}`)
        .join('&')}`,
    )
  server.rss.reset()
  const batch: LoadTarget = { kind: 'cycle', method: 'GET', paths: batches }
  const b = await warmAndMeasure(ctx, server, CHECK_CONNECTIONS, batch)
  ctx.log(`  100-number batches (${CHECK_CONNECTIONS} connections): ${describe(b, server)}`)
  rows.push(row('registration-check-100', CHECK_CONNECTIONS, b, base, server.rss.peakMb()))
  return rows
}
