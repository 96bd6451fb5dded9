import { createHash } from 'node:crypto'
import { isValidThaiId } from '../../platform/thai-id.js'
import { syntheticDirector } from '../../features/registry-dbd/index.js'
import { listedPerson, type SimAddress, type SimPerson } from './people.js'

// Name pairs (Thai, English transliteration). Invented combinations of common names.
type NamePair = readonly [string, string]
// prettier-ignore
const THAI_MALE: NamePair[] = [
  ['สุรชัย', 'Surachai'], ['อนุชา', 'Anucha'], ['กิตติพงษ์', 'Kittipong'], ['ณัฐวุฒิ', 'Nattawut'],
  ['ธีรวัฒน์', 'Theerawat'], ['พงศกร', 'Pongsakorn'], ['วีระพล', 'Weeraphon'], ['ชัยวัฒน์', 'Chaiwat'],
]
// prettier-ignore
const THAI_FEMALE: NamePair[] = [
  ['สุดารัตน์', 'Sudarat'], ['กนกวรรณ', 'Kanokwan'], ['ปิยะนุช', 'Piyanuch'], ['วรรณา', 'Wanna'],
  ['ศิริพร', 'Siriporn'], ['อรอุมา', 'Onuma'], ['จันทร์เพ็ญ', 'Chanpen'], ['นภัสสร', 'Napatsorn'],
]
// prettier-ignore
const THAI_FAMILY: NamePair[] = [
  ['สุขสวัสดิ์', 'Suksawat'], ['รุ่งเรือง', 'Rungruang'], ['ศรีสมบูรณ์', 'Srisomboon'], ['บุญมา', 'Boonma'],
  ['แสงทอง', 'Saengthong'], ['เจริญผล', 'Charoenphon'], ['ทองดี', 'Thongdee'], ['มั่นคง', 'Mankong'],
]
interface Foreign {
  nationality: string
  male: NamePair[]
  female: NamePair[]
  family: NamePair[]
}
const FOREIGN: Foreign[] = [
  {
    nationality: 'MMR',
    male: [
      ['จ่อ', 'Kyaw'],
      ['ทุน', 'Tun'],
      ['ซอ', 'Zaw'],
    ],
    female: [
      ['ขิ่น', 'Khin'],
      ['ซู', 'Su'],
      ['มิ', 'Mi'],
    ],
    family: [
      ['ลวิน', 'Lwin'],
      ['อ่อง', 'Aung'],
      ['มิ้นท์', 'Myint'],
    ],
  },
  {
    nationality: 'LAO',
    male: [
      ['บุนมี', 'Bounmy'],
      ['คำผุย', 'Khamphouy'],
      ['สีสะหวาด', 'Sisavath'],
    ],
    female: [
      ['สีดา', 'Sida'],
      ['จันทะลี', 'Chanthaly'],
      ['พอนสะหวัน', 'Phonsavanh'],
    ],
    family: [
      ['แก้วมะนี', 'Keomany'],
      ['พมมะจัน', 'Phommachanh'],
      ['วงสา', 'Vongsa'],
    ],
  },
  {
    nationality: 'KHM',
    male: [
      ['สก', 'Sok'],
      ['วันนา', 'Vanna'],
      ['ดารา', 'Dara'],
    ],
    female: [
      ['สร็อบ', 'Srey'],
      ['โสภา', 'Sophea'],
      ['จันทา', 'Chanthou'],
    ],
    family: [
      ['ชัน', 'Chan'],
      ['ลิม', 'Lim'],
      ['เฮง', 'Heng'],
    ],
  },
]

// Address templates keyed by DOPA province code (digits 2–3 of an ID are its registering office).
// prettier-ignore
const ADDRESSES: Record<string, Omit<SimAddress, 'houseNo' | 'moo'> & { rural: boolean }> = {
  '10': { road: 'สีลม', subdistrict: 'แขวงสีลม', district: 'เขตบางรัก', province: 'กรุงเทพมหานคร', postcode: '10500', rural: false },
  '11': { road: 'บางนา-ตราด', subdistrict: 'แขวงบางนาเหนือ', district: 'เขตบางนา', province: 'กรุงเทพมหานคร', postcode: '10260', rural: false },
  '12': { road: 'รัตนาธิเบศร์', subdistrict: 'ตำบลบางกระสอ', district: 'อำเภอเมืองนนทบุรี', province: 'จังหวัดนนทบุรี', postcode: '11000', rural: true },
  '20': { subdistrict: 'ตำบลหนองปรือ', district: 'อำเภอบางละมุง', province: 'จังหวัดชลบุรี', postcode: '20150', rural: true },
  '40': { road: 'มิตรภาพ', subdistrict: 'ตำบลในเมือง', district: 'อำเภอเมืองขอนแก่น', province: 'จังหวัดขอนแก่น', postcode: '40000', rural: true },
  '50': { subdistrict: 'ตำบลสุเทพ', district: 'อำเภอเมืองเชียงใหม่', province: 'จังหวัดเชียงใหม่', postcode: '50200', rural: true },
  '74': { subdistrict: 'ตำบลท่าจีน', district: 'อำเภอเมืองสมุทรสาคร', province: 'จังหวัดสมุทรสาคร', postcode: '74000', rural: true },
  '83': { road: 'เทพกระษัตรี', subdistrict: 'ตำบลรัษฎา', district: 'อำเภอเมืองภูเก็ต', province: 'จังหวัดภูเก็ต', postcode: '83000', rural: true },
  '90': { soi: 'ราษฎร์อุทิศ 1', subdistrict: 'ตำบลหาดใหญ่', district: 'อำเภอหาดใหญ่', province: 'จังหวัดสงขลา', postcode: '90110', rural: false },
}
const ADDRESS_CODES = Object.keys(ADDRESSES)

/** A deterministic stream of choices drawn from SHA-256 of the ID: same ID, same person. */
function chooser(nationalId: string) {
  let block = 0
  let bytes = Buffer.alloc(0)
  let offset = 0
  return function pick(n: number): number {
    if (offset + 4 > bytes.length) {
      bytes = createHash('sha256').update(`sim-ekyc:${nationalId}:${block++}`).digest()
      offset = 0
    }
    const value = bytes.readUInt32BE(offset)
    offset += 4
    return value % n
  }
}

function one<T>(pick: (n: number) => number, list: readonly T[]): T {
  const item = list[pick(list.length)]
  if (item === undefined) throw new Error('empty list')
  return item
}

// The first digit tells the kind of registration: 1–5 and 8 are Thai nationals (3–5 were
// registered before 1984), 0, 6 and 7 are residents without Thai nationality.
function birthYearRange(firstDigit: string): [number, number] {
  if (firstDigit === '1' || firstDigit === '2') return [1984, 2005]
  if (firstDigit === '3' || firstDigit === '4' || firstDigit === '5') return [1940, 1983]
  return [1965, 2004]
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * The synthetic person the simulator shows for a typed national ID. A listed person comes
 * back as listed; any other valid ID gets an invented but stable person.
 */
export function syntheticPersonFor(nationalId: string): SimPerson {
  if (!isValidThaiId(nationalId)) throw new RangeError('not a valid 13-digit Thai national ID')
  const listed = listedPerson(nationalId)
  if (listed) return listed
  const pick = chooser(nationalId)
  const first = nationalId[0] ?? '1'
  const foreign = ['0', '6', '7'].includes(first) ? one(pick, FOREIGN) : undefined
  const male = pick(2) === 0
  const given = one(
    pick,
    foreign ? (male ? foreign.male : foreign.female) : male ? THAI_MALE : THAI_FEMALE,
  )
  const family = one(pick, foreign ? foreign.family : THAI_FAMILY)
  const married = !male && pick(2) === 0
  const rank = !foreign && male && pick(20) === 0
  const [titleTh, titleEn] = rank
    ? ['ว่าที่ร้อยตรี', 'Acting Sub Lt.']
    : male
      ? ['นาย', 'Mr.']
      : married
        ? ['นาง', 'Mrs.']
        : ['นางสาว', 'Miss']

  const [from, to] = birthYearRange(first)
  const year = from + pick(to - from + 1)
  // DOPA records some older registrations without day and month.
  const unknownDate = pick(16) === 0
  const birthDate = unknownDate
    ? `${year}-00-00`
    : `${year}-${pad(1 + pick(12))}-${pad(1 + pick(28))}`

  const code = ADDRESSES[nationalId.slice(1, 3)] ? nationalId.slice(1, 3) : one(pick, ADDRESS_CODES)
  const { rural, ...place } = ADDRESSES[code] ?? {
    rural: false,
    subdistrict: '',
    district: '',
    province: '',
    postcode: '',
  }
  const houseNo = `${1 + pick(399)}${pick(3) === 0 ? `/${1 + pick(40)}` : ''}`
  const address: SimAddress = { houseNo, ...(rural ? { moo: String(1 + pick(15)) } : {}), ...place }

  const invented: SimPerson = {
    nationalId,
    titleTh,
    firstNameTh: given[0],
    lastNameTh: family[0],
    titleEn,
    firstNameEn: given[1],
    lastNameEn: family[1],
    birthDate,
    nationality: foreign?.nationality ?? 'THA',
    address,
  }
  // A director in the synthetic DBD registry is the same person at the bank: same name and
  // nationality, so the company journey can be walked with the simulator's directors.
  const director = syntheticDirector(nationalId)
  if (!director) return invented
  return {
    ...invented,
    titleTh: director.title,
    firstNameTh: director.firstName,
    lastNameTh: director.lastName,
    nationality: director.nationality,
  }
}
