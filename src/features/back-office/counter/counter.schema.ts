import type { IdCardAddress } from '../../../platform/db/schema.js'
import { checkThaiId } from '../../../platform/thai-id.js'
import { businessDate, fromThaiDigits, parseDateInput } from '../../../platform/time.js'
import { areasForPostcode, bareMoo, bareRoad, bareSoi } from '../../address/index.js'
import { emailSchema, normaliseMobile } from '../../contact/index.js'
import type { CounterMessage } from './counter.messages.js'
import { text, type Body, type FieldProblem, type Parsed } from '../form.js'

/** The originals an officer may tick; the national ID card is always required. */
export const COUNTER_DOCUMENTS = [
  'id_card',
  'house_registration',
  'name_change',
  'other_official',
] as const
export type CounterDocument = (typeof COUNTER_DOCUMENTS)[number]

/** Why the applicant could not verify through the bank app. */
export const EKYC_REASONS = [
  'no_smartphone',
  'no_bank_account',
  'ekyc_failed',
  'disability',
  'other',
] as const
export type EkycReason = (typeof EKYC_REASONS)[number]

/** A counter entry as the maker typed it, checked and normalised. */
export interface CounterEntryInput {
  nationalId: string
  titleTh: string
  firstNameTh: string
  middleNameTh: string | null
  lastNameTh: string
  titleEn: string | null
  firstNameEn: string | null
  middleNameEn: string | null
  lastNameEn: string | null
  /** ISO date. */
  birthDate: string
  address: Required<Pick<IdCardAddress, 'houseNo' | 'subdistrict' | 'district' | 'province'>> &
    Pick<IdCardAddress, 'moo' | 'soi' | 'road'> & { postcode: string }
  email: string
  mobile: string
  documents: CounterDocument[]
  ekycReason: EkycReason
}

type Problem = FieldProblem<CounterMessage>

const NAME_MAX = 100
// Letters and marks of any script (Thai vowels and tone marks are marks), spaces, . and -.
const NAME = /^[\p{L}\p{M}][\p{L}\p{M} .-]*$/u
const NAME_EN = /^[A-Za-z][A-Za-z .'-]*$/

/** Every value of a repeated form field (checkboxes), as text. */
function many(body: Body | undefined, name: string): string[] {
  const v = body?.[name]
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v]
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.trim())
}

function optional(value: string): string | null {
  return value === '' ? null : value
}

function checkName(
  problems: Problem[],
  field: string,
  value: string,
  opts: { required?: CounterMessage; english?: boolean },
): void {
  if (value === '') {
    if (opts.required) problems.push({ field, key: opts.required })
    return
  }
  const pattern = opts.english ? NAME_EN : NAME
  if ([...value].length > NAME_MAX || !pattern.test(value))
    problems.push({ field, key: opts.english ? 'error.nameEn.format' : 'error.name.format' })
}

/** Strips the words people type before a sub-district's name. */
function subdistrictName(value: string): string {
  return value
    .replace(/^(ตำบล|แขวง|ต\.|แขวง\.)\s*/u, '')
    .replace(/\s+/g, '')
    .toLowerCase()
}

/** The maker's form: who, as the ID card says; where; how to reach them; what was seen. */
export function parseCounterEntry(
  body: Body | undefined,
  today = new Date(),
): Parsed<CounterEntryInput, CounterMessage> {
  const names = [
    'nationalId',
    'titleTh',
    'firstNameTh',
    'middleNameTh',
    'lastNameTh',
    'titleEn',
    'firstNameEn',
    'middleNameEn',
    'lastNameEn',
    'birthDate',
    'houseNo',
    'moo',
    'soi',
    'road',
    'subdistrict',
    'postcode',
    'email',
    'mobile',
    'ekycReason',
    'seen',
  ] as const
  const values: Record<string, string> = {}
  for (const n of names) values[n] = text(body, n)
  const documents = many(body, 'documents')
  values.documents = documents.join(',')
  const v = (n: (typeof names)[number]) => values[n] ?? ''
  const problems: Problem[] = []

  const id = checkThaiId(v('nationalId'))
  if (!id.ok) problems.push({ field: 'nationalId', key: `error.nationalId.${id.problem}` })
  checkName(problems, 'titleTh', v('titleTh'), { required: 'error.titleTh.required' })
  checkName(problems, 'firstNameTh', v('firstNameTh'), { required: 'error.firstNameTh.required' })
  checkName(problems, 'middleNameTh', v('middleNameTh'), {})
  checkName(problems, 'lastNameTh', v('lastNameTh'), { required: 'error.lastNameTh.required' })
  checkName(problems, 'titleEn', v('titleEn'), { english: true })
  checkName(problems, 'firstNameEn', v('firstNameEn'), { english: true })
  checkName(problems, 'middleNameEn', v('middleNameEn'), { english: true })
  checkName(problems, 'lastNameEn', v('lastNameEn'), { english: true })
  if (v('firstNameEn') !== '' && v('lastNameEn') === '')
    problems.push({ field: 'lastNameEn', key: 'error.lastNameEn.required' })
  if (v('firstNameEn') === '' && v('lastNameEn') !== '')
    problems.push({ field: 'firstNameEn', key: 'error.firstNameEn.required' })

  const birthDate = v('birthDate') === '' ? undefined : parseDateInput(v('birthDate'))
  if (v('birthDate') === '') problems.push({ field: 'birthDate', key: 'error.birthDate.required' })
  else if (!birthDate) problems.push({ field: 'birthDate', key: 'error.birthDate.format' })
  else if (birthDate < '1900-01-01' || birthDate >= businessDate(today))
    problems.push({ field: 'birthDate', key: 'error.birthDate.range' })

  if (v('houseNo') === '') problems.push({ field: 'houseNo', key: 'error.houseNo.required' })
  for (const n of ['houseNo', 'moo', 'soi', 'road'] as const)
    if ([...v(n)].length > NAME_MAX) problems.push({ field: n, key: 'error.field.long' })
  const postcode = fromThaiDigits(v('postcode')).replace(/\s/g, '')
  const areas = /^\d{5}$/.test(postcode) ? areasForPostcode(postcode) : []
  if (postcode === '') problems.push({ field: 'postcode', key: 'error.postcode.required' })
  else if (!/^\d{5}$/.test(postcode))
    problems.push({ field: 'postcode', key: 'error.postcode.format' })
  else if (areas.length === 0) problems.push({ field: 'postcode', key: 'error.postcode.unknown' })
  const wanted = subdistrictName(v('subdistrict'))
  const area =
    wanted === '' ? undefined : areas.find((a) => subdistrictName(a.subdistrict) === wanted)
  if (wanted === '') problems.push({ field: 'subdistrict', key: 'error.subdistrict.required' })
  else if (areas.length > 0 && !area)
    problems.push({ field: 'subdistrict', key: 'error.subdistrict.notInPostcode' })

  const email = v('email').toLowerCase()
  if (email === '') problems.push({ field: 'email', key: 'error.email.required' })
  else if (!emailSchema.safeParse(email).success)
    problems.push({ field: 'email', key: 'error.email.format' })
  const mobile = normaliseMobile(v('mobile'))
  if (v('mobile') === '') problems.push({ field: 'mobile', key: 'error.mobile.required' })
  else if (!mobile) problems.push({ field: 'mobile', key: 'error.mobile.format' })

  const docs = COUNTER_DOCUMENTS.filter((d) => documents.includes(d))
  if (!docs.includes('id_card'))
    problems.push({ field: 'documents', key: 'error.documents.idCard' })
  const ekycReason = (EKYC_REASONS as readonly string[]).includes(v('ekycReason'))
    ? (v('ekycReason') as EkycReason)
    : undefined
  if (!ekycReason) problems.push({ field: 'ekycReason', key: 'error.ekycReason.required' })
  if (v('seen') !== 'yes') problems.push({ field: 'seen', key: 'error.seen.required' })

  if (problems.length > 0 || !id.ok || !birthDate || !area || !mobile || !ekycReason)
    return { ok: false, problems, values }
  return {
    ok: true,
    values,
    value: {
      nationalId: id.id,
      titleTh: v('titleTh'),
      firstNameTh: v('firstNameTh'),
      middleNameTh: optional(v('middleNameTh')),
      lastNameTh: v('lastNameTh'),
      titleEn: optional(v('titleEn')),
      firstNameEn: optional(v('firstNameEn')),
      middleNameEn: optional(v('middleNameEn')),
      lastNameEn: optional(v('lastNameEn')),
      birthDate,
      address: {
        houseNo: v('houseNo'),
        // Stored bare, as the person journey stores them: the labels say หมู่, ซอย and ถนน.
        ...(bareMoo(v('moo')) ? { moo: fromThaiDigits(bareMoo(v('moo'))) } : {}),
        ...(bareSoi(v('soi')) ? { soi: bareSoi(v('soi')) } : {}),
        ...(bareRoad(v('road')) ? { road: bareRoad(v('road')) } : {}),
        subdistrict: area.subdistrict,
        district: area.district,
        province: area.province,
        postcode: area.postcode,
      },
      email,
      mobile,
      documents: docs,
      ekycReason,
    },
  }
}

/** The checker's confirmation: they tick that every item matches the documents. */
export function parseConfirm(body: Body | undefined): Parsed<true, CounterMessage> {
  const values = { matches: text(body, 'matches') }
  if (values.matches !== 'yes')
    return { ok: false, problems: [{ field: 'matches', key: 'error.matches.required' }], values }
  return { ok: true, value: true, values }
}

const REASON_MIN = 10
const REASON_MAX = 500

/** The checker's rejection: a reason in their own words. */
export function parseReject(body: Body | undefined): Parsed<string, CounterMessage> {
  const values = { reason: text(body, 'reason') }
  const length = [...values.reason].length
  if (length === 0)
    return { ok: false, problems: [{ field: 'reason', key: 'error.reason.required' }], values }
  if (length < REASON_MIN || length > REASON_MAX)
    return { ok: false, problems: [{ field: 'reason', key: 'error.reason.length' }], values }
  return { ok: true, value: values.reason, values }
}
