import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locale } from '../../platform/time.js'
import { PROJECT_ROOT } from '../../platform/paths.js'
import { readTopics, type Topic } from './content.js'
import { MANUAL_DIR } from './paths.js'
import { renderTopic } from './render.js'
import { buildIndex, type SearchHit } from './search.js'
import { helpFor } from './in-context.js'
import type { TopicView } from './manual.views.js'

/** The manual of one language, read and indexed once at start-up (it changes with a release). */
interface Edition {
  topics: TopicView[]
  officerTopics: TopicView[]
  printed: TopicView[]
  search: (query: string) => SearchHit[]
}

function view(topic: Topic, opts?: { idPrefix?: string; shift?: number }): TopicView {
  const { html, headings } = renderTopic(topic.body, opts)
  return {
    slug: topic.slug,
    title: topic.title,
    summary: topic.summary,
    updated: topic.updated,
    html,
    headings,
  }
}

/** The portal's version, as package.json gives it: printed on every page of the manual. */
export const PORTAL_VERSION: string = (
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }
).version

/** Reads both languages' topics; officers' topics are kept apart from the public ones. */
export function loadManual(dir = MANUAL_DIR): Record<Locale, Edition> {
  const edition = (locale: Locale): Edition => {
    const all = readTopics(locale, dir)
    const pub = all.filter((t) => t.audience === 'public')
    const index = buildIndex(pub, locale)
    return {
      topics: pub.map((t) => view(t)),
      officerTopics: all.filter((t) => t.audience === 'officers').map((t) => view(t)),
      printed: pub.map((t) => view(t, { idPrefix: `${t.slug}--`, shift: 1 })),
      search: (q) => index.search(q),
    }
  }
  return { th: edition('th'), en: edition('en') }
}

/**
 * Searches the page's language first; when nothing matches there, the other language (someone on
 * the English pages who types a Thai word finds the Thai pages, and the reverse).
 */
export function searchManual(
  manual: Record<Locale, Edition>,
  locale: Locale,
  query: string,
): SearchHit[] {
  const hits = manual[locale].search(query)
  if (hits.length > 0) return hits
  return manual[locale === 'th' ? 'en' : 'th'].search(query)
}

let cached: Record<Locale, Edition> | undefined

/** The repository's manual, read once per process. */
export function defaultManual(): Record<Locale, Edition> {
  cached ??= loadManual()
  return cached
}

/** The officers' topics in one language: shown only behind the back office's sign-in. */
export function officerTopics(locale: Locale): TopicView[] {
  return defaultManual()[locale].officerTopics
}

/** The manual's link for a page, for the page context (app.ts hands it to the layout). */
export function manualHelp(manual: Record<Locale, Edition> = defaultManual()) {
  const topics = { th: manual.th.topics, en: manual.en.topics }
  return (url: string, locale: Locale, status?: number) => helpFor(topics, url, locale, status)
}
