import MarkdownIt from 'markdown-it'
import anchor from 'markdown-it-anchor'
import { MANUAL_PATHS } from './paths.js'

/** A heading of a topic: its anchor and text, for the page's contents list and the search. */
export interface Heading {
  level: number
  id: string
  text: string
}

/**
 * Heading anchors keep Thai letters (a Thai heading's anchor is readable in the address bar);
 * spaces and punctuation become single hyphens.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
}

// Raw HTML in the Markdown is escaped, not passed through: the manual's text cannot add scripts
// or styles that the pages' CSP would then have to allow.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false }).use(anchor, {
  slugify,
  level: [2, 3],
})

/** Links and pictures written as files in the repository become the portal's addresses. */
function rewriteUrl(url: string): string {
  const picture = /^(?:\.\.\/)?images\/([a-z0-9-]+\.png)$/.exec(url)
  if (picture) return MANUAL_PATHS.image(picture[1] ?? '')
  const topic = /^(?:\.\/)?([a-z0-9-]+)\.md(#.*)?$/.exec(url)
  if (topic) return `${MANUAL_PATHS.topic(topic[1] ?? '')}${topic[2] ?? ''}`
  return url
}

const defaultImage = md.renderer.rules.image
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx]
  if (!token || !defaultImage) return ''
  token.attrSet('src', rewriteUrl(String(token.attrGet('src') ?? '')))
  token.attrSet('loading', 'lazy')
  return defaultImage(tokens, idx, options, env, self)
}
md.core.ruler.push('manual-links', (state) => {
  for (const block of state.tokens) {
    for (const token of block.children ?? []) {
      if (token.type === 'link_open')
        token.attrSet('href', rewriteUrl(String(token.attrGet('href') ?? '')))
    }
  }
})

/**
 * The topic's HTML and its headings (levels 2 and 3). In the print view every topic sits under
 * its own heading: `shift` moves its headings one level down and `idPrefix` keeps their anchors
 * unique across the whole manual.
 */
export function renderTopic(
  body: string,
  opts: { idPrefix?: string; shift?: number } = {},
): { html: string; headings: Heading[] } {
  const tokens = md.parse(body, {})
  const headings: Heading[] = []
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open' && token.type !== 'heading_close') return
    const level = Number(token.tag.slice(1))
    if (token.type === 'heading_open' && (level === 2 || level === 3)) {
      const id = `${opts.idPrefix ?? ''}${token.attrGet('id') ?? slugify(tokens[i + 1]?.content ?? '')}`
      token.attrSet('id', id)
      headings.push({ level, id, text: tokens[i + 1]?.content ?? '' })
    }
    if (opts.shift) token.tag = `h${Math.min(6, level + opts.shift)}`
  })
  return { html: md.renderer.render(tokens, md.options, {}), headings }
}

/** The links and pictures a topic names, as written (the dead-link test checks each). */
export function referencesOf(body: string): { links: string[]; images: string[] } {
  const links: string[] = []
  const images: string[] = []
  for (const block of md.parse(body, {})) {
    for (const token of block.children ?? []) {
      if (token.type === 'link_open') links.push(String(token.attrGet('href') ?? ''))
      if (token.type === 'image') images.push(String(token.attrGet('src') ?? ''))
    }
  }
  return { links, images }
}

/** The rendered picture and link addresses, exported for the dead-link test. */
export { rewriteUrl }
