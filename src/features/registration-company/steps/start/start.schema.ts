import type { FormBody, Parsed } from '../../../../platform/form.js'
import type { StartMessage } from './messages.js'

/** The start page: the current Terms and Conditions and privacy notice accepted. */
export function parseAcceptance(body: FormBody): Parsed<true, StartMessage> {
  if (body.accept === 'yes') return { ok: true, value: true }
  return { ok: false, problems: [{ field: 'accept', key: 'error.acceptRequired' }], values: {} }
}
