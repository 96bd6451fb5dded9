import pino, { type Logger } from 'pino'

// Thirteen digits, in ASCII or Thai, optionally separated by spaces or dashes, and not part of
// a longer number: every way a national ID can be written.
const NATIONAL_ID_PATTERN = /(?<![0-9๐-๙])[0-9๐-๙](?:[ -]?[0-9๐-๙]){12}(?![0-9๐-๙])/g
const REDACTED = '[national-id]'

/** Removes anything shaped like a national ID from a string. */
export function scrubText(text: string): string {
  return text.replace(NATIONAL_ID_PATTERN, REDACTED)
}

// Path segments and query values that work as passwords: one-time links and OIDC codes; and the
// public check's ?number=, which may hold a national ID typed in a way the pattern above misses
// (percent-encoded Thai digits, spaces sent as '+').
const SECRET_PATH =
  /\/(ekyc\/(?:go|status|continue)|resume|verify|company\/sign|authority\/accept)\/[^/?#]+/g
const SECRET_QUERY = /([?&](?:code|state|session_state|token|number)=)[^&#]*/g

/** A URL fit for the logs: no national ID, no one-time token, no authorization code. */
export function scrubUrl(url: string): string {
  return scrubText(url).replace(SECRET_PATH, '/$1/[token]').replace(SECRET_QUERY, '$1[redacted]')
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** Deep-copies log arguments with national IDs scrubbed from every string. */
export function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value)
  if (value === null || typeof value !== 'object' || depth > 6) return value
  if (value instanceof Error) {
    const err = value as Error & { code?: unknown }
    return {
      type: err.name,
      message: scrubText(err.message),
      stack: err.stack === undefined ? undefined : scrubText(err.stack),
      code: err.code,
    }
  }
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, depth + 1))
  if (!isPlainObject(value)) return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) out[k] = scrubValue(v, depth + 1)
  return out
}

interface LoggedRequest {
  id?: string
  method?: string
  url?: string
  routeOptions?: { url?: string }
}

/** The application logger: JSON lines, secrets redacted, national IDs scrubbed. */
export function createLogger(opts: {
  level: string
  destination?: pino.DestinationStream
}): Logger {
  return pino(
    {
      level: opts.level,
      redact: {
        paths: [
          'req.headers.cookie',
          'req.headers.authorization',
          'res.headers["set-cookie"]',
          '*.password',
          '*.nationalId',
          '*.national_id',
          '*.otp',
          '*.code_verifier',
        ],
        censor: '[redacted]',
      },
      serializers: {
        req(req: LoggedRequest) {
          return {
            id: req.id,
            method: req.method,
            url: scrubUrl(req.url ?? ''),
            route: req.routeOptions?.url,
          }
        },
        err: (err: unknown) => scrubValue(err),
      },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => scrubValue(a)) as Parameters<typeof method>)
        },
      },
    },
    opts.destination,
  )
}
