import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { isLocale } from '../i18n/index.js'

// One host name for the pages. Cookies belong to a host name (not a port): a journey begun at
// 127.0.0.1 has no session at localhost, where the links, the QR code and the bank's callback
// lead (PUBLIC_BASE_URL). So a browser asking for a page under another name is sent to the same
// path under PUBLIC_BASE_URL's, before any session or form exists there.

/** Paths that are not pages a person navigates to: probes, machine APIs, protocol ends, files. */
const LEFT_ALONE = [
  '/healthz',
  '/readyz',
  '/metrics',
  '/api/',
  '/.well-known/',
  '/assets/',
  '/favicon.ico',
  '/ekyc/status/',
  '/ekyc/callback',
  '/simulators/dbd/juristic-persons',
]

/** How long a redirected request is remembered, so that a second arrival is served (no loop). */
const REMEMBER_MS = 10_000
const REMEMBER_MAX = 1000

export interface CanonicalHostOptions {
  publicBaseUrl: string
  /** The clock of the loop guard; tests move it. */
  now?: () => number
}

function leftAlone(path: string): boolean {
  return LEFT_ALONE.some((p) =>
    p.endsWith('/') ? path.startsWith(p) : path === p || path.startsWith(`${p}/`),
  )
}

/** A browser navigating to a page: GET or HEAD asking for HTML (scripts and probes do not). */
function isPageRequest(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  const dest = request.headers['sec-fetch-dest']
  if (typeof dest === 'string' && dest !== 'document') return false
  return (request.headers.accept ?? '').includes('text/html')
}

/**
 * The redirect target: the same path and query under PUBLIC_BASE_URL, with the language the
 * browser chose under the other name (its cookie stays behind there).
 */
export function canonicalTarget(
  publicBaseUrl: string,
  requestUrl: string,
  langCookie: string | undefined,
): string {
  // Appended as text, never resolved: a request URL such as //elsewhere/x stays a path here.
  const base = publicBaseUrl.replace(/\/+$/, '')
  const target = new URL(`${base}${requestUrl.startsWith('/') ? '' : '/'}${requestUrl}`)
  if (isLocale(langCookie) && !target.searchParams.has('lang'))
    target.searchParams.set('lang', langCookie)
  return target.href
}

/**
 * Sends page GETs under another host name to the same path on PUBLIC_BASE_URL (302: a setting
 * that changes must not stay cached). Health, metrics, APIs, assets, protocol ends, POSTs and
 * non-browser requests are left alone. Never a loop: a request redirected a moment ago that
 * comes back under the same wrong name (a proxy rewriting Host) is served, and logged.
 */
export const canonicalHostPlugin = fp(async (app: FastifyInstance, opts: CanonicalHostOptions) => {
  const canonical = new URL(opts.publicBaseUrl).hostname.toLowerCase()
  const now = opts.now ?? Date.now
  const recent = new Map<string, number>()

  app.addHook('onRequest', async (request, reply) => {
    if (request.hostname.toLowerCase() === canonical) return
    if (!isPageRequest(request)) return
    const path = request.url.split('?', 1)[0] ?? '/'
    if (leftAlone(path)) return
    const client = `${request.ip} ${request.headers['user-agent'] ?? ''}`
    const at = now()
    const sentHere = recent.get(`${client} ${request.url}`)
    if (sentHere !== undefined && at - sentHere < REMEMBER_MS) {
      recent.delete(`${client} ${request.url}`)
      request.log.warn(
        { host: request.hostname, canonical },
        'a page redirected to PUBLIC_BASE_URL came back under another host name: served as it is (does a proxy rewrite Host? TRUST_PROXY makes X-Forwarded-Host count)',
      )
      return
    }
    let target: string
    try {
      target = canonicalTarget(opts.publicBaseUrl, request.url, request.cookies.lang)
    } catch {
      return // a URL that cannot be rebuilt is left to the router, which answers it as ever
    }
    for (const [k, t] of recent)
      if (at - t >= REMEMBER_MS || recent.size >= REMEMBER_MAX) recent.delete(k)
    const { pathname, search } = new URL(target)
    recent.set(`${client} ${pathname}${search}`, at)
    return reply.redirect(target, 302)
  })
})
