import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { VNode } from 'preact'
import { DEFAULT_LOCALE, isLocale, translator } from '../i18n/index.js'
import type { HelpResolver, PageContext, PageNotice } from '../views/context.js'
import { renderPage } from '../views/render.js'
import { SESSION_IDLE_MS } from './session.js'
import './types.js'

const ONE_YEAR_S = 365 * 24 * 3600

/** Decides the language of each request and lets handlers send pages. */
export const pageContextPlugin = fp(
  async (app: FastifyInstance, opts: { secureCookies: boolean; helpFor?: HelpResolver }) => {
    app.decorateRequest('locale', DEFAULT_LOCALE)
    app.decorate('helpFor', opts.helpFor)
    app.addHook('onRequest', async (request, reply) => {
      const query = request.query as Record<string, unknown> | undefined
      const asked = query?.lang
      if (isLocale(asked)) {
        request.locale = asked
        if (request.cookies.lang !== asked) {
          reply.setCookie('lang', asked, {
            path: '/',
            maxAge: ONE_YEAR_S,
            sameSite: 'lax',
            httpOnly: true,
            secure: opts.secureCookies,
          })
        }
      } else if (isLocale(request.cookies.lang)) {
        request.locale = request.cookies.lang
      }
    })
    app.decorateReply('page', function page(this: FastifyReply, vnode: VNode, statusCode?: number) {
      if (statusCode !== undefined) this.code(statusCode)
      return this.type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(renderPage(vnode))
    })
  },
)

/**
 * The session's one-time notice, removed as it is read. No session, or the plain object
 * @fastify/session leaves when its store is down (the 503 page), has none.
 */
function takeNotice(request: FastifyRequest): { notice?: PageNotice } {
  const session = request.session as FastifyRequest['session'] | undefined
  const notice = typeof session?.get === 'function' ? session.get('notice') : undefined
  if (notice === undefined) return {}
  session?.set('notice', undefined)
  return { notice }
}

/** The manual's section for the page, from the resolver app.ts gave the plugin. */
function helpOf(request: FastifyRequest, status?: number): Pick<PageContext, 'help'> {
  const resolve = (request.server as FastifyInstance & { helpFor?: HelpResolver }).helpFor
  const help = resolve?.(request.url, request.locale, status)
  return help ? { help } : {}
}

/** The context a page renders with; forms=true issues a CSRF token (and so a session). */
export function pageContext(
  request: FastifyRequest,
  reply: FastifyReply,
  opts: { forms?: boolean; status?: number } = {},
): PageContext {
  const simulators =
    (request.server as FastifyInstance & { simulatorsEnabled?: boolean }).simulatorsEnabled ?? false
  return {
    ...takeNotice(request),
    locale: request.locale,
    t: translator(request.locale),
    nonce: reply.cspNonce?.script ?? '',
    ...(opts.forms ? { csrfToken: reply.generateCsrf(), sessionIdleMs: SESSION_IDLE_MS } : {}),
    url: request.url,
    simulators,
    ...helpOf(request, opts.status),
  }
}
