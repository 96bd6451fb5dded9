// Writes place-names-en.json: the English name of every province, district and sub-district of
// the address data (thai-address-database), taken from the npm package `province` (see README.md
// beside this file). Run from the repository's root, with that package unpacked anywhere:
//   npm pack province@1.0.2 && tar xzf province-1.0.2.tgz
//   npx tsx src/features/address/names/generate.ts ./package
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { allAreas } from '../dopa.js'

interface SourceRow {
  subdistrict: string
  subdistrict_th: string
  district: string
  district_th: string
  city: string
  city_th: string
}

const dir = process.argv[2]
if (!dir) throw new Error('usage: generate.ts <unpacked province package>')
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
  name: string
  version: string
  license: string
}
const rows = (
  (await import(pathToFileURL(resolve(dir, 'dist/provinces.js')).href)) as {
    default: SourceRow[]
  }
).default

// The two lists spell a few names differently (a thanthakhat, a space): the loose key matches them.
const loose = (name: string) => name.replace(/[\s\u0E4C]/g, '')
const provinces = new Map<string, string>()
const districts = new Map<string, string>()
const subdistricts = new Map<string, SourceRow>()
const inProvince = new Map<string, SourceRow[]>()
for (const r of rows) {
  provinces.set(loose(r.city_th), r.city)
  districts.set(`${loose(r.city_th)}|${loose(r.district_th)}`, r.district)
  subdistricts.set(`${loose(r.city_th)}|${loose(r.district_th)}|${loose(r.subdistrict_th)}`, r)
  const key = `${loose(r.city_th)}|${loose(r.subdistrict_th)}`
  inProvince.set(key, [...(inProvince.get(key) ?? []), r])
}

type Tree = Record<string, [string, Record<string, [string, Record<string, string>]>]>
const tree: Tree = {}
const missing: string[] = []
for (const a of allAreas().sort((x, y) => x.subdistrictCode.localeCompare(y.subdistrictCode))) {
  const p = loose(a.province)
  const provinceEn = provinces.get(p)
  if (!provinceEn) {
    missing.push(`${a.province}`)
    continue
  }
  const pNode = (tree[a.province] ??= [provinceEn, {}])
  const districtEn = districts.get(`${p}|${loose(a.district)}`)
  // A sub-district moved to a newer district is still found when its name is unique in the province.
  const sameName = inProvince.get(`${p}|${loose(a.subdistrict)}`) ?? []
  const sub =
    subdistricts.get(`${p}|${loose(a.district)}|${loose(a.subdistrict)}`) ??
    (sameName.length === 1 ? sameName[0] : undefined)
  if (!districtEn) {
    missing.push(`${a.province} ${a.district}`)
    continue
  }
  const dNode = (pNode[1][a.district] ??= [districtEn, {}])
  if (sub) dNode[1][a.subdistrict] = sub.subdistrict
  else missing.push(`${a.province} ${a.district} ${a.subdistrict}`)
}

// Places the Thai data does not have yet (sub-districts created since, such as แขวงบางนาเหนือ)
// are added under the source's own Thai names: the bank writes them on ID-card addresses.
for (const r of rows) {
  const pNode = (tree[r.city_th] ??= [r.city, {}])
  const dNode = (pNode[1][r.district_th] ??= [r.district, {}])
  dNode[1][r.subdistrict_th] ??= r.subdistrict
}

const out = { source: `${pkg.name}@${pkg.version} (${pkg.license})`, places: tree }
const target = join(import.meta.dirname, 'place-names-en.json')
writeFileSync(target, `${JSON.stringify(out, null, 2)}\n`)
const unique = [...new Set(missing)]
process.stdout.write(
  `${target}: ${Object.keys(tree).length} provinces; no English name for ${unique.length}:\n` +
    unique.map((m) => `  ${m}\n`).join(''),
)
