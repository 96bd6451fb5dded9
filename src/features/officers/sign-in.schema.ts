import { PASSWORD_MAX, PASSWORD_MIN } from './credentials.js'
import type { OfficerMessage } from './messages.js'
import {
  formText,
  type FieldProblem as Problem,
  type FormBody as Body,
  type Parsed as ParsedAs,
} from '../../platform/form.js'

type FieldProblem = Problem<OfficerMessage>
type Parsed<T> = ParsedAs<T, OfficerMessage> & { values: Record<string, string> }

const text = (body: Body | undefined, name: string) => formText(body ?? {}, name)

// Passwords are taken as typed: no trimming, so that a space at either end is kept.
function raw(body: Body | undefined, name: string): string {
  const v = body?.[name]
  return typeof v === 'string' ? v : ''
}

/** The sign-in form's fields, present or not. */
export function parseSignIn(
  body: Body | undefined,
): Parsed<{ username: string; password: string }> {
  const values = { username: text(body, 'username').toLowerCase() }
  const password = raw(body, 'password')
  const problems: FieldProblem[] = []
  if (values.username === '') problems.push({ field: 'username', key: 'signIn.error.username' })
  if (password === '') problems.push({ field: 'password', key: 'signIn.error.password' })
  if (problems.length > 0) return { ok: false, problems, values }
  return { ok: true, value: { username: values.username, password }, values }
}

/** The password an officer chooses at enrolment (OWASP ASVS: length, not composition rules). */
export function parsePasswordChoice(body: Body | undefined, username: string): Parsed<string> {
  const password = raw(body, 'password')
  const confirm = raw(body, 'confirm')
  const length = [...password.normalize('NFC')].length
  const problems: FieldProblem[] = []
  if (password === '') problems.push({ field: 'password', key: 'enrol.error.password.required' })
  else if (length < PASSWORD_MIN)
    problems.push({ field: 'password', key: 'enrol.error.password.short' })
  else if (length > PASSWORD_MAX)
    problems.push({ field: 'password', key: 'enrol.error.password.long' })
  else if (password.toLowerCase().includes(username.toLowerCase()))
    problems.push({ field: 'password', key: 'enrol.error.password.username' })
  if (confirm === '') problems.push({ field: 'confirm', key: 'enrol.error.confirm.required' })
  else if (problems.length === 0 && confirm !== password)
    problems.push({ field: 'confirm', key: 'enrol.error.confirm.mismatch' })
  if (problems.length > 0) return { ok: false, problems, values: {} }
  return { ok: true, value: password, values: {} }
}
