/**
 * What DBD (the Department of Business Development) says about a juristic person. The HTTP
 * adapter's response body has exactly this shape, so the synthetic registry and the real one
 * are interchangeable behind `RegistryAdapter`.
 */
export const JURISTIC_TYPES = [
  'บริษัทจำกัด',
  'ห้างหุ้นส่วนจำกัด',
  'บริษัทมหาชนจำกัด',
  'ห้างหุ้นส่วนสามัญนิติบุคคล',
] as const
export type JuristicType = (typeof JURISTIC_TYPES)[number]

/** `restored` is a company struck off and brought back by court order; it may trade again. */
export const JURISTIC_STATUSES = ['active', 'closed', 'bankrupt', 'restored'] as const
export type JuristicStatus = (typeof JURISTIC_STATUSES)[number]

export interface Director {
  /**
   * The 13-digit national ID, or '' where DBD does not give it (then the director is matched
   * on the name, which is weaker evidence). The signing rule refers to directors by `directorKey`.
   */
  id: string
  title: string
  firstName: string
  lastName: string
  /** ISO 3166-1 alpha-3, e.g. 'THA'. */
  nationality: string
}

export interface RegisteredAddress {
  houseNo: string
  road: string
  subdistrict: string
  district: string
  province: string
  postcode: string
}

export interface JuristicPerson {
  /** The 13-digit juristic ID. */
  id: string
  nameTh: string
  nameEn: string
  type: JuristicType
  status: JuristicStatus
  /** ISO date (Gregorian), consistent with the Buddhist-Era year inside the ID. */
  registeredOn: string
  address: RegisteredAddress
  directors: Director[]
  /** The signing clause (อำนาจกรรมการ) as DBD prints it, in Thai. */
  signingClause: string
}

/** A director's name as DBD prints it: "นายสมชาย ใจดี". */
export function directorName(d: Pick<Director, 'title' | 'firstName' | 'lastName'>): string {
  return `${d.title}${d.firstName} ${d.lastName}`
}

/** How the signing rule and the portal refer to a director: the national ID, else the name. */
export function directorKey(d: Pick<Director, 'id' | 'title' | 'firstName' | 'lastName'>): string {
  return d.id !== '' ? d.id : `name:${directorName(d).normalize('NFC').replace(/\s+/g, '')}`
}
