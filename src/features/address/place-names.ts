import data from './names/place-names-en.json' with { type: 'json' }

/** The Thai names of an area, as the address data, stored addresses and the bank carry them. */
export interface AreaNames {
  subdistrict: string
  district: string
  province: string
  provinceCode?: string
}

/** English names of an area, each found on its own: a missing one stays undefined. */
export interface EnglishNames {
  subdistrict?: string
  district?: string
  province?: string
}

// province (Thai) → [English, district (Thai) → [English, sub-district (Thai) → English]]
type Tree = Record<string, [string, Record<string, [string, Record<string, string>]>]>

const tree = data.places as unknown as Tree

/** The English names of an area, found by its Thai names (as the address data writes them). */
export function englishNames(a: AreaNames): EnglishNames {
  const province = tree[a.province]
  const district = province?.[1][a.district]
  const subdistrict = district?.[1][a.subdistrict]
  return {
    ...(province ? { province: province[0] } : {}),
    ...(district ? { district: district[0] } : {}),
    ...(subdistrict !== undefined ? { subdistrict } : {}),
  }
}

/** Where the English names come from: the npm package and version the data file was made from. */
export const PLACE_NAMES_SOURCE: string = data.source
