import {
  formText,
  type FieldProblem,
  type FormBody,
  type Parsed,
} from '../../../../platform/form.js'
import { fromThaiDigits } from '../../../../platform/time.js'
import { emailSchema, normaliseMobile } from '../../../contact/index.js'
import type { ContactMessage } from './messages.js'

export interface Contact {
  contactName: string
  email: string
  phone: string
  branchCode: string
}

/** Contact person, company e-mail, phone and branch (5 digits; head office 00000). */
export function parseContact(body: FormBody): Parsed<Contact, ContactMessage> {
  const values = {
    contactName: formText(body, 'contactName').replace(/\s+/g, ' '),
    email: formText(body, 'email').toLowerCase(),
    phone: formText(body, 'phone'),
    branchCode: fromThaiDigits(formText(body, 'branchCode')).replace(/\s/g, ''),
  }
  const problems: FieldProblem<ContactMessage>[] = []
  if (values.contactName === '')
    problems.push({ field: 'contactName', key: 'error.contactName.required' })
  else if (values.contactName.length > 200)
    problems.push({ field: 'contactName', key: 'error.contactName.long' })
  if (values.email === '') problems.push({ field: 'email', key: 'error.email.required' })
  else if (!emailSchema.safeParse(values.email).success)
    problems.push({ field: 'email', key: 'error.email.format' })
  const phone = normaliseMobile(values.phone)
  if (values.phone === '') problems.push({ field: 'phone', key: 'error.phone.required' })
  else if (!phone) problems.push({ field: 'phone', key: 'error.phone.format' })
  if (values.branchCode === '') problems.push({ field: 'branchCode', key: 'error.branch.required' })
  else if (!/^\d{5}$/.test(values.branchCode))
    problems.push({ field: 'branchCode', key: 'error.branch.format' })
  if (problems.length > 0 || !phone) return { ok: false, problems, values }
  return { ok: true, value: { ...values, phone } }
}
