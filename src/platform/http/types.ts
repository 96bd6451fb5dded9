import type { VNode } from 'preact'
import type { Locale } from '../i18n/index.js'
import type { PageNotice } from '../views/context.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** The page language: ?lang=, then the lang cookie, then Thai. */
    locale: Locale
  }
  interface FastifyReply {
    /** Sends a rendered page as text/html. */
    page(vnode: VNode, statusCode?: number): FastifyReply
  }
  interface FastifyContextConfig {
    /** Requests to this route carry no CSRF token (machine callbacks with their own checks). */
    csrfExempt?: boolean
    /** Requests to this route do not extend the session (progress polling). */
    sessionPassive?: boolean
  }
  interface Session {
    createdAt?: number
    seenAt?: number
    /** A message for the next page this session sees, shown once (see pageContext). */
    notice?: PageNotice
  }
}
