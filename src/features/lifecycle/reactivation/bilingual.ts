import type { MailMessage } from '../../mail/index.js'

type Translate<K extends string> = (key: K, params?: Record<string, string | number>) => string

/** One e-mail in Thai, then English, as every e-mail of the portal is written. */
export function bilingualMail<K extends string>(
  m: { th: Translate<K>; en: Translate<K> },
  to: string,
  subject: K,
  body: K,
  params: { th: Record<string, string>; en: Record<string, string> },
): MailMessage {
  return {
    to,
    subject: `${m.th(subject, params.th)} / ${m.en(subject, params.en)}`,
    text: `${m.th(body, params.th)}\n\n${m.en(body, params.en)}`,
  }
}
