/**
 * The synthetic citizens the simulator offers on its phone page. Every one is invented: the
 * IDs carry valid check digits but belong to no one. The set covers the shapes the portal must
 * handle: ranks and royal titles, no English name, a DOPA birth date without day and month,
 * Bangkok's แขวง/เขต, and non-Thai residents (who must be refused by the portal's rules).
 */

/** A person as the bank (from DOPA's records) knows them. */
export interface SimPerson {
  nationalId: string
  titleTh: string
  firstNameTh: string
  middleNameTh?: string
  lastNameTh: string
  titleEn?: string
  firstNameEn?: string
  middleNameEn?: string
  lastNameEn?: string
  /** YYYY-MM-DD; DOPA writes 00 for an unknown day or month ('1987-00-00'). */
  birthDate: string
  /** ISO 3166-1 alpha-3: 'THA', or e.g. 'MMR' for a resident from Myanmar. */
  nationality: string
  /** As printed on the ID card; sub-district, district and province carry their prefixes. */
  address: SimAddress
}

export interface SimAddress {
  houseNo: string
  moo?: string
  soi?: string
  road?: string
  subdistrict: string
  district: string
  province: string
  postcode: string
}

export const SIMULATOR_PEOPLE: SimPerson[] = [
  {
    nationalId: '1101700234568',
    titleTh: 'นาย',
    firstNameTh: 'สมชาย',
    lastNameTh: 'ใจดี',
    titleEn: 'Mr.',
    firstNameEn: 'Somchai',
    lastNameEn: 'Jaidee',
    birthDate: '1988-04-12',
    nationality: 'THA',
    address: {
      houseNo: '99/12',
      soi: 'สุขุมวิท 22',
      road: 'สุขุมวิท',
      subdistrict: 'แขวงคลองเตย',
      district: 'เขตคลองเตย',
      province: 'กรุงเทพมหานคร',
      postcode: '10110',
    },
  },
  {
    nationalId: '3100900128732',
    titleTh: 'นาง',
    firstNameTh: 'มาลี',
    lastNameTh: 'ศรีสุข',
    titleEn: 'Mrs.',
    firstNameEn: 'Malee',
    lastNameEn: 'Srisuk',
    birthDate: '1962-11-03',
    nationality: 'THA',
    address: {
      houseNo: '45',
      moo: '4',
      road: 'งามวงศ์วาน',
      subdistrict: 'ตำบลบางกระสอ',
      district: 'อำเภอเมืองนนทบุรี',
      province: 'จังหวัดนนทบุรี',
      postcode: '11000',
    },
  },
  {
    nationalId: '1501100345616',
    titleTh: 'ว่าที่ร้อยตรี',
    firstNameTh: 'ธนากร',
    lastNameTh: 'วงศ์สวัสดิ์',
    titleEn: 'Acting Sub Lt.',
    firstNameEn: 'Thanakorn',
    lastNameEn: 'Wongsawat',
    birthDate: '1990-07-21',
    nationality: 'THA',
    address: {
      houseNo: '128/3',
      moo: '2',
      road: 'ห้วยแก้ว',
      subdistrict: 'ตำบลสุเทพ',
      district: 'อำเภอเมืองเชียงใหม่',
      province: 'จังหวัดเชียงใหม่',
      postcode: '50200',
    },
  },
  {
    // DOPA has no English name and no day or month of birth for this person.
    nationalId: '3409900456727',
    titleTh: 'นางสาว',
    firstNameTh: 'ประภาพร',
    lastNameTh: 'แก้วมณี',
    birthDate: '1975-00-00',
    nationality: 'THA',
    address: {
      houseNo: '7',
      moo: '11',
      subdistrict: 'ตำบลในเมือง',
      district: 'อำเภอเมืองขอนแก่น',
      province: 'จังหวัดขอนแก่น',
      postcode: '40000',
    },
  },
  {
    nationalId: '1103500567832',
    titleTh: 'หม่อมราชวงศ์',
    firstNameTh: 'ภาคภูมิ',
    lastNameTh: 'ศรีวรากร',
    titleEn: 'Mom Rajawongse',
    firstNameEn: 'Pakpoom',
    lastNameEn: 'Sriwarakorn',
    birthDate: '1984-02-29',
    nationality: 'THA',
    address: {
      houseNo: '55/7',
      road: 'เทพกระษัตรี',
      subdistrict: 'ตำบลรัษฎา',
      district: 'อำเภอเมืองภูเก็ต',
      province: 'จังหวัดภูเก็ต',
      postcode: '83000',
    },
  },
  {
    nationalId: '3200500678947',
    titleTh: 'นาย',
    firstNameTh: 'วิชัย',
    lastNameTh: 'ทองคำ',
    titleEn: 'Mr.',
    firstNameEn: 'Wichai',
    lastNameEn: 'Thongkham',
    birthDate: '1958-01-30',
    nationality: 'THA',
    address: {
      houseNo: '301',
      moo: '5',
      soi: 'พัทยาใต้ 3',
      subdistrict: 'ตำบลหนองปรือ',
      district: 'อำเภอบางละมุง',
      province: 'จังหวัดชลบุรี',
      postcode: '20150',
    },
  },
  {
    // A resident from Myanmar (IDs starting with 6 are issued to non-Thai residents).
    nationalId: '6800100789058',
    titleTh: 'นาย',
    firstNameTh: 'ซอ',
    middleNameTh: 'มิน',
    lastNameTh: 'เทต',
    titleEn: 'Mr.',
    firstNameEn: 'Zaw',
    middleNameEn: 'Min',
    lastNameEn: 'Htet',
    birthDate: '1992-06-15',
    nationality: 'MMR',
    address: {
      houseNo: '88/9',
      moo: '3',
      subdistrict: 'ตำบลท่าจีน',
      district: 'อำเภอเมืองสมุทรสาคร',
      province: 'จังหวัดสมุทรสาคร',
      postcode: '74000',
    },
  },
  {
    // A resident from Laos with a 0-prefixed ID (people without Thai nationality).
    nationalId: '0001350890162',
    titleTh: 'นางสาว',
    firstNameTh: 'คำแพง',
    lastNameTh: 'แสงสุลิน',
    titleEn: 'Miss',
    firstNameEn: 'Khamphaeng',
    lastNameEn: 'Saengsoulin',
    birthDate: '1995-03-08',
    nationality: 'LAO',
    address: {
      houseNo: '12',
      moo: '7',
      subdistrict: 'ตำบลมีชัย',
      district: 'อำเภอเมืองหนองคาย',
      province: 'จังหวัดหนองคาย',
      postcode: '43000',
    },
  },
]

/** The listed person with this ID, if any. */
export function listedPerson(nationalId: string): SimPerson | undefined {
  return SIMULATOR_PEOPLE.find((p) => p.nationalId === nationalId)
}
