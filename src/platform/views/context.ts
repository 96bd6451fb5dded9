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
  /** The user manual's section for this page (a journey step or an error), when it has one. */
  help?: PageHelp
}

/** A link from a page to the part of the user manual that explains it. */
export interface PageHelp {
  href: string
  text: string
}

/** Finds a page's part of the user manual: by its address, or by the error it shows. */
export type HelpResolver = (url: string, locale: Locale, status?: number) => PageHelp | undefined
