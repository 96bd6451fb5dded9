import { createRequire } from 'node:module'
import type { Locale } from '../../platform/time.js'
import { englishNames, type AreaNames } from './place-names.js'

/** One sub-district (ตำบล/แขวง) with its district (อำเภอ/เขต), province and postcode, with DOPA codes. */
export interface Area {
  subdistrictCode: string
  subdistrict: string
  districtCode: string
  district: string
  provinceCode: string
  province: string
  postcode: string
}

type Name = string | number
type Subdistrict = [Name, number, number | number[]]
type District = [Name, number, Subdistrict[]]
type Province = [Name, number, District[]]
interface GeoDb {
  data: Province[]
  lookup: string
  words: string
}

// The package ships DOPA's tree compressed: names may be an index into `lookup`, and capital
// letters stand for frequent words. Expanded once, at first use.
function expand(db: GeoDb): Area[] {
  const lookup = db.lookup.split('|')
  const words = db.words.split('|')
  const text = (name: Name): string =>
    (typeof name === 'number' ? (lookup[name] ?? '') : name).replace(/[A-Za-z]/g, (m) => {
      const ch = m.charCodeAt(0)
      return words[ch < 97 ? ch - 65 : 26 + ch - 97] ?? m
    })
  const areas: Area[] = []
  for (const [pName, pCode, districts] of db.data) {
    for (const [dName, dCode, subdistricts] of districts) {
      for (const [sName, sCode, zips] of subdistricts) {
        for (const zip of Array.isArray(zips) ? zips : [zips]) {
          areas.push({
            subdistrictCode: String(sCode),
            subdistrict: text(sName),
            districtCode: String(dCode),
            district: text(dName),
            provinceCode: String(pCode),
            province: text(pName),
            postcode: String(zip),
          })
        }
      }
    }
  }
  return areas
}

let byPostcode: Map<string, Area[]> | undefined

function index(): Map<string, Area[]> {
  if (!byPostcode) {
    const db = createRequire(import.meta.url)(
      'thai-address-database/database/backup/geodb.json',
    ) as GeoDb
    byPostcode = new Map()
    for (const area of expand(db)) {
      const list = byPostcode.get(area.postcode) ?? []
      list.push(area)
      byPostcode.set(area.postcode, list)
    }
    for (const list of byPostcode.values())
      list.sort((a, b) => a.subdistrict.localeCompare(b.subdistrict, 'th'))
  }
  return byPostcode
}

/** Every area of the data, each sub-district once per postcode. */
export function allAreas(): Area[] {
  return [...index().values()].flat()
}

/** The areas a five-digit postcode covers, sorted by sub-district in Thai order. */
export function areasForPostcode(postcode: string): Area[] {
  return index().get(postcode) ?? []
}

/**
 * What the list of areas sends for an area: its DOPA sub-district code, or, for the few areas the
 * package has without a code ('0': Bueng Kan's, some of Bangkok's), "0-" and its Thai name, so
 * that two of them in one postcode are still told apart.
 */
export function areaChoice(area: { subdistrictCode: string; subdistrict: string }): string {
  return /^[1-9]\d{5}$/.test(area.subdistrictCode) ? area.subdistrictCode : `0-${area.subdistrict}`
}

/** The area of this postcode that the list's choice names, if they belong together. */
export function findArea(choice: string, postcode: string): Area | undefined {
  return areasForPostcode(postcode).find((a) => areaChoice(a) === choice)
}

/** Bangkok says แขวง/เขต where the provinces say ตำบล/อำเภอ. */
export function isBangkok(area: { provinceCode: string }): boolean {
  return area.provinceCode === '10'
}

/**
 * The area as an address line: "แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110" in Thai,
 * "Khwaeng Khlong Toei, Khet Khlong Toei, Bangkok 10110" in English (the order of the Universal
 * Postal Union's Thai format, with the Thai words for the areas as Thailand Post reads them).
 * A place without an English name keeps its Thai one.
 */
export function formatArea(
  area: AreaNames & { provinceCode: string; postcode?: string },
  locale: Locale = 'th',
): string {
  const postcode = area.postcode ? ` ${area.postcode}` : ''
  if (locale === 'th')
    return isBangkok(area)
      ? `แขวง${area.subdistrict} เขต${area.district} ${area.province}${postcode}`
      : `ตำบล${area.subdistrict} อำเภอ${area.district} จังหวัด${area.province}${postcode}`
  const en = englishNames(area)
  const sub = en.subdistrict ?? area.subdistrict
  const district = en.district ?? area.district
  const province = en.province ?? area.province
  return isBangkok(area)
    ? `Khwaeng ${sub}, Khet ${district}, ${province}${postcode}`
    : `Tambon ${sub}, Amphoe ${district}, ${province}${postcode}`
}
