import fastifyCookie from '@fastify/cookie'
import fastifyCsrf from '@fastify/csrf-protection'
import fastifyFormbody from '@fastify/formbody'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify'
import { registerFeatures, type AppDeps } from './app-features.js'
import { manualHelp } from './features/manual/index.js'
import { canonicalHostPlugin } from './platform/http/canonical-host.js'
import { errorHandlerPlugin } from './platform/http/error-handler.js'
import { observabilityPlugin } from './platform/http/observability.js'
import { pageContextPlugin } from './platform/http/page-context.js'
import { securityPlugin } from './platform/http/security.js'
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, sessionPlugin } from './platform/http/session.js'
import { shortReference } from './platform/ids.js'
import type { Clock, Scheduler } from './platform/jobs/index.js'
import { createLogger } from './platform/logger.js'
import { PUBLIC_DIR } from './platform/paths.js'

export type { AppDeps } from './app-features.js'

const BODY_LIMIT_BYTES = 100 * 1024
/** How often the scheduler looks for due jobs (each look is one UPDATE per job). */
const JOBS_POLL_MS = 10_000

/** Builds the application: the whole plugin order is here, in one place. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database } = deps
  const production = config.env === 'production'
  const app = Fastify({
    loggerInstance: deps.logger ?? (createLogger({ level: config.logLevel }) as FastifyBaseLogger),
    genReqId: () => shortReference(),
    requestIdHeader: false,
    trustProxy: config.trustProxy,
    bodyLimit: BODY_LIMIT_BYTES,
    return503OnClosing: true,
  })
  app.decorate('simulatorsEnabled', config.simulators)
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id)
  })

  // 1. Errors and 404s become pages with a reference.
  await app.register(errorHandlerPlugin, { db: database.db })
  // 2. Parsing: cookies and url-encoded forms.
  await app.register(fastifyCookie)
  await app.register(fastifyFormbody)
  // Pages under one host name, PUBLIC_BASE_URL's, where the links and the bank's callback lead
  // (cookies belong to a name). With the simulators only: there one machine answers to
  // localhost, 127.0.0.1 and a LAN address; in production the TLS proxy owns the public names.
  if (config.simulators)
    await app.register(canonicalHostPlugin, { publicBaseUrl: config.publicBaseUrl })
  // 3. Language of the page.
  await app.register(pageContextPlugin, { secureCookies: production, helpFor: manualHelp() })
  // 4. Server-side sessions, then CSRF tokens kept in them.
  await app.register(sessionPlugin, {
    db: database.db,
    secret: config.secrets.session.value,
    secure: production,
    idleMs: SESSION_IDLE_MS,
    absoluteMs: SESSION_ABSOLUTE_MS,
  })
  await app.register(fastifyCsrf, { sessionPlugin: '@fastify/session' })
  // 5. Security headers (CSP nonce), rate limits and the CSRF check on every state change.
  await app.register(securityPlugin, {
    production,
    formActionOrigins: [],
    postsPerMinute: deps.limits?.postsPerMinute ?? config.rateLimits.postsPerMinute,
    readsPerMinute: deps.limits?.readsPerMinute ?? config.rateLimits.readsPerMinute,
    postsPerMinutePerAddress:
      deps.limits?.postsPerMinutePerAddress ?? config.rateLimits.postsPerMinutePerAddress,
  })
  // 6. Static assets, health and metrics.
  await app.register(fastifyStatic, {
    root: PUBLIC_DIR,
    prefix: '/assets/',
    maxAge: 3600_000,
    index: false,
  })
  // Browsers ask for /favicon.ico at the root whatever the page links to.
  app.get('/favicon.ico', (_request, reply) =>
    reply.sendFile('favicon.ico', { maxAge: 86_400_000 }),
  )
  await app.register(observabilityPlugin, { db: database.db, metrics: config.metrics })
  // 7. Features, wired to their adapters, and 8. periodic work in one scheduler, each run once
  // across instances on the jobs' clock (app-features.ts).
  const { scheduler, clock } = await registerFeatures(app, deps)
  app.decorate('jobs', { scheduler, clock })
  if (deps.backgroundJobs) app.addHook('onReady', async () => scheduler.start(JOBS_POLL_MS))
  app.addHook('onClose', async () => scheduler.stop())

  return app
}

declare module 'fastify' {
  interface FastifyInstance {
    simulatorsEnabled: boolean
    /** The scheduler of periodic jobs and its clock (tests tick it; simulators move the clock). */
    jobs: { scheduler: Scheduler; clock: Clock }
  }
}
