import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import './types.js'

export interface SecurityOptions {
  production: boolean
  /** Extra origins that forms may be sent to or redirected to (the identity provider). */
  formActionOrigins: string[]
  postsPerMinute: number
  readsPerMinute: number
  /** State-changing requests per client address per minute, whatever their sessions. */
  postsPerMinutePerAddress: number
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** Security headers with a per-request CSP nonce, rate limits, and CSRF on every state change. */
export const securityPlugin = fp(async (app: FastifyInstance, opts: SecurityOptions) => {
  await app.register(helmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'", ...opts.formActionOrigins],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        ...(opts.production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: opts.production
      ? { maxAge: 31_536_000, includeSubDomains: true }
      : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
    frameguard: { action: 'deny' },
  })

  await app.register(rateLimit, {
    global: true,
    max: (request) => (UNSAFE.has(request.method) ? opts.postsPerMinute : opts.readsPerMinute),
    timeWindow: 60_000,
    // Mobile carriers put many people behind one address (CGNAT): a browser with a session is
    // counted by its session, so that neighbours do not use up each other's allowance.
    // Only a session that exists in the store counts: random cookie values get no allowance.
    keyGenerator: (request) => {
      const session = request.session as
        (typeof request.session & { sessionId?: string }) | undefined
      return session?.get('createdAt') !== undefined && session.sessionId
        ? `s:${session.sessionId}`
        : `ip:${request.ip}`
    },
    allowList: (request) =>
      request.url === '/healthz' || request.url === '/readyz' || request.url === '/metrics',
  })

  // New sessions are free, so the per-session allowance alone does not bound one address: its
  // posts are also counted together, under a ceiling several browsers behind one CGNAT share.
  const perAddress = app.createRateLimit({
    max: opts.postsPerMinutePerAddress,
    timeWindow: 60_000,
    keyGenerator: (request) => `addr:${request.ip}`,
  })
  app.addHook('onRequest', async (request, reply) => {
    if (!UNSAFE.has(request.method)) return
    const result = await perAddress(request)
    if (result.isAllowed || !result.isExceeded) return
    reply.header('retry-after', result.ttlInSeconds)
    throw Object.assign(new Error('Too many posts from this address'), { statusCode: 429 })
  })

  app.addHook('preHandler', (request, reply, done) => {
    if (!UNSAFE.has(request.method) || request.routeOptions.config.csrfExempt) {
      done()
      return
    }
    app.csrfProtection(request, reply, done)
  })
})
