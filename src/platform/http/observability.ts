import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { sql } from 'kysely'
import type { Kysely } from 'kysely'
import type { AddressInfo } from 'node:net'
import { Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import type { MetricsConfig } from '../../config/network.js'
import type { DB } from '../db/schema.js'
import { hasBearer, startMetricsListener, type MetricsListener } from './metrics-access.js'

const OPEN_METRICS: MetricsConfig = {
  publicListener: 'open',
  token: undefined,
  port: undefined,
  host: '127.0.0.1',
}

/**
 * /healthz (process up), /readyz (database answers) and /metrics (Prometheus): on the public
 * listener only when open (development) or with the bearer token, and on METRICS_PORT if set.
 */
export const observabilityPlugin = fp(
  async (
    app: FastifyInstance,
    opts: { db: Kysely<DB>; register?: Registry; metrics?: MetricsConfig },
  ) => {
    const metrics = opts.metrics ?? OPEN_METRICS
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
    const { token } = metrics
    if (metrics.publicListener !== 'off') {
      app.get('/metrics', async (request, reply) => {
        if (metrics.publicListener === 'token' && !(token && hasBearer(request.headers, token)))
          return reply.code(401).header('www-authenticate', 'Bearer').send({ error: '401' })
        return reply.type(register.contentType).send(await register.metrics())
      })
    }

    let listener: MetricsListener | undefined
    app.decorate('metricsAddress', () => listener?.address())
    const { port } = metrics
    if (port !== undefined) {
      app.addHook('onReady', async () => {
        listener = await startMetricsListener({ register, host: metrics.host, port, token })
        const at = listener.address()
        app.log.info({ url: `http://${at.address}:${at.port}/metrics` }, 'metrics listener is up')
      })
      app.addHook('onClose', async () => {
        await listener?.close()
      })
    }
  },
)

declare module 'fastify' {
  interface FastifyInstance {
    /** Where the separate /metrics listener listens (METRICS_PORT), once the app is ready. */
    metricsAddress(): AddressInfo | undefined
  }
}
