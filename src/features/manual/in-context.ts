import type { Locale } from '../../platform/time.js'
import { manualMessages } from './messages.js'
import { MANUAL_PATHS } from './paths.js'
import type { TopicView } from './manual.views.js'

/**
 * Where each page's help lives in the manual: a topic and the index of its heading (levels 2 and
 * 3 counted in order; -1 is the top of the topic). Thai and English topics have the same
 * structure (a test checks it), so one index finds the section in both languages.
 */
export const STEP_SECTIONS: ReadonlyArray<{ path: RegExp; slug: string; heading: number }> = [
  { path: /^\/register\/person\/?$/, slug: 'register-person', heading: -1 },
  { path: /^\/register\/person\/details/, slug: 'register-person', heading: 0 },
  { path: /^\/register\/person\/confirm-email/, slug: 'register-person', heading: 1 },
  { path: /^\/register\/person\/verify/, slug: 'register-person', heading: 2 },
  { path: /^\/register\/person\/your-details/, slug: 'register-person', heading: 4 },
  { path: /^\/register\/person\/check/, slug: 'register-person', heading: 5 },
  { path: /^\/register\/person\/(done|resume)/, slug: 'register-person', heading: 6 },
  { path: /^\/register\/company\/?$/, slug: 'register-company', heading: -1 },
  { path: /^\/register\/company\/company/, slug: 'register-company', heading: 0 },
  { path: /^\/register\/company\/verify/, slug: 'register-company', heading: 1 },
  { path: /^\/register\/company\/(signers|sign\/|status)/, slug: 'register-company', heading: 2 },
  { path: /^\/register\/company\/(contact|confirm-email)/, slug: 'register-company', heading: 3 },
  { path: /^\/register\/company\/(check|done)/, slug: 'register-company', heading: 4 },
  { path: /^\/account\/sign-in/, slug: 'signing-in', heading: -1 },
  { path: /^\/account\/my-data/, slug: 'your-data', heading: -1 },
  { path: /^\/account\/(company|authority)/, slug: 'granting-authority', heading: -1 },
  { path: /^\/authority\//, slug: 'granting-authority', heading: 2 },
  { path: /^\/verify\//, slug: 'receipts', heading: 0 },
  {
    path: /^\/account\/registrations\/[^/]+\/reactivate/,
    slug: 'reactivating-a-registration',
    heading: 1,
  },
  {
    path: /^\/account\/registrations\/[^/]+\/cancel/,
    slug: 'cancelling-a-registration',
    heading: -1,
  },
  {
    path: /^\/account\/registrations\/[^/]+\/contact/,
    slug: 'changing-your-details',
    heading: -1,
  },
  {
    path: /^\/account\/registrations\/[^/]+\/refresh/,
    slug: 'updating-from-source',
    heading: -1,
  },
  { path: /^\/account\/registrations\/[^/]+\/broker/, slug: 'customs-brokers', heading: -1 },
  { path: /^\/account\/registrations\/[^/]+\/renew/, slug: 'broker-renewal', heading: -1 },
]

/** The section of the error-pages topic for each status an error page shows. */
export const ERROR_SECTIONS: Readonly<Record<number, number>> = {
  404: 0,
  403: 1,
  413: 2,
  429: 3,
  400: 4,
  500: 5,
  503: 6,
}

/** A link from a page to its part of the manual. */
export interface ManualHelp {
  href: string
  text: string
}

function anchorOf(topics: TopicView[], slug: string, heading: number): string | undefined {
  const topic = topics.find((t) => t.slug === slug)
  if (!topic) return undefined
  if (heading < 0) return MANUAL_PATHS.topic(slug)
  const h = topic.headings[heading]
  return h ? `${MANUAL_PATHS.topic(slug)}#${h.id}` : undefined
}

/**
 * The manual's link for a page: the error's section on an error page, the step's section on a
 * journey step, nothing elsewhere.
 */
export function helpFor(
  topics: Record<Locale, TopicView[]>,
  url: string,
  locale: Locale,
  status?: number,
): ManualHelp | undefined {
  const m = manualMessages(locale)
  const path = url.split('?')[0] ?? url
  if (status !== undefined && status >= 400) {
    const heading = ERROR_SECTIONS[status] ?? ERROR_SECTIONS[500] ?? 0
    const href = anchorOf(topics[locale], 'error-pages', heading)
    return href ? { href, text: m('help.error') } : undefined
  }
  const section = STEP_SECTIONS.find((s) => s.path.test(path))
  if (!section) return undefined
  const href = anchorOf(topics[locale], section.slug, section.heading)
  return href ? { href, text: m('help.step') } : undefined
}
