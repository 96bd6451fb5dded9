import type { Locale } from './i18n/index.js'

// Nationalities as the bank and DBD send them (ISO 3166-1 alpha-3), in words for people. The
// neighbours whose residents hold Thai ID numbers are named as nationalities; any other code
// is named as its country by Intl, or shown as the code when even that is unknown.
const NAMED: Record<string, { th: string; en: string }> = {
  THA: { th: 'ไทย', en: 'Thai' },
  MMR: { th: 'เมียนมา', en: 'Myanmar' },
  LAO: { th: 'ลาว', en: 'Lao' },
  KHM: { th: 'กัมพูชา', en: 'Cambodian' },
  VNM: { th: 'เวียดนาม', en: 'Vietnamese' },
  MYS: { th: 'มาเลเซีย', en: 'Malaysian' },
  CHN: { th: 'จีน', en: 'Chinese' },
  IND: { th: 'อินเดีย', en: 'Indian' },
  JPN: { th: 'ญี่ปุ่น', en: 'Japanese' },
}
// Alpha-3 to alpha-2 for Intl.DisplayNames, for codes beyond the named ones.
const ALPHA2: Record<string, string> = {
  SGP: 'SG',
  IDN: 'ID',
  PHL: 'PH',
  BRN: 'BN',
  KOR: 'KR',
  TWN: 'TW',
  HKG: 'HK',
  USA: 'US',
  GBR: 'GB',
  DEU: 'DE',
  FRA: 'FR',
  AUS: 'AU',
  NPL: 'NP',
  BGD: 'BD',
  PAK: 'PK',
  RUS: 'RU',
}
const regions = new Map<Locale, Intl.DisplayNames>()

/** A nationality code in words: 'THA' → 'ไทย' / 'Thai'. */
export function nationalityName(code: string, locale: Locale): string {
  const named = NAMED[code]
  if (named) return named[locale]
  const alpha2 = ALPHA2[code]
  if (!alpha2) return code
  let names = regions.get(locale)
  if (!names) {
    names = new Intl.DisplayNames([locale === 'th' ? 'th' : 'en'], { type: 'region' })
    regions.set(locale, names)
  }
  return names.of(alpha2) ?? code
}
