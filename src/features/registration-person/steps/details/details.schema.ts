import {
  formText,
  type FieldProblem,
  type FormBody,
  type Parsed,
} from '../../../../platform/form.js'
import { checkThaiId, normaliseThaiId, type ThaiIdProblem } from '../../../../platform/thai-id.js'
import { emailSchema, normaliseMobile } from '../../../contact/index.js'
import type { DetailsMessage } from './messages.js'

export interface Details {
  nationalId: string
  email: string
  mobile: string
}

/** Something other than a digit typed (a letter O for a zero, say) is named as such. */
function idProblem(typed: string, problem: ThaiIdProblem): DetailsMessage {
  if (problem === 'format' && /\D/.test(normaliseThaiId(typed))) return 'error.nationalId.digits'
  return `error.nationalId.${problem}`
}

/**
 * A juristic person's number: 0, then the registrar's office (never 0), with the same check
 * digit as a person's. People without Thai nationality also hold 0-numbers, but theirs are 00.
 */
function isJuristicNumber(id: string): boolean {
  return id.startsWith('0') && id[1] !== '0'
}

/** The details page: national ID, e-mail and mobile number. */
export function parseDetails(body: FormBody): Parsed<Details, DetailsMessage> {
  const values = {
    nationalId: formText(body, 'nationalId'),
    email: formText(body, 'email'),
    mobile: formText(body, 'mobile'),
  }
  const problems: FieldProblem<DetailsMessage>[] = []
  const id = checkThaiId(values.nationalId)
  if (!id.ok) problems.push({ field: 'nationalId', key: idProblem(values.nationalId, id.problem) })
  else if (isJuristicNumber(id.id))
    problems.push({ field: 'nationalId', key: 'error.nationalId.company' })
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
