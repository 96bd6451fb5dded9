import { z } from 'zod'
import { formText, type FormBody, type Parsed } from '../../platform/form.js'
import { fromThaiDigits } from '../../platform/time.js'

export const emailSchema = z.email().max(254)

/** Thai mobile numbers: 10 digits from 06, 08 or 09; +66 and separators accepted. */
export function normaliseMobile(input: string): string | undefined {
  let digits = fromThaiDigits(input).replace(/[\s\-().]/g, '')
  if (digits.startsWith('+66')) digits = `0${digits.slice(3)}`
  else if (digits.startsWith('66') && digits.length === 11) digits = `0${digits.slice(2)}`
  return /^0[689]\d{8}$/.test(digits) ? digits : undefined
}

/** The problems a typed code can have; each journey's catalogue words them. */
export type CodeProblem = 'error.code.required' | 'error.code.format'

/** A 6-digit e-mail confirmation code as typed. */
export function parseCode(body: FormBody): Parsed<string, CodeProblem> {
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
