import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import type { z } from 'zod'
import type { FieldError } from './activity.schema.js'

/** Where the problem kinds are described (a URI per kind, as RFC 9457 asks): the api-docs page. */
export const PROBLEM_BASE = '/api/v1/problems/'

/** Every kind of problem the API answers with and its HTTP status; the problems page tells each. */
export const PROBLEM_KINDS = {
  malformed: 400,
  'invalid-request': 400,
  'invalid-body': 400,
  unauthorized: 401,
  'invalid-client': 401,
  'too-large': 413,
  'unsupported-media-type': 415,
  'invalid-events': 422,
  'rate-limited': 429,
  internal: 500,
} as const satisfies Record<string, number>

export type ProblemKind = keyof typeof PROBLEM_KINDS

/** An API refusal: an HTTP status, a problem kind and what is wrong, field by field. */
export class ProblemError extends Error {
  override name = 'ProblemError'
  constructor(
    readonly status: number,
    readonly kind: ProblemKind,
    readonly title: string,
    readonly errors: FieldError[],
    readonly extra: { oauthError?: string; headers?: Record<string, string> } = {},
  ) {
    super(title)
  }
}

/** A JSON Pointer (RFC 6901) to the value at a zod path. */
export function pointerOf(path: readonly PropertyKey[]): string {
  return path.map((p) => `/${String(p).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')
}

/** Each zod issue as a field error pointing into the body. */
export function fieldErrorsOf(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : []
    const path = keys.length === 1 ? [...issue.path, keys[0] as string] : issue.path
    return { pointer: pointerOf(path), code: issue.code, detail: issue.message }
  })
}

/** Maps a framework error (body too large, bad JSON, rate limit) to a problem. */
function fromFramework(err: FastifyError): ProblemError {
  const status = err.statusCode ?? 500
  if (status === 413)
    return new ProblemError(413, 'too-large', 'The request body is too large', [
      { pointer: '', code: 'too_large', detail: err.message },
    ])
  if (status === 415)
    return new ProblemError(415, 'unsupported-media-type', 'Send application/json', [
      { header: 'Content-Type', code: 'unsupported', detail: 'the body must be application/json' },
    ])
  if (status === 429)
    return new ProblemError(429, 'rate-limited', 'Too many requests', [
      {
        header: 'Authorization',
        code: 'rate_limited',
        detail: 'wait for the time Retry-After gives',
      },
    ])
  if (status >= 400 && status < 500)
    return new ProblemError(400, 'malformed', 'The request could not be read', [
      { pointer: '', code: 'malformed', detail: err.message },
    ])
  return new ProblemError(500, 'internal', 'The portal could not handle the request', [
    {
      pointer: '',
      code: 'internal',
      detail: 'try again later; quote the instance to the help desk',
    },
  ])
}

/** Sends any error as application/problem+json (RFC 9457), with the request's reference. */
export function sendProblem(
  err: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
  publicBaseUrl: string,
): FastifyReply {
  const problem = err instanceof ProblemError ? err : fromFramework(err as FastifyError)
  if (problem.status >= 500) request.log.error({ err, reference: request.id }, 'API request failed')
  const headers = {
    ...(err as { headers?: Record<string, string> }).headers,
    ...problem.extra.headers,
  }
  return reply
    .code(problem.status)
    .headers(headers)
    .type('application/problem+json')
    .send({
      type: `${publicBaseUrl}${PROBLEM_BASE}${problem.kind}`,
      title: problem.title,
      status: problem.status,
      detail: problem.errors.map((e) => e.detail).join('; '),
      instance: `urn:ctp:request:${request.id}`,
      errors: problem.errors,
      ...(problem.extra.oauthError ? { error: problem.extra.oauthError } : {}),
    })
}
