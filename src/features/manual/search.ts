import MiniSearch from 'minisearch'
import type { Locale } from '../../platform/time.js'
import type { Topic } from './content.js'
import { slugify } from './render.js'

/** One passage: the text under one heading of one topic. */
interface Passage {
  id: string
  slug: string
  topic: string
  heading: string
  anchor: string
  text: string
}

/** A search result: the topic, the passage's heading and anchor, and a short excerpt. */
export interface SearchHit {
  /** The language of the passage (a query in the other language's script finds its pages). */
  locale: Locale
  slug: string
  topic: string
  heading: string
  anchor: string
  excerpt: string
}

/**
 * Words as Intl.Segmenter cuts them: Thai is written without spaces between words, so a word
 * inside a longer run ("เป๋าตัง" in "ใช้แอปเป๋าตังยืนยันตัวตน") becomes its own token. Queries are
 * cut the same way, so a query finds the passage however the words were run together.
 */
export function words(text: string, locale: Locale): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' })
  const out: string[] = []
  for (const s of segmenter.segment(text.normalize('NFC'))) {
    if (s.isWordLike) out.push(s.segment.toLowerCase())
  }
  return out
}

/** Markdown to plain text for the index: markup dropped, pictures' alt text kept. */
function plain(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Cuts a topic into passages at its level-2 and level-3 headings. */
function passagesOf(topic: Topic): Passage[] {
  const out: Passage[] = []
  let heading = topic.title
  let anchor = ''
  let lines: string[] = []
  const flush = () => {
    const text = plain(lines.join('\n'))
    if (text)
      out.push({
        id: `${topic.slug}#${anchor}`,
        slug: topic.slug,
        topic: topic.title,
        heading,
        anchor,
        text,
      })
    lines = []
  }
  for (const line of topic.body.split('\n')) {
    const h = /^(#{2,3})\s+(.*)$/.exec(line)
    if (h) {
      flush()
      heading = (h[2] ?? '').trim()
      anchor = slugify(heading)
    } else lines.push(line)
  }
  flush()
  return out
}

/** The excerpt around the first matching word, about 200 characters. */
function excerptOf(text: string, terms: string[]): string {
  const lower = text.toLowerCase()
  const at = Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0), text.length)
  const start = Math.max(0, (at === text.length ? 0 : at) - 80)
  const slice = text.slice(start, start + 200)
  return `${start > 0 ? '… ' : ''}${slice}${start + 200 < text.length ? ' …' : ''}`
}

/** The manual's index for one language, built once at start-up. */
export function buildIndex(topics: Topic[], locale: Locale) {
  const index = new MiniSearch<Passage>({
    fields: ['heading', 'text', 'topic'],
    storeFields: ['slug', 'topic', 'heading', 'anchor', 'text'],
    tokenize: (text) => words(text, locale),
    processTerm: (term) => term,
    searchOptions: { boost: { heading: 3, topic: 2 }, combineWith: 'AND', prefix: true },
  })
  index.addAll(topics.flatMap(passagesOf))
  return {
    search(query: string, limit = 20): SearchHit[] {
      const terms = words(query, locale)
      if (terms.length === 0) return []
      return index
        .search(terms.join(' '))
        .slice(0, limit)
        .map((r) => ({
          locale,
          slug: r.slug as string,
          topic: r.topic as string,
          heading: r.heading as string,
          anchor: r.anchor as string,
          excerpt: excerptOf(r.text as string, terms),
        }))
    },
  }
}
