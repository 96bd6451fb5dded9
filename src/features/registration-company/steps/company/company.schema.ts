import { formText, type FormBody, type Parsed } from '../../../../platform/form.js'
import { checkThaiId } from '../../../../platform/thai-id.js'
import type { CompanyStepMessage } from './messages.js'

/** The juristic ID: 13 digits with the national-ID check digit; spacing and Thai digits accepted. */
export function parseJuristicId(body: FormBody): Parsed<string, CompanyStepMessage> {
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
