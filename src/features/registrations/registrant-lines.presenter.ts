import type { IdCardAddress, StoredMailing } from '../../platform/db/schema.js'
import type { Locale } from '../../platform/time.js'
import { mailingAddressText } from '../address/index.js'

// A registrant's name and mailing address as one line each, from the stored columns: the back
// office's pages and the registrant's "my data" page say them the same way.

/** A name from its parts, skipping the empty ones; the Thai title is written without a space. */
export function fullName(
  title: string | null,
  first: string | null,
  middle: string | null,
  last: string | null,
  lang: 'th' | 'en',
): string {
  if (!first) return ''
  const head = lang === 'th' ? `${title ?? ''}${first}` : [title, first].filter(Boolean).join(' ')
  return [head, middle, last].filter(Boolean).join(' ')
}

/** The mailing address as one line; 'id-card' means the same as the ID-card address. */
export function mailingLine(
  m: StoredMailing | null,
  idCard: IdCardAddress | null,
  locale: Locale = 'th',
): string {
  return mailingAddressText(m, idCard, locale)
}
