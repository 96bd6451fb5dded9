import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../../platform/jobs/index.js'
import { recordAudit } from '../../../platform/audit.js'
import { ActivityBatch, TokenRequest } from './activity.schema.js'
import { recordActivity, type ActivityDeps } from './activity.service.js'
import { enabledClient } from './clients.repository.js'
import { authenticateClient } from './clients.service.js'
import { API_PATHS } from './openapi.js'
import { fieldErrorsOf, ProblemError, sendProblem } from './problem.js'
import { issueToken, SCOPE, TOKEN_TTL_S, verifyToken, type TokenKey } from './tokens.js'

export interface ActivityApiOptions {
  deps: ActivityDeps & { clock: Clock; publicBaseUrl: string; tokenKey: TokenKey }
  /** Requests per calling system per minute on the activity endpoint. */
  requestsPerMinute?: number
}

/** A batch of 1,000 events is about 150 KB; the pages' 100 KB limit is too small. */
const BATCH_BODY_LIMIT = 1024 * 1024
const DEFAULT_REQUESTS_PER_MINUTE = 600

declare module 'fastify' {
  interface FastifyRequest {
    apiClient?: { id: string; name: string }
  }
}

function unauthorized(reason: string, detail: string): ProblemError {
  return new ProblemError(
    401,
    'unauthorized',
    'Not authenticated',
    [{ header: 'Authorization', code: reason, detail }],
    {
      headers: {
        'www-authenticate': `Bearer error="invalid_token", error_description="${reason}"`,
      },
    },
  )
}

function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  const m = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header ?? '')
  if (!m?.[1]) return undefined
  const text = Buffer.from(m[1], 'base64').toString('utf8')
  const at = text.indexOf(':')
  if (at < 1) return undefined
  return {
    id: decodeURIComponent(text.slice(0, at)),
    secret: decodeURIComponent(text.slice(at + 1)),
  }
}

/**
 * The customs activity API (ADR 18): the client-credentials token endpoint and the batch
 * endpoint (api-docs serves its OpenAPI document, merged with the portal's other APIs). Every
 * error is application/problem+json (RFC 9457) with field paths.
 */
export async function activityApiRoutes(
  app: FastifyInstance,
  opts: ActivityApiOptions,
): Promise<void> {
  const { deps } = opts
  const issuer = deps.publicBaseUrl
  app.setErrorHandler((err, request, reply) => sendProblem(err, request, reply, deps.publicBaseUrl))
  const perClient = app.createRateLimit({
    max: opts.requestsPerMinute ?? DEFAULT_REQUESTS_PER_MINUTE,
    timeWindow: 60_000,
    keyGenerator: (request) => `api:${request.apiClient?.id ?? request.ip}`,
  })

  async function authenticate(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const m = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(request.headers.authorization ?? '')
    if (!m?.[1]) throw unauthorized('missing_token', 'send Authorization: Bearer <access token>')
    const check = await verifyToken(deps.tokenKey, issuer, m[1], deps.clock.now())
    if (!check.ok)
      throw unauthorized(
        check.reason === 'expired' ? 'expired_token' : 'invalid_token',
        check.reason === 'expired'
          ? 'the access token has expired: ask for a new one'
          : 'the access token is not valid',
      )
    const client = await enabledClient(deps.db, check.clientId)
    if (!client) throw unauthorized('disabled_client', 'the calling system is disabled')
    request.apiClient = { id: client.id, name: client.name }
    const limit = await perClient(request)
    if (!limit.isAllowed && limit.isExceeded) {
      reply.header('retry-after', String(limit.ttlInSeconds))
      throw new ProblemError(429, 'rate-limited', 'Too many requests', [
        {
          header: 'Authorization',
          code: 'rate_limited',
          detail: `at most ${limit.max} requests a minute per calling system`,
        },
      ])
    }
  }

  app.post(API_PATHS.token, { config: { csrfExempt: true } }, async (request, reply) => {
    const parsed = TokenRequest.safeParse(request.body ?? {})
    if (!parsed.success)
      throw new ProblemError(
        400,
        'invalid-request',
        'Not a client-credentials request',
        fieldErrorsOf(parsed.error).map(({ pointer, ...e }) => ({
          ...e,
          parameter: pointer?.slice(1) || 'body',
        })),
        {
          oauthError: parsed.error.issues.some((i) => i.path[0] === 'grant_type')
            ? 'unsupported_grant_type'
            : 'invalid_request',
        },
      )
    const basic = basicCredentials(request.headers.authorization)
    const id = basic?.id ?? parsed.data.client_id
    const secret = basic?.secret ?? parsed.data.client_secret
    const now = deps.clock.now()
    const client = id && secret ? await authenticateClient(deps.db, id, secret, now) : undefined
    if (!client) {
      await recordAudit(deps.db, {
        actorType: 'anonymous',
        action: 'api_client.token_refused',
        outcome: 'refused',
        requestId: request.id,
        data: { client: id?.slice(0, 64) ?? null },
      })
      throw new ProblemError(
        401,
        'invalid-client',
        'Unknown client or wrong secret',
        [
          {
            ...(basic ? { header: 'Authorization' } : { parameter: 'client_secret' }),
            code: 'invalid_client',
            detail: 'the client id and secret do not match a live secret',
          },
        ],
        {
          oauthError: 'invalid_client',
          headers: { 'www-authenticate': 'Basic realm="customs-activity"' },
        },
      )
    }
    const token = await issueToken(deps.tokenKey, issuer, client.id, now)
    return reply
      .header('cache-control', 'no-store')
      .send({ access_token: token, token_type: 'Bearer', expires_in: TOKEN_TTL_S, scope: SCOPE })
  })

  app.post(
    API_PATHS.activity,
    {
      bodyLimit: BATCH_BODY_LIMIT,
      config: { csrfExempt: true, rateLimit: false },
      preHandler: authenticate,
    },
    async (request, reply) => {
      if (!(request.headers['content-type'] ?? '').startsWith('application/json'))
        throw new ProblemError(415, 'unsupported-media-type', 'Send application/json', [
          {
            header: 'Content-Type',
            code: 'unsupported',
            detail: 'the body must be application/json',
          },
        ])
      const parsed = ActivityBatch.safeParse(request.body)
      if (!parsed.success)
        throw new ProblemError(
          400,
          'invalid-body',
          'The body does not match the schema',
          fieldErrorsOf(parsed.error),
        )
      const client = request.apiClient as { id: string; name: string }
      const result = await recordActivity(deps, client, parsed.data, deps.clock.now(), request.id)
      return reply.send(result)
    },
  )
}
