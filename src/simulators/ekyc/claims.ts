import type { SimAddress, SimPerson } from './people.js'

/** Identity assurance levels (ETDA's digital-ID guideline) the simulator puts in `acr`. */
export const SIM_ACR = {
  low: 'urn:th:etda:ial:1.1',
  ial21: 'urn:th:etda:ial:2.1',
  ial22: 'urn:th:etda:ial:2.2',
  ial23: 'urn:th:etda:ial:2.3',
} as const

/** The claims each scope releases (oidc-provider's `claims` configuration). */
export const SCOPE_CLAIMS = {
  openid: ['sub'],
  national_id: ['national_id'],
  profile_th: ['title_th', 'given_name_th', 'middle_name_th', 'family_name_th'],
  profile_en: ['title_en', 'given_name_en', 'middle_name_en', 'family_name_en'],
  birthdate: ['birthdate'],
  address: ['address'],
  nationality: ['nationality'],
} as const

export type SimScope = keyof typeof SCOPE_CLAIMS
export const SIM_SCOPES = Object.keys(SCOPE_CLAIMS) as SimScope[]

/** How the consent screen names each scope (Thai first, English beneath). */
export const SCOPE_LABELS: Record<Exclude<SimScope, 'openid'>, { th: string; en: string }> = {
  national_id: { th: 'เลขประจำตัวประชาชน', en: 'National ID number' },
  profile_th: { th: 'ชื่อ-นามสกุล (ภาษาไทย)', en: 'Name in Thai' },
  profile_en: { th: 'ชื่อ-นามสกุล (ภาษาอังกฤษ)', en: 'Name in English' },
  birthdate: { th: 'วัน เดือน ปีเกิด', en: 'Date of birth' },
  address: { th: 'ที่อยู่ตามบัตรประชาชน', en: 'Address on the ID card' },
  nationality: { th: 'สัญชาติ', en: 'Nationality' },
}

/** The requested scopes the simulator knows, in the order the consent screen lists them. */
export function knownScopes(scope: unknown): SimScope[] {
  const asked = new Set(typeof scope === 'string' ? scope.split(' ') : [])
  return SIM_SCOPES.filter((s) => asked.has(s))
}

/** The address in one line, the way the card prints it. */
export function formatAddress(a: SimAddress): string {
  return [
    a.houseNo,
    a.moo && `หมู่ที่ ${a.moo}`,
    a.soi && `ซอย${a.soi}`,
    a.road && `ถนน${a.road}`,
    a.subdistrict,
    a.district,
    a.province,
    a.postcode,
  ]
    .filter(Boolean)
    .join(' ')
}

/**
 * Every claim the simulator can release about a person; oidc-provider keeps only those the
 * granted scopes allow. Absent parts (no English name, no moo) are left out, not sent empty.
 */
export function personClaims(p: SimPerson, sub: string): Record<string, unknown> & { sub: string } {
  return {
    sub,
    national_id: p.nationalId,
    title_th: p.titleTh,
    given_name_th: p.firstNameTh,
    middle_name_th: p.middleNameTh,
    family_name_th: p.lastNameTh,
    title_en: p.titleEn,
    given_name_en: p.firstNameEn,
    middle_name_en: p.middleNameEn,
    family_name_en: p.lastNameEn,
    birthdate: p.birthDate,
    nationality: p.nationality,
    address: {
      house_no: p.address.houseNo,
      moo: p.address.moo,
      soi: p.address.soi,
      road: p.address.road,
      subdistrict: p.address.subdistrict,
      district: p.address.district,
      province: p.address.province,
      postal_code: p.address.postcode,
      formatted: formatAddress(p.address),
    },
  }
}
