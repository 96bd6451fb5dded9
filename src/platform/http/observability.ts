import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { sql } from 'kysely'
import type { Kysely } from 'kysely'
import { Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import type { DB } from '../db/schema.js'

/** /healthz (process up), /readyz (database answers) and /metrics (Prometheus). */
export const observabilityPlugin = fp(
  async (app: FastifyInstance, opts: { db: Kysely<DB>; register?: Registry }) => {
    const register = opts.register ?? new Registry()
    collectDefaultMetrics({ register })
    const duration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration by route and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [register],
    })
    app.addHook('onResponse', async (request, reply) => {
      duration.observe(
        {
          method: request.method,
          route: request.routeOptions.url ?? 'unmatched',
          status: String(reply.statusCode),
        },
        reply.elapsedTime / 1000,
      )
    })

    app.get('/healthz', async () => ({ status: 'ok' }))
    app.get('/readyz', async (_request, reply) => {
      try {
        await Promise.race([
          sql`SELECT 1`.execute(opts.db),
          new Promise((_, reject) =>
            setTimeout(() => reject(new Error('database did not answer in 2 s')), 2000).unref(),
          ),
        ])
        return { status: 'ready' }
      } catch {
        return reply.code(503).send({ status: 'unavailable', reason: 'database' })
      }
    })
    app.get('/metrics', async (_request, reply) =>
      reply.type(register.contentType).send(await register.metrics()),
    )
  },
)
