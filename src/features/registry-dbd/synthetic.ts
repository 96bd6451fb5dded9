import { areasForPostcode } from '../address/index.js'
import { withCheckDigit } from '../../platform/thai-id.js'
import * as W from './names.js'
import {
  directorName,
  type Director,
  type JuristicPerson,
  type JuristicStatus,
  type JuristicType,
} from './types.js'

/**
 * A deterministic stand-in for DBD: the same seed always yields the same registry, so tests,
 * demos and the simulator agree on which IDs exist and what they say. Never used in production.
 */
export const SYNTHETIC_SIZE = 2400

/** mulberry32: tiny, fast and good enough for test data; Math.random cannot be seeded. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

class Dice {
  constructor(private readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }
  /** Picks by weight: `[[value, weight], ...]`. */
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    let roll = this.next() * table.reduce((sum, [, w]) => sum + w, 0)
    for (const [value, w] of table) if ((roll -= w) < 0) return value
    return this.pick(table)[0]
  }
  digits(n: number): string {
    let s = ''
    for (let i = 0; i < n; i++) s += String(this.int(0, 9))
    return s
  }
}

// The digit DBD puts after the office code for each type of juristic person.
const TYPE_DIGIT: Record<JuristicType, string> = {
  ห้างหุ้นส่วนสามัญนิติบุคคล: '2',
  ห้างหุ้นส่วนจำกัด: '3',
  บริษัทจำกัด: '5',
  บริษัทมหาชนจำกัด: '7',
}

// Registration offices with postcodes in their province (Bangkok, Chon Buri, Rayong,
// Chiang Mai, Khon Kaen, Phuket, Songkhla), weighted towards Bangkok as the real register is.
const OFFICES: readonly (readonly [readonly [string, readonly string[]], number])[] = [
  [['10', ['10110', '10500', '10900', '10400', '10260']], 6],
  [['20', ['20110', '20230']], 1],
  [['21', ['21000']], 1],
  [['50', ['50200']], 1],
  [['40', ['40000']], 1],
  [['83', ['83000']], 1],
  [['90', ['90110']], 1],
]
const ROADS = ['ถนนสุขุมวิท', 'ถนนพระราม 4', 'ถนนสีลม', 'ถนนพหลโยธิน', 'ถนนเพชรบุรี', 'ถนนบางนา-ตราด']

const THAI_WORD = ['', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า']

function juristicName(type: JuristicType, th: string, en: string): [string, string] {
  switch (type) {
    case 'บริษัทจำกัด':
      return [`บริษัท ${th} จำกัด`, `${en} CO., LTD.`]
    case 'บริษัทมหาชนจำกัด':
      return [`บริษัท ${th} จำกัด (มหาชน)`, `${en} PUBLIC COMPANY LIMITED`]
    case 'ห้างหุ้นส่วนจำกัด':
      return [`ห้างหุ้นส่วนจำกัด ${th}`, `${en} LIMITED PARTNERSHIP`]
    case 'ห้างหุ้นส่วนสามัญนิติบุคคล':
      return [`ห้างหุ้นส่วนสามัญนิติบุคคล ${th}`, `${en} REGISTERED ORDINARY PARTNERSHIP`]
  }
}

function uniqueName(dice: Dice, taken: Set<string>): [string, string] {
  const head = dice.pick(W.NAME_HEADS)
  const trade = dice.pick(W.NAME_TRADES)
  // Walk the tails rather than re-rolling, so the loop always ends.
  for (const [tailTh, tailEn] of W.NAME_TAILS) {
    const th = `${head[0]}${trade[0]}${tailTh ? ` ${tailTh}` : ''}`
    if (!taken.has(th)) {
      taken.add(th)
      return [th, `${head[1]} ${trade[1]}${tailEn ? ` ${tailEn}` : ''}`]
    }
  }
  return uniqueName(dice, taken)
}

function director(dice: Dice, foreign: boolean): Director {
  if (foreign) {
    const [title, firstName, lastName, nationality] = dice.pick(W.FOREIGN_DIRECTORS)
    // Foreigners with a work permit hold a 13-digit ID too; category 6 is non-resident.
    return { id: withCheckDigit(`6${dice.digits(11)}`), title, firstName, lastName, nationality }
  }
  const title = dice.weighted([
    ['นาย', 6],
    ['นาง', 2],
    ['นางสาว', 2],
  ] as const)
  const first = title === 'นาย' ? [...W.MALE_FIRST, ...W.MALE_FIRST_2] : W.FEMALE_FIRST
  return {
    id: withCheckDigit(`${dice.pick(['1', '3'])}${dice.digits(11)}`),
    title,
    firstName: dice.pick(title === 'นาย' ? first : [...first, ...W.FEMALE_FIRST_2]),
    lastName: dice.pick(W.LAST_NAMES),
    nationality: 'THA',
  }
}

function directors(dice: Dice, type: JuristicType, foreign: boolean): Director[] {
  const n = type.startsWith('ห้าง') ? dice.int(1, 2) : dice.int(1, 5)
  const list: Director[] = []
  const names = new Set<string>()
  while (list.length < n) {
    const d = director(dice, foreign && list.length === n - 1)
    // The clause names directors, so two with one name would make it ambiguous.
    if (names.has(directorName(d))) continue
    names.add(directorName(d))
    list.push(d)
  }
  return list
}

function signingClause(dice: Dice, type: JuristicType, ds: readonly Director[]): string {
  const seal = dice.int(0, 2) > 0
  const partnership = type.startsWith('ห้าง')
  // Partnerships are run by managing partners, companies by directors.
  const signer = partnership ? 'หุ้นส่วนผู้จัดการ' : 'กรรมการ'
  const sealText = seal ? `และประทับตราสำคัญของ${partnership ? 'ห้างหุ้นส่วน' : 'บริษัท'}` : ''
  const n = ds.length
  const form = dice.weighted([
    ['free', 3],
    ['any', 50],
    ['or', n >= 2 ? 20 : 0],
    ['of', n >= 3 ? 12 : 0],
    ['plus', n >= 2 ? 15 : 0],
  ] as const)
  const named = (k: number): string[] => ds.slice(0, k).map(directorName)
  switch (form) {
    case 'free':
      return dice.pick(W.FREE_TEXT_CLAUSES)
    case 'any': {
      const k = dice.int(1, Math.min(n, 3))
      const together = k > 1 ? 'ร่วมกัน' : ''
      return `${signer}${THAI_WORD[k]}คนลงลายมือชื่อ${together}${sealText}`
    }
    case 'or':
      return `${named(dice.int(2, Math.min(n, 3))).join(' หรือ ')} ลงลายมือชื่อ ${sealText}`.trim()
    case 'of': {
      const m = dice.int(3, Math.min(n, 4))
      return `${named(m).join(' ')} ${THAI_WORD[dice.int(2, m - 1)]}ใน${THAI_WORD[m]}คนนี้ลงลายมือชื่อร่วมกัน${sealText}`
    }
    case 'plus':
      return `${named(1).join('')} ลงลายมือชื่อร่วมกับ${signer}อื่นอีก${THAI_WORD[dice.int(1, Math.min(n - 1, 2))]}คน${sealText}`
  }
}

function company(dice: Dice, taken: Set<string>, ids: Set<string>): JuristicPerson {
  const type = dice.weighted<JuristicType>([
    ['บริษัทจำกัด', 70],
    ['ห้างหุ้นส่วนจำกัด', 20],
    ['บริษัทมหาชนจำกัด', 4],
    ['ห้างหุ้นส่วนสามัญนิติบุคคล', 6],
  ])
  const [office, postcodes] = dice.weighted(OFFICES)
  const yearBE = dice.int(2530, 2567)
  let id: string
  do id = withCheckDigit(`0${office}${TYPE_DIGIT[type]}${yearBE % 100}${dice.digits(6)}`)
  while (ids.has(id))
  ids.add(id)
  const [th, en] = uniqueName(dice, taken)
  const [nameTh, nameEn] = juristicName(type, th, en)
  const status = dice.weighted<JuristicStatus>([
    ['active', 85],
    ['closed', 8],
    ['bankrupt', 3],
    ['restored', 4],
  ])
  const area = dice.pick(areasForPostcode(dice.pick(postcodes)))
  const ds = directors(dice, type, dice.int(1, 100) <= 4)
  const month = String(dice.int(1, 12)).padStart(2, '0')
  const day = String(dice.int(1, 28)).padStart(2, '0')
  return {
    id,
    nameTh,
    nameEn,
    type,
    status,
    registeredOn: `${yearBE - 543}-${month}-${day}`,
    address: {
      houseNo: `${dice.int(1, 999)}/${dice.int(1, 99)}`,
      road: dice.pick(ROADS),
      subdistrict: area.subdistrict,
      district: area.district,
      province: area.province,
      postcode: area.postcode,
    },
    directors: ds,
    signingClause: signingClause(dice, type, ds),
  }
}

const registries = new Map<number, ReadonlyMap<string, JuristicPerson>>()

/** The synthetic registry for a seed, by juristic ID; generated on first use and kept. */
export function syntheticRegistry(seed = 1): ReadonlyMap<string, JuristicPerson> {
  const cached = registries.get(seed)
  if (cached) return cached
  const dice = new Dice(mulberry32(seed))
  const taken = new Set<string>()
  const ids = new Set<string>()
  const registry = new Map<string, JuristicPerson>()
  for (let i = 0; i < SYNTHETIC_SIZE; i++) {
    const c = company(dice, taken, ids)
    registry.set(c.id, c)
  }
  registries.set(seed, registry)
  return registry
}

/** One company of the default registry (seed 1). */
export function syntheticCompany(id: string): JuristicPerson | undefined {
  return syntheticRegistry().get(id)
}

let directorsById: Map<string, Director> | undefined

/** A director of the default synthetic registry by national ID (the eKYC simulator's people). */
export function syntheticDirector(nationalId: string): Director | undefined {
  if (!directorsById) {
    directorsById = new Map()
    for (const c of syntheticRegistry().values())
      for (const d of c.directors) if (d.id !== '') directorsById.set(d.id, d)
  }
  return directorsById.get(nationalId)
}
