import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { Kysely } from 'kysely'
import { recordAudit } from '../audit.js'
import type { DB } from '../db/schema.js'
import { AppError } from '../errors.js'
import { ErrorPage, type ErrorKind } from './error-pages.js'
import { pageContext } from './page-context.js'

const DATABASE_DOWN_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '08006',
  '08001',
  '08003',
])

function isDatabaseDown(err: FastifyError): boolean {
  return (
    DATABASE_DOWN_CODES.has(err.code) ||
    /Connection terminated|timeout exceeded when trying to connect|not queryable/i.test(err.message)
  )
}

// Data exceptions a request's own values cause (a NUL character in text, a malformed uuid, a value
// too long or out of range for its column): the request is bad, the server is not broken.
const BAD_INPUT_CODES = new Set(['22021', '22P02', '22001', '22003'])

function wantsJson(request: FastifyRequest): boolean {
  return (
    request.url.startsWith('/api/') || (request.headers.accept ?? '').startsWith('application/json')
  )
}

function classify(err: FastifyError): { status: number; kind: ErrorKind } {
  if (err.code?.startsWith('FST_CSRF')) return { status: 403, kind: 'csrf' }
  if (err instanceof AppError) {
    const kind = String(err.statusCode) as ErrorKind
    return {
      status: err.statusCode,
      kind: ['400', '403', '404', '503'].includes(kind) ? kind : '500',
    }
  }
  if (isDatabaseDown(err)) return { status: 503, kind: '503' }
  if (BAD_INPUT_CODES.has(err.code)) return { status: 400, kind: '400' }
  const status = err.statusCode ?? 500
  if (status === 413 || status === 429 || status === 404)
    return { status, kind: String(status) as ErrorKind }
  if (status >= 400 && status < 500) return { status, kind: '400' }
  return { status: 500, kind: '500' }
}

function send(request: FastifyRequest, reply: FastifyReply, status: number, kind: ErrorKind) {
  if (wantsJson(request)) {
    return reply.code(status).send({ error: kind, reference: request.id })
  }
  return reply.page(
    <ErrorPage ctx={pageContext(request, reply, { status })} kind={kind} reference={request.id} />,
    status,
  )
}

/** Maps every error to a page (or JSON for the API) with a reference; never a stack trace. */
export const errorHandlerPlugin = fp(async (app: FastifyInstance, opts: { db: Kysely<DB> }) => {
  app.setNotFoundHandler((request, reply) => send(request, reply, 404, '404'))

  app.setErrorHandler(async (err: FastifyError, request, reply) => {
    const { status, kind } = classify(err)
    if (status >= 500) {
      request.log.error({ err, reference: request.id }, 'request failed')
    } else {
      request.log.info({ code: err.code, status, reference: request.id }, err.message)
    }
    if (kind === 'csrf') {
      // A forged or replayed form is refused and recorded.
      await recordAudit(opts.db, {
        actorType: 'anonymous',
        action: 'security.csrf_refused',
        outcome: 'refused',
        requestId: request.id,
        data: { method: request.method, route: request.routeOptions.url ?? null },
      }).catch((auditErr: unknown) =>
        request.log.error({ err: auditErr }, 'could not audit a CSRF refusal'),
      )
    }
    const headers = (err as FastifyError & { headers?: Record<string, string> }).headers
    if (status === 429 && headers) reply.headers(headers)
    // With the database unavailable, saving the session after the page would wait for it a
    // second time (a pool connection, then its timeout) before the 503 goes out. The failed
    // request's session changes are dropped; the stored session stays as it was.
    if (isDatabaseDown(err)) (request as { session?: unknown }).session = undefined
    return send(request, reply, status, kind)
  })
})
