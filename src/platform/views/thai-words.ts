import { h, options, type ComponentChildren, type VNode } from 'preact'

/**
 * Thai compounds that Chromium's line breaker splits in two on a phone (measured at 360 px:
 * "ข้อ|กำหนด", "บุคคล|ธรรมดา", "ผู้ประกอบ|การ"). `word-break: keep-all` and `auto-phrase` do not
 * apply to Thai there, so these are kept whole by markup ("การ|ใช้งาน" and the grantee's
 * button "…เพื่อรับ|มอบ" too). Add a word when a page shows it split.
 */
export const THAI_COMPOUNDS: readonly string[] = [
  'ผู้ประกอบการ',
  'บุคคลธรรมดา',
  'ข้อกำหนด',
  'การใช้งาน',
  'รับมอบ',
]

const segmenter = new Intl.Segmenter('th', { granularity: 'word' })
const LONGEST = 5

/**
 * The text with each listed compound in a span that does not wrap; a compound is taken only
 * where it starts and ends on a word boundary (Intl.Segmenter), never inside another word. A
 * page may pass its own words for its running text (a status line, say).
 */
export function keepThaiCompounds(
  text: string,
  words: readonly string[] = THAI_COMPOUNDS,
): ComponentChildren {
  if (!words.some((c) => text.includes(c))) return text
  const parts = Array.from(segmenter.segment(text), (s) => s.segment)
  const out: ComponentChildren[] = []
  let plain = ''
  for (let i = 0; i < parts.length;) {
    let end = 0
    for (let j = Math.min(parts.length, i + LONGEST); j > i + 1 && end === 0; j--)
      if (words.includes(parts.slice(i, j).join(''))) end = j
    if (end === 0) {
      plain += parts[i]
      i += 1
      continue
    }
    if (plain) out.push(plain)
    plain = ''
    out.push(h('span', { class: 'th-word' }, parts.slice(i, end).join('')))
    i = end
  }
  if (plain) out.push(plain)
  return out.length === 1 && typeof out[0] === 'string' ? out[0] : out
}

function mapText(children: ComponentChildren): ComponentChildren {
  if (typeof children === 'string') return keepThaiCompounds(children)
  if (Array.isArray(children)) return children.map((c: ComponentChildren) => mapText(c))
  return children
}

/** The short, large texts a phone wraps: page and section headings, labels, buttons, summaries. */
const WHOLE_WORDS = new Set(['h1', 'h2', 'label', 'legend', 'summary', 'button'])

function keepsWords(vnode: VNode): boolean {
  if (typeof vnode.type !== 'string') return false
  if (WHOLE_WORDS.has(vnode.type)) return true
  const cls = (vnode.props as { class?: unknown }).class
  return vnode.type === 'a' && typeof cls === 'string' && /\bbutton\b/.test(cls)
}

let installed = false

/** Every page rendered after this keeps the listed compounds whole in its headings and buttons. */
export function installThaiCompounds(): void {
  if (installed) return
  installed = true
  const previous = options.vnode
  options.vnode = (vnode) => {
    if (keepsWords(vnode)) {
      const props = vnode.props as { children?: ComponentChildren }
      props.children = mapText(props.children)
    }
    previous?.(vnode)
  }
}
