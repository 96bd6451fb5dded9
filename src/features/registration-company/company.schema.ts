import { formText } from '../../platform/form.js'
import { checkThaiId } from '../../platform/thai-id.js'
import { fromThaiDigits } from '../../platform/time.js'
import { emailSchema, normaliseMobile } from '../contact/index.js'
import type { CompanyMessage } from './messages.js'

/** A problem with one field, as a message key (translated when the page renders). */
export interface FieldProblem {
  field: string
  key: CompanyMessage
  params?: Record<string, string | number>
}

export type Parsed<T> =
  { ok: true; value: T } | { ok: false; problems: FieldProblem[]; values: Record<string, string> }

type Body = Record<string, unknown>

/** The juristic ID: 13 digits with the national-ID check digit; spacing and Thai digits accepted. */
export function parseJuristicId(body: Body): Parsed<string> {
  const raw = formText(body, 'juristicId')
  const id = checkThaiId(raw)
  if (!id.ok)
    return {
      ok: false,
      problems: [{ field: 'juristicId', key: `error.juristicId.${id.problem}` }],
      values: { juristicId: raw },
    }
  return { ok: true, value: id.id }
}

export interface ChosenSigner {
  directorIndex: number
  email: string
}

/**
 * The directors chosen to sign with the applicant: a checkbox `director` per director (its
 * index) and an e-mail field `email-{index}` each. Only the offered indexes count; anything
 * else in the body is ignored.
 */
export function parseSigners(body: Body, offered: readonly number[]): Parsed<ChosenSigner[]> {
  const picked = new Set(
    ([] as unknown[])
      .concat(body.director ?? [])
      .filter((v): v is string => typeof v === 'string')
      .map(Number)
      .filter((n) => offered.includes(n)),
  )
  const values: Record<string, string> = {}
  const problems: FieldProblem[] = []
  const chosen: ChosenSigner[] = []
  for (const index of offered) {
    const email = formText(body, `email-${index}`).toLowerCase()
    values[`email-${index}`] = email
    if (!picked.has(index)) continue
    values[`director-${index}`] = 'yes'
    if (email === '') problems.push({ field: `email-${index}`, key: 'error.signers.emailRequired' })
    else if (!emailSchema.safeParse(email).success)
      problems.push({ field: `email-${index}`, key: 'error.signers.emailFormat' })
    else chosen.push({ directorIndex: index, email })
  }
  return problems.length > 0 ? { ok: false, problems, values } : { ok: true, value: chosen }
}

export interface Contact {
  contactName: string
  email: string
  phone: string
  branchCode: string
}

/** Contact person, company e-mail, phone and branch (5 digits; head office 00000). */
export function parseContact(body: Body): Parsed<Contact> {
  const values = {
    contactName: formText(body, 'contactName').replace(/\s+/g, ' '),
    email: formText(body, 'email').toLowerCase(),
    phone: formText(body, 'phone'),
    branchCode: fromThaiDigits(formText(body, 'branchCode')).replace(/\s/g, ''),
  }
  const problems: FieldProblem[] = []
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
