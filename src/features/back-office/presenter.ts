import { maskThaiId } from '../../platform/thai-id.js'

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
