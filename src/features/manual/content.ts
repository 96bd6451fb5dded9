import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locale } from '../../platform/time.js'
import { MANUAL_DIR } from './paths.js'

/** One topic of the manual in one language: a Markdown file with a short front matter. */
export interface Topic {
  /** The file's name without ".md": the same in both languages, and the page's address. */
  slug: string
  locale: Locale
  title: string
  /** The topic's place in the contents list. */
  order: number
  /** When the text last changed (YYYY-MM-DD, from the front matter). */
  updated: string
  /** Who the topic is for: everyone, or signed-in officers only. */
  audience: 'public' | 'officers'
  /** One line under the title in the contents list. */
  summary: string
  /** The Markdown body, after the front matter. */
  body: string
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/

/**
 * Reads the front matter's "key: value" lines. The manual's own files use four keys only, so a
 * line reader is enough; a missing or malformed key stops the start with the file's name.
 */
export function parseTopic(file: string, text: string, locale: Locale): Topic {
  const match = FRONT_MATTER.exec(text)
  if (!match) throw new Error(`manual: ${file} has no front matter`)
  const fields = new Map<string, string>()
  for (const line of (match[1] ?? '').split('\n')) {
    const at = line.indexOf(':')
    if (at > 0) fields.set(line.slice(0, at).trim(), line.slice(at + 1).trim())
  }
  const need = (key: string): string => {
    const value = fields.get(key)
    if (!value) throw new Error(`manual: ${file} lacks "${key}" in its front matter`)
    return value
  }
  const order = Number(need('order'))
  const updated = need('updated')
  if (!Number.isInteger(order)) throw new Error(`manual: ${file} has a bad order`)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(updated)) throw new Error(`manual: ${file} has a bad date`)
  const audience = fields.get('audience') === 'officers' ? 'officers' : 'public'
  return {
    slug: file.replace(/\.md$/, ''),
    locale,
    title: need('title'),
    order,
    updated,
    audience,
    summary: need('summary'),
    body: text.slice(match[0].length),
  }
}

/** Every topic of one language, in the contents list's order. */
export function readTopics(locale: Locale, dir = MANUAL_DIR): Topic[] {
  const folder = join(dir, locale)
  return readdirSync(folder)
    .filter((f) => /^[a-z0-9-]+\.md$/.test(f))
    .map((f) => parseTopic(f, readFileSync(join(folder, f), 'utf8'), locale))
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug))
}
