import { parseDateInput } from '../../platform/time.js'
import { checkThaiId } from '../../platform/thai-id.js'
import { formText } from '../../platform/form.js'
import { emailSchema } from '../contact/index.js'
import type { AuthorityMessage } from './messages.js'
import { isGrantable, type Scope } from './scopes.js'

/** A valid grant form: who, what and when. */
export interface GrantForm {
  granteeId: string
  granteeEmail: string
  scopes: Scope[]
  validFrom: string
  validUntil: string
}

export interface GrantProblem {
  field: string
  key: AuthorityMessage
}

type Body = Record<string, unknown>

/**
 * The grant form. A scope that cannot be granted (sent by a tampered form) is a problem of its
 * own, `forbidden`, so the caller can refuse and audit it.
 */
export function parseGrantForm(
  body: Body,
  today: string,
):
  | { ok: true; value: GrantForm }
  | { ok: false; problems: GrantProblem[]; values: Record<string, string>; forbidden: string[] } {
  const values: Record<string, string> = {
    granteeId: formText(body, 'granteeId'),
    granteeEmail: formText(body, 'granteeEmail').toLowerCase(),
    validFrom: formText(body, 'validFrom'),
    validUntil: formText(body, 'validUntil'),
  }
  const posted = ([] as unknown[])
    .concat(body.scope ?? [])
    .filter((v): v is string => typeof v === 'string')
  const forbidden = posted.filter((s) => !isGrantable(s))
  const scopes = [...new Set(posted.filter(isGrantable))]
  for (const s of scopes) values[`scope-${s}`] = 'yes'
  const problems: GrantProblem[] = []
  const id = checkThaiId(values.granteeId ?? '')
  if (!id.ok) problems.push({ field: 'granteeId', key: `error.granteeId.${id.problem}` })
  if (values.granteeEmail === '')
    problems.push({ field: 'granteeEmail', key: 'error.granteeEmail.required' })
  else if (!emailSchema.safeParse(values.granteeEmail).success)
    problems.push({ field: 'granteeEmail', key: 'error.granteeEmail.format' })
  if (forbidden.length > 0) problems.push({ field: 'scopes', key: 'error.scopes.forbidden' })
  else if (scopes.length === 0) problems.push({ field: 'scopes', key: 'error.scopes.required' })
  const from = parseDateInput(values.validFrom ?? '')
  const until = parseDateInput(values.validUntil ?? '')
  if (values.validFrom === '') problems.push({ field: 'validFrom', key: 'error.from.required' })
  else if (!from) problems.push({ field: 'validFrom', key: 'error.from.format' })
  else if (from < today) problems.push({ field: 'validFrom', key: 'error.from.past' })
  if (values.validUntil === '') problems.push({ field: 'validUntil', key: 'error.until.required' })
  else if (!until) problems.push({ field: 'validUntil', key: 'error.until.format' })
  else if (from && until < from)
    problems.push({ field: 'validUntil', key: 'error.until.beforeFrom' })
  if (problems.length > 0 || !id.ok || !from || !until)
    return { ok: false, problems, values, forbidden }
  return {
    ok: true,
    value: {
      granteeId: id.id,
      granteeEmail: values.granteeEmail ?? '',
      scopes,
      validFrom: from,
      validUntil: until,
    },
  }
}
