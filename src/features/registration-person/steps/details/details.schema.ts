import {
  formText,
  type FieldProblem,
  type FormBody,
  type Parsed,
} from '../../../../platform/form.js'
import { checkThaiId } from '../../../../platform/thai-id.js'
import { emailSchema, normaliseMobile } from '../../../contact/index.js'
import type { DetailsMessage } from './messages.js'

export interface Details {
  nationalId: string
  email: string
  mobile: string
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
