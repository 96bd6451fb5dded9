import { fromThaiDigits } from '../../platform/time.js'

/** What a comment's screening masks. */
export type Masked = 'email' | 'national_id' | 'phone'

/** The placeholder that replaces each masked item (Thai first: the portal's default language). */
export const MASKS: Record<Masked, string> = {
  email: '[อีเมล/e-mail]',
  national_id: '[เลขประจำตัว/ID]',
  phone: '[โทรศัพท์/phone]',
}

const PATTERNS: [Masked, RegExp][] = [
  ['email', /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu],
  // 13 digits, however grouped (1-2345-67890-12-3, spaces, none).
  ['national_id', /(?<![\d])\d(?:[\s.-]?\d){12}(?![\d])/g],
  // Thai numbers: +66 or 0, then 8 or 9 digits however grouped; any other run of 9+ digits too.
  [
    'phone',
    /(?<![\d])(?:\+?66|0)(?:[\s.()-]{0,2}\d){8,9}(?![\d])|(?<![\d])\d(?:[\s.-]?\d){8,}(?![\d])/g,
  ],
]

/**
 * A comment with national IDs, e-mail addresses and phone numbers masked before it is stored
 * (Thai digits are read as digits). Returns the text and what was masked.
 */
export function screenComment(input: string): { text: string; masked: Masked[] } {
  let text = input
  const masked: Masked[] = []
  for (const [kind, pattern] of PATTERNS) {
    // Thai digits map one to one onto ASCII ones, so indexes found in the mapped text hold.
    const ascii = fromThaiDigits(text)
    let out = ''
    let last = 0
    for (const m of ascii.matchAll(pattern)) {
      out += text.slice(last, m.index) + MASKS[kind]
      last = m.index + m[0].length
      masked.push(kind)
    }
    text = out + text.slice(last)
  }
  return { text, masked }
}
