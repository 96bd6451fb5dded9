import type { Locale } from '../../platform/time.js'
import { formatDate } from '../../platform/time.js'
import type { MailMessage } from '../mail/index.js'
import { renewalMessages, type RenewalMessage } from './messages.js'

/** Parameters of a mail; Dates are written for each language. */
export type MailParams = Record<string, string | Date>

function localised(locale: Locale, p: MailParams): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(p)) out[k] = v instanceof Date ? formatDate(v, locale) : v
  const m = renewalMessages(locale)
  if (typeof p.reason === 'string') out.reason = m(p.reason as RenewalMessage)
  return out
}

/** One message in Thai, then English, as every e-mail of the portal is written. */
export function bilingualMail(
  to: string,
  subject: RenewalMessage,
  body: RenewalMessage,
  p: MailParams,
): MailMessage {
  const th = renewalMessages('th')
  const en = renewalMessages('en')
  const pth = localised('th', p)
  const pen = localised('en', p)
  return {
    to,
    subject: `${th(subject, pth)} / ${en(subject, pen)}`,
    text: `${th(body, pth)}\n\n${en(body, pen)}`,
  }
}
