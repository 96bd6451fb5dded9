import type { IdCardAddress, StoredMailing } from '../../platform/db/schema.js'
import { maskThaiId } from '../../platform/thai-id.js'
import { formatArea } from '../address/index.js'
import { idCardAddressText } from '../registrations/index.js'

/** Where a piece of data came from: the bank's verification, the registrant, or the system. */
export type FieldSource = 'bank' | 'registrant' | 'system'

export type FieldName =
  | 'nationalId'
  | 'nameTh'
  | 'nameEn'
  | 'birthDate'
  | 'nationality'
  | 'idCardAddress'
  | 'email'
  | 'mobile'
  | 'mailingAddress'

/** One field of a registrant as an officer sees it. */
export interface FieldView {
  name: FieldName
  value: string
  source: FieldSource
  /** Shown masked; revealing it needs a reason. */
  masked: boolean
}

/** The fields that are masked until an officer gives a reason. */
export const MASKED_FIELDS: readonly FieldName[] = [
  'nationalId',
  'birthDate',
  'idCardAddress',
  'mobile',
  'mailingAddress',
]

/** A name from its parts, skipping the empty ones; the Thai title is written without a space. */
export function fullName(
  title: string | null,
  first: string | null,
  middle: string | null,
  last: string | null,
  lang: 'th' | 'en',
): string {
  if (!first) return ''
  const head = lang === 'th' ? `${title ?? ''}${first}` : [title, first].filter(Boolean).join(' ')
  return [head, middle, last].filter(Boolean).join(' ')
}

/** The mailing address as one line; 'id-card' means the same as the ID-card address. */
export function mailingLine(m: StoredMailing | null, idCard: IdCardAddress | null): string {
  if (!m || m.kind === 'id-card') return idCardAddressText(idCard)
  return [
    m.houseNo,
    m.moo ? `หมู่ ${m.moo}` : '',
    m.soi ? `ซอย${m.soi}` : '',
    m.road ? `ถนน${m.road}` : '',
    formatArea(m),
  ]
    .filter(Boolean)
    .join(' ')
}

/** A birth date masked whole: even the year narrows a person down. */
export function maskBirthDate(value: string): string {
  return value ? 'xxxx-xx-xx' : ''
}

/** A phone number with only its last four digits: xxx-xxx-5678. */
export function maskPhone(value: string): string {
  const digits = value.replace(/\D/g, '')
  return digits.length >= 4 ? `xxx-xxx-${digits.slice(-4)}` : 'xxx'
}

/** An address reduced to its province, the rest masked. */
export function maskAddress(line: string, province: string | undefined): string {
  if (!line) return ''
  return province ? `xxx xxx ${province}` : 'xxx xxx'
}

/** The value a masked field shows. */
export function maskedValue(
  name: FieldName,
  value: string,
  extra: { province?: string } = {},
): string {
  switch (name) {
    case 'nationalId':
      return /^\d{13}$/.test(value) ? maskThaiId(value) : 'x-xxxx-xxxxx-xx-x'
    case 'birthDate':
      return maskBirthDate(value)
    case 'mobile':
      return maskPhone(value)
    case 'idCardAddress':
    case 'mailingAddress':
      return maskAddress(value, extra.province)
    default:
      return value
  }
}
