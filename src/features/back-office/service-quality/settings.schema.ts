import { isDeepStrictEqual } from 'node:util'
import { valueFromForm, type Setting } from '../../settings/index.js'
import { text, type Body, type FieldProblem, type Parsed } from '../form.js'
import type { SettingsMessage } from './settings.messages.js'

/** What an officer sent to change a setting. */
export interface SettingForm {
  value: unknown
  reason: string
  version: number
  /** A choice the page never offered: a forged form (refused and audited). */
  tampered: boolean
}

/** The change form: a value that passes the setting's schema and differs, a reason, the version seen. */
export function parseSettingForm(
  setting: Setting<unknown>,
  current: unknown,
  body: Body | undefined,
): Parsed<SettingForm, SettingsMessage> & { tampered: boolean } {
  const values = {
    value: text(body, 'value'),
    reason: text(body, 'reason'),
    version: text(body, 'version'),
  }
  const problems: FieldProblem<SettingsMessage>[] = []
  const input = setting.input
  const tampered =
    !/^\d{1,9}$/.test(values.version) ||
    (input.kind === 'choice' && values.value !== '' && !input.choices.includes(values.value))
  const parsed = setting.schema.safeParse(valueFromForm(setting, values.value))
  if (!parsed.success) problems.push({ field: 'value', key: 'error.value' })
  else if (isDeepStrictEqual(parsed.data, current))
    problems.push({ field: 'value', key: 'error.same' })
  const n = [...values.reason].length
  if (n < 5 || n > 500) problems.push({ field: 'reason', key: 'error.reason' })
  if (problems.length > 0 || tampered || !parsed.success)
    return { ok: false, problems, values, tampered }
  return {
    ok: true,
    value: { value: parsed.data, reason: values.reason, version: Number(values.version), tampered },
    values,
    tampered,
  }
}
