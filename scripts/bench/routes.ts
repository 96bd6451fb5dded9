// Bench-only routes, added to the real application before it is ready. They are never part of the
// portal: only scripts/bench/server.ts registers them, on a throw-away database.
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import type { ReceiptTables } from '../../src/features/receipts/index.js'
import { newId } from '../../src/platform/ids.js'
import type { PiiCrypto } from '../../src/platform/pii-crypto.js'
import {
  submitApplication,
  type SubmitDeps,
} from '../../src/features/registration-person/submit/queue.js'
import type { BenchStats } from './protocol.js'
import { droppedAuditInserts } from './no-audit.js'
import { registerSearchRoutes } from './search-routes.js'
import { registerStatisticsRoutes } from './statistics-routes.js'
import { registerCheckRoutes } from './check-routes.js'
import { registerLifecycleRoutes } from './lifecycle-routes.js'
import { registerProfileRoutes } from './profile-routes.js'
import { applicationIdFor, nationalIdFor, seedDrafts, submitKeyFor } from './seed.js'

export interface BenchRouteDeps {
  submit: SubmitDeps
  crypto: PiiCrypto
  issuer: string
  engine: 'pglite' | 'postgres'
  /** PostgreSQL only: the submit-no-audit variant's own pool (scripts/bench/no-audit.ts). */
  unauditedDb?: SubmitDeps['db']
}

export type N = { Params: { n: string } }
const MAX_SEED_PER_CALL = 250_000

function draftNumber(raw: string, seeded: number): number | undefined {
  const n = Number(raw)
  return Number.isInteger(n) && n >= 0 && n < seeded ? n : undefined
}

/** Registers the bench routes (no CSRF: the load generator has no session). */
export function registerBenchRoutes(app: FastifyInstance, deps: BenchRouteDeps): void {
  const { db } = deps.submit
  const receipts = db.withTables<ReceiptTables>()
  const noCsrf = { config: { csrfExempt: true } }
  let seeded = 0
  let baselineCounter = 0

  // Seeds `count` more verified drafts; answers the range of their numbers.
  app.post<{ Body: { count?: number } }>('/bench/seed', noCsrf, async (request) => {
    const count = Math.min(MAX_SEED_PER_CALL, Math.max(0, Math.floor(request.body?.count ?? 0)))
    const from = seeded
    await seedDrafts(db, deps.crypto, deps.issuer, from, from + count)
    seeded = from + count
    return { from, to: seeded }
  })

  // The scenario: the final submit of the n-th seeded draft, through the real service.
  app.post<N>('/bench/submit/:n', noCsrf, async (request, reply) => {
    const n = draftNumber(request.params.n, seeded)
    if (n === undefined) return reply.code(410).send({ error: 'no such seeded draft' })
    const result = await submitApplication(
      deps.submit,
      applicationIdFor(n),
      submitKeyFor(n),
      request.id,
    )
    // A refused seeded draft is a seeding fault: count it as an error.
    return reply.code(result.outcome === 'approved' ? 200 : 409).send(result)
  })

  // The same submit with its audit inserts dropped before they reach PostgreSQL
  // (scripts/bench/no-audit.ts): the submit-no-audit scenario. PostgreSQL only.
  if (deps.unauditedDb) {
    // Its own database handle, so its own pool (marked) and its own batch queue.
    const unaudited: SubmitDeps = { ...deps.submit, db: deps.unauditedDb }
    app.post<N>('/bench/submit-no-audit/:n', noCsrf, async (request, reply) => {
      const n = draftNumber(request.params.n, seeded)
      if (n === undefined) return reply.code(410).send({ error: 'no such seeded draft' })
      const result = await submitApplication(
        unaudited,
        applicationIdFor(n),
        submitKeyFor(n),
        request.id,
      )
      return reply.code(result.outcome === 'approved' ? 200 : 409).send(result)
    })
  }
  app.get('/bench/audit-counts', async () => {
    const decided = await db
      .selectFrom('audit_events')
      .select(sql<string>`count(*)`.as('n'))
      .where('action', '=', 'registration.decided')
      .executeTakeFirstOrThrow()
    return { decidedEvents: Number(decided.n), dropped: droppedAuditInserts() }
  })

  registerProfileRoutes(app, deps, (raw) => draftNumber(raw, seeded))
  registerSearchRoutes(app, deps)
  registerStatisticsRoutes(app, deps)
  registerCheckRoutes(app, deps)
  registerLifecycleRoutes(app, deps)

  // Baseline of the submit: the same person row, with fresh values, in one INSERT.
  app.post('/bench/baseline', noCsrf, async (_request, reply) => {
    const nationalId = nationalIdFor(baselineCounter++, '3')
    const hmac = deps.crypto.hmac(nationalId)
    const enc = deps.crypto.encrypt(nationalId)
    await db
      .insertInto('natural_persons')
      .values({
        id: newId(),
        national_id_hmac: hmac.blob,
        national_id_hmac_key_id: hmac.keyId,
        national_id_enc: enc.blob,
        national_id_enc_key_id: enc.keyId,
      })
      .execute()
    return reply.code(201).send({ ok: true })
  })

  // Baseline of the reads: one decision_receipts row by its primary key.
  app.get<{ Params: { id: string } }>('/bench/select/:id', async (request, reply) => {
    const row = await receipts
      .selectFrom('decision_receipts')
      .select(['id', 'decision_id', 'key_id', 'issued_at'])
      .where('id', '=', request.params.id)
      .executeTakeFirst()
    return row ? row : reply.code(404).send({ error: 'unknown' })
  })

  app.get<{ Querystring: { limit?: string } }>('/bench/receipts', async (request) => {
    const limit = Math.min(10_000, Math.max(1, Number(request.query.limit ?? 1000) || 1000))
    const rows = await receipts.selectFrom('decision_receipts').select('id').limit(limit).execute()
    return rows.map((r) => r.id)
  })

  // Signs the session in as the person of the n-th (submitted, approved) draft.
  app.post<N>('/bench/sign-in/:n', noCsrf, async (request, reply) => {
    const n = draftNumber(request.params.n, seeded)
    const row =
      n === undefined
        ? undefined
        : await db
            .selectFrom('applications')
            .select('person_id')
            .where('id', '=', applicationIdFor(n))
            .executeTakeFirst()
    if (!row?.person_id) return reply.code(404).send({ error: 'no such person' })
    request.session.set('personId', row.person_id)
    return { ok: true }
  })

  app.get('/bench/stats', async (): Promise<BenchStats> => {
    const outcomes = await db
      .selectFrom('decisions')
      .select(['outcome', sql<string>`count(*)`.as('n')])
      .groupBy('outcome')
      .execute()
    const count = async (table: 'registrations' | 'decision_receipts') =>
      Number(
        (
          await receipts
            .selectFrom(table)
            .select(sql<string>`count(*)`.as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      )
    const drafts = await db
      .selectFrom('applications')
      .select(sql<string>`count(*)`.as('n'))
      .where('status', '=', 'draft')
      .executeTakeFirstOrThrow()
    return {
      seeded,
      decisions: Object.fromEntries(outcomes.map((o) => [o.outcome, Number(o.n)])),
      registrations: await count('registrations'),
      receipts: await count('decision_receipts'),
      drafts: Number(drafts.n),
    }
  })
}
