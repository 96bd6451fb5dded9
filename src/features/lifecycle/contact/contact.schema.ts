import type { MailingAddress } from '../../../platform/db/schema.js'
import { formText, type FieldProblem, type FormBody, type Parsed } from '../../../platform/form.js'
import { fromThaiDigits } from '../../../platform/time.js'
import { areasForPostcode, bareMoo, bareRoad, bareSoi, findArea } from '../../address/index.js'
import { emailSchema, normaliseMobile } from '../../contact/index.js'
import type { ContactChangeMessage } from './messages.js'

/** The new e-mail address, lower-cased as the journeys keep it. */
export function parseNewEmail(body: FormBody): Parsed<string, ContactChangeMessage> {
  const values = { email: formText(body, 'email') }
  const email = values.email.toLowerCase()
  if (email === '')
    return { ok: false, problems: [{ field: 'email', key: 'error.email.required' }], values }
  if (!emailSchema.safeParse(email).success)
    return { ok: false, problems: [{ field: 'email', key: 'error.email.format' }], values }
  return { ok: true, value: email, values }
}

export interface DetailsValues {
  mobile: string
  mailingSame: string
  houseNo: string
  moo: string
  soi: string
  road: string
  postcode: string
  area: string
}

/** The mobile number and the mailing address: the source's address, or a typed one. */
export interface Details {
  mobile: string
  mailing: { same: true } | { same: false; address: MailingAddress }
}

/** Only the fields this form has, as typed (the words the labels say taken off, as the journey does). */
export function detailsValues(body: FormBody): DetailsValues {
  return {
    mobile: formText(body, 'mobile'),
    mailingSame: formText(body, 'mailingSame'),
    houseNo: formText(body, 'houseNo'),
    moo: bareMoo(fromThaiDigits(formText(body, 'moo'))),
    soi: bareSoi(formText(body, 'soi')),
    road: bareRoad(formText(body, 'road')),
    postcode: fromThaiDigits(formText(body, 'postcode')),
    area: formText(body, 'area'),
  }
}

/** The mobile number and mailing address form; every problem at once, the values kept. */
export function parseDetails(body: FormBody): Parsed<Details, ContactChangeMessage> {
  const values = detailsValues(body)
  const problems: FieldProblem<ContactChangeMessage>[] = []
  const mobile = normaliseMobile(values.mobile)
  if (values.mobile === '') problems.push({ field: 'mobile', key: 'error.mobile.required' })
  else if (!mobile) problems.push({ field: 'mobile', key: 'error.mobile.format' })
  if (values.mailingSame !== 'yes' && values.mailingSame !== 'no')
    problems.push({ field: 'mailingSame', key: 'error.mailingSame.required' })
  let area
  if (values.mailingSame === 'no') {
    if (values.houseNo === '') problems.push({ field: 'houseNo', key: 'error.houseNo.required' })
    else if (!/^[0-9๐-๙/\- ]{1,20}$/.test(values.houseNo))
      problems.push({ field: 'houseNo', key: 'error.houseNo.format' })
    if (values.moo !== '' && !/^\d{1,3}$/.test(values.moo))
      problems.push({ field: 'moo', key: 'error.moo.format' })
    for (const f of ['soi', 'road'] as const)
      if (values[f].length > 100) problems.push({ field: f, key: 'error.text.long' })
    if (!/^\d{5}$/.test(values.postcode))
      problems.push({ field: 'postcode', key: 'error.postcode.format' })
    else if (areasForPostcode(values.postcode).length === 0)
      problems.push({ field: 'postcode', key: 'error.postcode.unknown' })
    else {
      area = findArea(values.area, values.postcode)
      if (!area) problems.push({ field: 'area', key: 'error.area.required' })
    }
  }
  if (problems.length > 0 || !mobile) return { ok: false, problems, values: { ...values } }
  if (values.mailingSame === 'yes') return { ok: true, value: { mobile, mailing: { same: true } } }
  if (!area) return { ok: false, problems, values: { ...values } }
  return {
    ok: true,
    value: {
      mobile,
      mailing: {
        same: false,
        address: {
          houseNo: values.houseNo,
          ...(values.moo ? { moo: values.moo } : {}),
          ...(values.soi ? { soi: values.soi } : {}),
          ...(values.road ? { road: values.road } : {}),
          ...area,
        },
      },
    },
  }
}
