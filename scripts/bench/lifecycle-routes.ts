// Bench-only routes of the lifecycle scenarios (issue 23): seeding a million registrations at
// chosen ages of inactivity and a few thousand real ones for the activity API, the API's calling
// systems, a bare JSON endpoint as the API's baseline, and one inactivity sweep run on demand.
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { createApiClient, runInactivitySweep } from '../../src/features/lifecycle/index.js'
import { seedRegistration } from '../../src/features/lifecycle/test-support/seed.repository.js'
import { seedRegistrations } from '../../src/features/statistics/test-support/seed.repository.js'
import { withCheckDigit } from '../../src/platform/thai-id.js'
import type { BenchRouteDeps } from './routes.js'

const DAY_MS = 86_400_000

/** The registration numbers the activity API is called with (real HMACs, seeded one by one). */
export function activityNumbers(n: number): string[] {
  return Array.from({ length: n }, (_, i) => withCheckDigit(`32000${String(i).padStart(7, '0')}`))
}

/**
 * The sweep's population, by how long each registration has been inactive: 90 % active in the
 * last 150 days, 5 % in the warning window (the 30- and 7-day warnings are due), 5 % past six
 * months (due for suspension). Persons only: their rule (6 months) is the one that bites.
 */
function populations(n: number, now: number) {
  const at = (days: number) => new Date(now - days * DAY_MS).toISOString()
  const share = (f: number) => Math.round(n * f)
  return [
    { tag: 'bench-life-recent', n: share(0.9), from: at(150), spanDays: 149 },
    { tag: 'bench-life-warn', n: share(0.05), from: at(180), spanDays: 28 },
    { tag: 'bench-life-due', n: share(0.05), from: at(400), spanDays: 200 },
  ]
}

export function registerLifecycleRoutes(app: FastifyInstance, deps: BenchRouteDeps): void {
  const { db } = deps.submit
  app.post<{ Params: { n: string; real: string } }>(
    '/bench/lifecycle-seed/:n/:real',
    { config: { csrfExempt: true } },
    async (request) => {
      const now = Date.now()
      const counts: Record<string, number> = {}
      for (const p of populations(Number(request.params.n), now)) {
        await seedRegistrations(db, {
          n: p.n,
          tag: p.tag,
          party: 'person',
          at: p.from,
          stepSeconds: (p.spanDays * 86_400) / p.n,
        })
        counts[p.tag] = p.n
      }
      const recent = new Date(now - 10 * DAY_MS)
      const numbers = activityNumbers(Number(request.params.real))
      for (const number of numbers)
        await seedRegistration(db, deps.crypto, { number, validFrom: recent })
      counts.real = numbers.length
      // As after any bulk load (statistics-1m does the same): the planner needs the new sizes,
      // which autovacuum would give it later on a live database.
      await sql`ANALYZE`.execute(db)
      return counts
    },
  )
  app.post<{ Params: { n: string } }>(
    '/bench/activity-clients/:n',
    { config: { csrfExempt: true } },
    async (request) => {
      const clients = []
      for (let i = 0; i < Number(request.params.n); i++)
        clients.push(
          await createApiClient(db, `bench-clearance-${Date.now()}-${i}`, new Date(), {
            osUser: 'bench',
            host: null,
          }),
        )
      return clients
    },
  )
  // The baseline: the same JSON body parsed and answered, nothing looked up or written.
  app.post<{ Body: { events?: unknown[] } }>(
    '/bench/json-baseline',
    { config: { csrfExempt: true }, bodyLimit: 1024 * 1024 },
    async (request) => ({ received: request.body.events?.length ?? 0 }),
  )
  app.post('/bench/inactivity-sweep', { config: { csrfExempt: true } }, async () => {
    const started = Date.now()
    const counts = await runInactivitySweep(
      { db, publicBaseUrl: deps.submit.publicBaseUrl },
      new Date(),
    )
    return { ...counts, ms: Date.now() - started }
  })
}
