import type { IdCardAddress, StoredMailing } from '../../platform/db/schema.js'
import type { Locale } from '../../platform/time.js'
import { formatArea } from './dopa.js'
import { bareMoo, bareRoad, bareSoi } from './normalise.js'
import { englishNames } from './place-names.js'

/** The lines people type: house number, village number (moo), soi and road. */
export interface AddressLines {
  houseNo?: string | undefined
  moo?: string | undefined
  soi?: string | undefined
  road?: string | undefined
}

const THAI_FIRST = /^[\u0E00-\u0E7F]/

// Thai writes the word and a Thai name together ("ซอยสุขุมวิท 11"), and leaves a space before a
// number or a name in Latin letters ("ซอย 11", "ถนน Sukhumvit").
const thaiWord = (word: string, value: string) =>
  THAI_FIRST.test(value) ? `${word}${value}` : `${word} ${value}`

/**
 * The typed lines of an address, each word said once whether or not it was typed with the value:
 * "99/1 หมู่ 4 ซอยสุขุมวิท 11 ถนนสุขุมวิท" in Thai, "99/1 Moo 4, Soi Sukhumvit 11, Sukhumvit Rd" in
 * English.
 */
export function formatLines(lines: AddressLines, locale: Locale = 'th'): string[] {
  const house = lines.houseNo?.trim() ?? ''
  const moo = bareMoo(lines.moo ?? '')
  const soi = bareSoi(lines.soi ?? '')
  const road = bareRoad(lines.road ?? '')
  if (locale === 'th')
    return [
      house,
      moo ? `หมู่ ${moo}` : '',
      soi ? thaiWord('ซอย', soi) : '',
      road ? thaiWord('ถนน', road) : '',
    ].filter(Boolean)
  return [
    [house, moo ? `Moo ${moo}` : ''].filter(Boolean).join(' '),
    soi ? `Soi ${soi}` : '',
    road ? `${road} Rd` : '',
  ].filter(Boolean)
}

const join = (parts: string[], locale: Locale) =>
  parts.filter(Boolean).join(locale === 'th' ? ' ' : ', ')

/** A typed address in a DOPA area, on one line, in the page's language. */
export function formatAddress(
  a: AddressLines & Parameters<typeof formatArea>[0],
  locale: Locale = 'th',
): string {
  return join([...formatLines(a, locale), formatArea(a, locale)], locale)
}

// The bank writes the area with its words ("แขวงคลองเตย", "จังหวัดนนทบุรี", "ต.สุเทพ").
const AREA_WORDS = /^(?:แขวง|เขต|ตำบล|อำเภอ|จังหวัด|ต\.|อ\.|จ\.)\s*/

/**
 * The ID-card address on one line. In Thai: the bank's own line when it sent one, or one built
 * from its parts. In English: built from the parts with English place names when the bank sent
 * parts whose places are all known; otherwise the bank's Thai line, unchanged.
 */
export function idCardAddressText(a: IdCardAddress | null, locale: Locale = 'th'): string {
  if (!a) return ''
  const place = {
    subdistrict: (a.subdistrict ?? '').replace(AREA_WORDS, ''),
    district: (a.district ?? '').replace(AREA_WORDS, ''),
    province: (a.province ?? '').replace(AREA_WORDS, ''),
  }
  if (locale === 'en' && a.subdistrict && a.district && a.province) {
    const en = englishNames(place)
    if (en.subdistrict && en.district && en.province) {
      const bangkok = place.province === 'กรุงเทพมหานคร'
      const area = bangkok
        ? `Khwaeng ${en.subdistrict}, Khet ${en.district}, ${en.province}`
        : `Tambon ${en.subdistrict}, Amphoe ${en.district}, ${en.province}`
      return join([...formatLines(a, 'en'), a.postcode ? `${area} ${a.postcode}` : area], 'en')
    }
  }
  if (a.formatted) return a.formatted
  return join(
    [
      ...formatLines(a, 'th'),
      a.subdistrict ?? '',
      a.district ?? '',
      a.province ?? '',
      a.postcode ?? '',
    ],
    'th',
  )
}

/** The mailing address on one line: the ID-card address, or the one typed with its DOPA area. */
export function mailingAddressText(
  mailing: StoredMailing | null,
  idCard: IdCardAddress | null,
  locale: Locale = 'th',
): string {
  if (!mailing || mailing.kind === 'id-card') return idCardAddressText(idCard, locale)
  return formatAddress(mailing, locale)
}
