import { z } from 'zod'
import { isRole, type Role } from '../../officers/index.js'
import { text, type Body, type FieldProblem as Problem, type Parsed as ParsedAs } from '../form.js'
import type { AdminMessage } from './admin.messages.js'

type FieldProblem = Problem<AdminMessage>
type Parsed<T> = ParsedAs<T, AdminMessage>

/** Roles ticked in a form: one value or several. */
export function rolesFrom(body: Body | undefined): Role[] {
  const v = body?.roles
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v]
  return [...new Set(list.filter(isRole))]
}

const USERNAME = /^[a-z0-9._-]{3,64}$/
const LONG = 200

const emailSchema = z.email().max(254)

/** An officer's work address: required, lower case. */
function emailProblems(email: string): FieldProblem[] {
  if (email === '') return [{ field: 'email', key: 'officers.error.email.required' }]
  if (!emailSchema.safeParse(email).success)
    return [{ field: 'email', key: 'officers.error.email.format' }]
  return []
}

/** The administrator's form for a new officer. */
export function parseNewOfficer(
  body: Body | undefined,
): Parsed<{ username: string; displayName: string; unit: string; email: string; roles: Role[] }> {
  const values = {
    username: text(body, 'username').toLowerCase(),
    displayName: text(body, 'displayName'),
    unit: text(body, 'unit'),
    email: text(body, 'email').toLowerCase(),
  }
  const roles = rolesFrom(body)
  const problems: FieldProblem[] = []
  if (values.username === '')
    problems.push({ field: 'username', key: 'officers.error.username.required' })
  else if (!USERNAME.test(values.username))
    problems.push({ field: 'username', key: 'officers.error.username.format' })
  if (values.displayName === '')
    problems.push({ field: 'displayName', key: 'officers.error.displayName.required' })
  else if (values.displayName.length > LONG)
    problems.push({ field: 'displayName', key: 'officers.error.displayName.long' })
  problems.push(...unitProblems(values.unit))
  problems.push(...emailProblems(values.email))
  if (roles.length === 0) problems.push({ field: 'roles', key: 'officers.error.roles.required' })
  if (problems.length > 0) return { ok: false, problems, values }
  return { ok: true, value: { ...values, roles }, values }
}

function unitProblems(unit: string): FieldProblem[] {
  if (unit === '') return [{ field: 'unit', key: 'officers.error.unit.required' }]
  if (unit.length > LONG) return [{ field: 'unit', key: 'officers.error.unit.long' }]
  return []
}

/** The administrator's form for an existing officer: roles, unit, address, status. */
export function parseOfficerUpdate(body: Body | undefined): Parsed<{
  roles: Role[]
  unit: string
  email: string
  status: 'active' | 'disabled' | undefined
}> {
  const unit = text(body, 'unit')
  const email = text(body, 'email').toLowerCase()
  const statusRaw = text(body, 'status')
  const status = statusRaw === 'active' || statusRaw === 'disabled' ? statusRaw : undefined
  const roles = rolesFrom(body)
  const problems = [...unitProblems(unit), ...emailProblems(email)]
  const values = { unit, email, status: statusRaw }
  if (problems.length > 0) return { ok: false, problems, values }
  return { ok: true, value: { roles, unit, email, status }, values }
}
