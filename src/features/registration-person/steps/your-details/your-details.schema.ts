import type { MailingAddress } from '../../../../platform/db/schema.js'
import {
  formText,
  type FieldProblem,
  type FormBody,
  type Parsed,
} from '../../../../platform/form.js'
import { fromThaiDigits } from '../../../../platform/time.js'
import { areasForPostcode, bareMoo, bareRoad, bareSoi, findArea } from '../../../address/index.js'
import type { YourDetailsMessage } from './messages.js'

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

export function sendsVerifiedField(body: FormBody): boolean {
  return VERIFIED_FIELDS.some((f) => f in body)
}

export type MailingChoice = { same: true } | { same: false; address: MailingAddress }

/** The mailing address: the ID-card address, or a typed one placed in a DOPA area. */
export function parseMailing(body: FormBody): Parsed<MailingChoice, YourDetailsMessage> {
  const values = {
    mailingSame: formText(body, 'mailingSame'),
    houseNo: formText(body, 'houseNo'),
    // The words the labels already say (ซอย, ถนน, หมู่) are taken off: the bare value is kept.
    moo: bareMoo(fromThaiDigits(formText(body, 'moo'))),
    soi: bareSoi(formText(body, 'soi')),
    road: bareRoad(formText(body, 'road')),
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
  const problems: FieldProblem<YourDetailsMessage>[] = []
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
