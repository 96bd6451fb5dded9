import { z } from 'zod'
import type { MailingAddress } from '../../platform/db/schema.js'
import { checkThaiId } from '../../platform/thai-id.js'
import { fromThaiDigits } from '../../platform/time.js'
import { areasForPostcode, findArea } from '../address/index.js'
import type { PersonMessage } from './messages.js'

/** A problem with one field, as a message key (translated when the page renders). */
export interface FieldProblem {
  field: string
  key: PersonMessage
  params?: Record<string, string | number>
}

export type Parsed<T> =
  | { ok: true; value: T; values?: Record<string, string> }
  | { ok: false; problems: FieldProblem[]; values: Record<string, string> }

type Body = Record<string, unknown>

/** A form field as text: NFC, without control or zero-width characters, trimmed. */
export function formText(body: Body, name: string): string {
  const v = body[name]
  return typeof v === 'string'
    ? v
        .normalize('NFC')
        .replace(/[\p{Cc}\u200b-\u200d\ufeff]/gu, '')
        .trim()
    : ''
}

export const emailSchema = z.email().max(254)

/** Thai mobile numbers: 10 digits from 06, 08 or 09; +66 and separators accepted. */
export function normaliseMobile(input: string): string | undefined {
  let digits = fromThaiDigits(input).replace(/[\s\-().]/g, '')
  if (digits.startsWith('+66')) digits = `0${digits.slice(3)}`
  else if (digits.startsWith('66') && digits.length === 11) digits = `0${digits.slice(2)}`
  return /^0[689]\d{8}$/.test(digits) ? digits : undefined
}

export interface Details {
  nationalId: string
  email: string
  mobile: string
}

/** The details page: national ID, e-mail and mobile number. */
export function parseDetails(body: Body): Parsed<Details> {
  const values = {
    nationalId: formText(body, 'nationalId'),
    email: formText(body, 'email'),
    mobile: formText(body, 'mobile'),
  }
  const problems: FieldProblem[] = []
  const id = checkThaiId(values.nationalId)
  if (!id.ok) problems.push({ field: 'nationalId', key: `error.nationalId.${id.problem}` })
  const email = values.email.toLowerCase()
  if (email === '') problems.push({ field: 'email', key: 'error.email.required' })
  else if (!emailSchema.safeParse(email).success)
    problems.push({ field: 'email', key: 'error.email.format' })
  const mobile = normaliseMobile(values.mobile)
  if (values.mobile === '') problems.push({ field: 'mobile', key: 'error.mobile.required' })
  else if (!mobile) problems.push({ field: 'mobile', key: 'error.mobile.format' })
  if (problems.length > 0 || !id.ok || !mobile) return { ok: false, problems, values }
  return { ok: true, value: { nationalId: id.id, email, mobile } }
}

/** A 6-digit e-mail confirmation code as typed. */
export function parseCode(body: Body): Parsed<string> {
  const code = fromThaiDigits(formText(body, 'code')).replace(/\s/g, '')
  if (code === '')
    return {
      ok: false,
      problems: [{ field: 'code', key: 'error.code.required' }],
      values: { code },
    }
  if (!/^\d{6}$/.test(code))
    return { ok: false, problems: [{ field: 'code', key: 'error.code.format' }], values: { code } }
  return { ok: true, value: code }
}

/** Fields of the bank-verified data: a form that sends any of them has been tampered with. */
export const VERIFIED_FIELDS = [
  'nationalId',
  'titleTh',
  'firstNameTh',
  'lastNameTh',
  'firstNameEn',
  'lastNameEn',
  'birthDate',
  'nationality',
  'idCardAddress',
] as const

export function sendsVerifiedField(body: Body): boolean {
  return VERIFIED_FIELDS.some((f) => f in body)
}

export type MailingChoice = { same: true } | { same: false; address: MailingAddress }

/** The mailing address: the ID-card address, or a typed one placed in a DOPA area. */
export function parseMailing(body: Body): Parsed<MailingChoice> {
  const values = {
    mailingSame: formText(body, 'mailingSame'),
    houseNo: formText(body, 'houseNo'),
    moo: fromThaiDigits(formText(body, 'moo')),
    soi: formText(body, 'soi'),
    road: formText(body, 'road'),
    postcode: fromThaiDigits(formText(body, 'postcode')),
    area: formText(body, 'area'),
  }
  if (values.mailingSame === 'yes') return { ok: true, value: { same: true }, values }
  if (values.mailingSame !== 'no')
    return {
      ok: false,
      problems: [{ field: 'mailingSame', key: 'error.mailingSame.required' }],
      values,
    }
  const problems: FieldProblem[] = []
  if (values.houseNo === '') problems.push({ field: 'houseNo', key: 'error.houseNo.required' })
  else if (!/^[0-9๐-๙/\- ]{1,20}$/.test(values.houseNo))
    problems.push({ field: 'houseNo', key: 'error.houseNo.format' })
  if (values.moo !== '' && !/^\d{1,3}$/.test(values.moo))
    problems.push({ field: 'moo', key: 'error.moo.format' })
  for (const f of ['soi', 'road'] as const)
    if (values[f].length > 100) problems.push({ field: f, key: 'error.text.long' })
  let area
  if (!/^\d{5}$/.test(values.postcode))
    problems.push({ field: 'postcode', key: 'error.postcode.format' })
  else if (areasForPostcode(values.postcode).length === 0)
    problems.push({ field: 'postcode', key: 'error.postcode.unknown' })
  else {
    area = findArea(values.area, values.postcode)
    if (!area) problems.push({ field: 'area', key: 'error.area.required' })
  }
  if (problems.length > 0 || !area) return { ok: false, problems, values }
  return {
    ok: true,
    values,
    value: {
      same: false,
      address: {
        houseNo: values.houseNo,
        ...(values.moo ? { moo: values.moo } : {}),
        ...(values.soi ? { soi: values.soi } : {}),
        ...(values.road ? { road: values.road } : {}),
        ...area,
      },
    },
  }
}
