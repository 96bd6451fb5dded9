import type { MailMessage } from '../mail/index.js'
import { helpMessages, type HelpMessage } from './messages.js'

const th = helpMessages('th')
const en = helpMessages('en')

/** One message in Thai, then English, as every e-mail of the portal is written. */
function both(
  to: string,
  subject: HelpMessage,
  body: HelpMessage,
  params: Record<string, string>,
): MailMessage {
  return {
    to,
    subject: `${th(subject, params)} / ${en(subject, params)}`,
    text: `${th(body, params)}\n\n${en(body, params)}`,
  }
}

/** The help desk's e-mails; a reply carries the officer's words, never an internal note. */
export const helpMail = {
  created: (to: string, p: { reference: string; subject: string; link: string }) =>
    both(to, 'mail.created.subject', 'mail.created.body', p),
  reply: (to: string, p: { reference: string; body: string; link: string }) =>
    both(to, 'mail.reply.subject', 'mail.reply.body', p),
  code: (to: string, p: { reference: string; code: string }) =>
    both(to, 'mail.code.subject', 'mail.code.body', p),
  closed: (to: string, p: { reference: string; link: string }) =>
    both(to, 'mail.closed.subject', 'mail.closed.body', p),
}
