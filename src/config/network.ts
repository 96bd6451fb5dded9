import { isIP } from 'node:net'

// Settings of the public listener that are about who is on the other end: which proxies to
// believe (TRUST_PROXY), the per-address ceiling of form posts, and where /metrics is served.
// Read by loadConfig() (src/config.ts), which turns `fail` into a ConfigError.

/**
 * Which X-Forwarded-For entries to believe: false (none: the socket's address), or the addresses
 * and CIDR ranges of the proxies in front of the portal — the client is then the first address,
 * counted from the socket, that is not one of them. Never `true`, which would believe the
 * left-most entry (the one the client writes), and never a hop count, which cannot tell the
 * proxy from a client that reaches the port directly (Fastify 5 trusts nothing for a number).
 */
export type TrustProxy = false | string[]

export interface MetricsConfig {
  /**
   * /metrics on the public listener: 'open' (development, nothing else configured), 'token'
   * (a `Authorization: Bearer METRICS_TOKEN` header is required) or 'off' (404).
   */
  publicListener: 'open' | 'token' | 'off'
  token: string | undefined
  /** A separate listener that serves only /metrics (e.g. on 127.0.0.1 for the scraper). */
  port: number | undefined
  host: string
}

/** Requests per minute: posts and reads per session (or per address without one), and posts
 * per address whatever the session (new sessions are free, so they get no new allowance). */
export interface RateLimits {
  postsPerMinute: number
  readsPerMinute: number
  postsPerMinutePerAddress: number
}

export interface NetworkSettings {
  trustProxy: TrustProxy
  rateLimits: RateLimits
  metrics: MetricsConfig
}

type Fail = (variable: string, message: string) => never
type Env = Record<string, string | undefined>

/** proxy-addr's names for the private ranges, accepted in the list as they are. */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal'])

function isAddressOrCidr(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true
  const [address = '', prefix, ...rest] = entry.split('/')
  const family = isIP(address)
  if (family === 0 || rest.length > 0) return false
  if (prefix === undefined) return true
  if (!/^\d{1,3}$/.test(prefix)) return false
  return Number(prefix) <= (family === 4 ? 32 : 128)
}

const GIVE_ADDRESSES = 'give the addresses or CIDR ranges of the proxies, e.g. 10.0.0.0/8'

/** TRUST_PROXY: `false`, or a comma-separated list of the proxies' addresses / CIDR ranges. */
export function parseTrustProxy(raw: string | undefined, fail: Fail): TrustProxy {
  const value = (raw ?? '').trim()
  if (value === '' || value === 'false') return false
  if (value === 'true')
    fail(
      'TRUST_PROXY',
      `true would believe the left-most X-Forwarded-For address, which the client writes; ${GIVE_ADDRESSES}`,
    )
  if (/^\d+$/.test(value))
    fail(
      'TRUST_PROXY',
      `a hop count cannot tell the proxy from a client that connects directly; ${GIVE_ADDRESSES}`,
    )
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '')
  const bad = entries.find((e) => !isAddressOrCidr(e))
  if (bad !== undefined || entries.length === 0)
    fail('TRUST_PROXY', `not a hop count, an IP address or a CIDR range: ${bad ?? value}`)
  return entries
}

function integer(variable: string, raw: string, min: number, max: number, fail: Fail): number {
  if (!/^\d+$/.test(raw.trim())) fail(variable, 'must be a whole number')
  const n = Number(raw.trim())
  if (n < min || n > max) fail(variable, `must be between ${min} and ${max}`)
  return n
}

function parseMetrics(env: Env, production: boolean, fail: Fail): MetricsConfig {
  const token = env.METRICS_TOKEN && env.METRICS_TOKEN !== '' ? env.METRICS_TOKEN : undefined
  if (token !== undefined && (token.length < 32 || /\s/.test(token)))
    fail('METRICS_TOKEN', 'must be at least 32 characters, without spaces')
  const port =
    env.METRICS_PORT && env.METRICS_PORT !== ''
      ? integer('METRICS_PORT', env.METRICS_PORT, 0, 65535, fail)
      : undefined
  const host = env.METRICS_HOST && env.METRICS_HOST !== '' ? env.METRICS_HOST : '127.0.0.1'
  const publicListener =
    token !== undefined ? 'token' : production || port !== undefined ? 'off' : 'open'
  return { publicListener, token, port, host }
}

/** Reads TRUST_PROXY, RATE_LIMIT_* and METRICS_*. */
export function networkSettings(env: Env, production: boolean, fail: Fail): NetworkSettings {
  const limit = (variable: string, fallback: string) =>
    integer(variable, env[variable] ?? fallback, 1, Number.MAX_SAFE_INTEGER, fail)
  return {
    trustProxy: parseTrustProxy(env.TRUST_PROXY, fail),
    rateLimits: {
      postsPerMinute: limit('RATE_LIMIT_POSTS_PER_MINUTE', '60'),
      readsPerMinute: limit('RATE_LIMIT_READS_PER_MINUTE', '600'),
      postsPerMinutePerAddress: limit('RATE_LIMIT_ADDRESS_POSTS_PER_MINUTE', '300'),
    },
    metrics: parseMetrics(env, production, fail),
  }
}
