import { formText, type FieldProblem, type FormBody, type Parsed } from '../../../platform/form.js'
import { emailSchema } from '../../contact/index.js'
import type { SigningMessage } from './messages.js'

export interface ChosenSigner {
  directorIndex: number
  email: string
}

/**
 * The directors chosen to sign with the applicant: a checkbox `director` per director (its
 * index) and an e-mail field `email-{index}` each. Only the offered indexes count; anything
 * else in the body is ignored.
 */
export function parseSigners(
  body: FormBody,
  offered: readonly number[],
): Parsed<ChosenSigner[], SigningMessage> {
  const picked = new Set(
    ([] as unknown[])
      .concat(body.director ?? [])
      .filter((v): v is string => typeof v === 'string')
      .map(Number)
      .filter((n) => offered.includes(n)),
  )
  const values: Record<string, string> = {}
  const problems: FieldProblem<SigningMessage>[] = []
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
