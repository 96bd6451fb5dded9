import type { Locale } from '../../platform/time.js'

// Thai letters, with the spaces, digits and marks between two Thai words kept in the same run.
const THAI_RUN = /[\u0E00-\u0E7F]+(?:[\s\d./-]*[\u0E00-\u0E7F]+)*/g

/**
 * Text that may hold Thai inside an English page (a road name typed in Thai, the bank's Thai
 * address): each Thai run gets lang="th", so that a screen reader reads it in Thai. On a Thai
 * page the text is left as it is.
 */
export function MixedText({ text, locale }: { text: string; locale: Locale }) {
  if (locale === 'th' || !/[\u0E00-\u0E7F]/.test(text)) return <>{text}</>
  const parts: (string | { thai: string })[] = []
  let at = 0
  for (const m of text.matchAll(THAI_RUN)) {
    if (m.index > at) parts.push(text.slice(at, m.index))
    parts.push({ thai: m[0] })
    at = m.index + m[0].length
  }
  if (at < text.length) parts.push(text.slice(at))
  return <>{parts.map((p) => (typeof p === 'string' ? p : <span lang="th">{p.thai}</span>))}</>
}
