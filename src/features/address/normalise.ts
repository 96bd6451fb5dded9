// People type the word for "soi", "road" or "moo" into the field that the label already names
// ("ซอยสุขุมวิท 11", "ถ.สุขุมวิท", "Sukhumvit Rd", "หมู่ที่ 4"). The bare value is what is kept, and
// the formatter adds the word once, in the page's language. Stored values from before this was
// done still carry their prefix, so formatting strips it too: every function here is idempotent.

const SPACES = /\s+/g

/** Removes the first matching prefix or suffix again and again, then tidies the spaces. */
function strip(value: string, prefixes: RegExp[], suffixes: RegExp[] = []): string {
  let text = value.replace(SPACES, ' ').trim()
  for (let changed = true; changed && text !== '';) {
    changed = false
    for (const re of [...prefixes, ...suffixes]) {
      const next = text.replace(re, '').trim()
      if (next !== text) {
        text = next
        changed = true
      }
    }
  }
  return text
}

// A prefix ends at a dot, a space or (for the Thai words, written without spaces) anywhere: the
// one-letter Thai abbreviations need the dot or a space, so a name that starts with ซ or ถ stays.
const SOI_PREFIXES = [/^ซอย\s*/, /^ซ\.\s*/, /^ซ\s+/, /^soi\b\.?\s*/i]
const ROAD_PREFIXES = [/^ถนน\s*/, /^ถ\.\s*/, /^ถ\s+/, /^(?:road|rd|thanon)\b\.?\s*/i]
const ROAD_SUFFIXES = [/\s*\b(?:road|rd)\.?$/i]
// หมู่บ้าน is a village's name ("หมู่บ้านสุขใจ"), not its number: it is left alone.
const MOO_PREFIXES = [/^หมู่ที่\s*/, /^หมู่(?!บ้าน)\s*/, /^ม\.\s*/, /^moo\b\.?\s*/i]

/** A soi as typed, without "ซอย", "ซ." or "Soi" before it: "ซอยสุขุมวิท 11" → "สุขุมวิท 11". */
export function bareSoi(value: string): string {
  return strip(value, SOI_PREFIXES)
}

/** A road as typed, without "ถนน", "ถ." before it or "Road"/"Rd" around it. */
export function bareRoad(value: string): string {
  return strip(value, ROAD_PREFIXES, ROAD_SUFFIXES)
}

/** A village number as typed, without "หมู่", "หมู่ที่", "ม." or "Moo" before it. */
export function bareMoo(value: string): string {
  return strip(value, MOO_PREFIXES)
}

/** The free-text lines of an address with the words the labels already say taken off. */
export function bareAddressLines<T extends { moo?: string; soi?: string; road?: string }>(
  lines: T,
): T {
  const out = { ...lines }
  if (lines.moo !== undefined) out.moo = bareMoo(lines.moo)
  if (lines.soi !== undefined) out.soi = bareSoi(lines.soi)
  if (lines.road !== undefined) out.road = bareRoad(lines.road)
  return out
}
