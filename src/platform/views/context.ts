import type { Locale, Translate } from '../i18n/index.js'

/** One-time messages a redirect leaves for the page it leads to. */
export type PageNotice = 'submit-refused' | 'already-registered'

/** What every page needs to render: language, messages, the CSP nonce and the CSRF token. */
export interface PageContext {
  locale: Locale
  t: Translate
  nonce: string
  /** Present on pages that carry forms. */
  csrfToken?: string
  /** The path and query of this page, used by the language switch. */
  url: string
  simulators: boolean
  /** Milliseconds of idle time this page's session has; pages with forms warn before it ends. */
  sessionIdleMs?: number
  /** A message left by the request that led here (shown above the page's content, once). */
  notice?: PageNotice
}
