import { formatDate } from '../../platform/time.js'
import type { MailMessage } from '../mail/index.js'
import { pdpaMessages } from './messages.js'
import type { Outcome, ReminderStage, RequestKind } from './schema.js'

const th = pdpaMessages('th')
const en = pdpaMessages('en')

interface RequestFacts {
  reference: string
  kind: RequestKind
  dueAt: Date
}

function dueDate(dueAt: Date, locale: 'th' | 'en'): string {
  // The last day to answer is the day before the stored first instant after the deadline.
  return formatDate(new Date(dueAt.getTime() - 1), locale)
}

/** One message in Thai, then English, as every e-mail of the portal is written. */
function both(
  to: string,
  subject: string,
  body: (m: typeof th, locale: 'th' | 'en') => string,
): MailMessage {
  return { to, subject, text: `${body(th, 'th')}\n\n${body(en, 'en')}` }
}

/** The e-mails of data-subject requests; they carry the reference, never the request's text. */
export const pdpaMail = {
  lodged(to: string, r: RequestFacts): MailMessage {
    return both(to, th('mail.lodged.subject', { reference: r.reference }), (m, l) =>
      m('mail.lodged.body', {
        kind: m(`req.kind.${r.kind}`),
        reference: r.reference,
        date: dueDate(r.dueAt, l),
      }),
    )
  },
  closed(to: string, r: RequestFacts & { outcome: Outcome | null }): MailMessage {
    return both(to, th('mail.closed.subject', { reference: r.reference }), (m) =>
      m('mail.closed.body', {
        reference: r.reference,
        outcome: r.outcome ? m(`req.outcome.${r.outcome}`) : '',
      }),
    )
  },
  newForDpo(to: string, r: RequestFacts): MailMessage {
    return both(to, th('mail.dpoNew.subject', { reference: r.reference }), (m, l) =>
      m('mail.dpoNew.body', {
        kind: m(`req.kind.${r.kind}`),
        reference: r.reference,
        date: dueDate(r.dueAt, l),
      }),
    )
  },
  reminder(to: string, r: RequestFacts & { stage: ReminderStage }): MailMessage {
    return both(
      to,
      th('mail.reminder.subject', { reference: r.reference, stage: th(`stage.${r.stage}`) }),
      (m, l) =>
        m('mail.reminder.body', {
          kind: m(`req.kind.${r.kind}`),
          reference: r.reference,
          date: dueDate(r.dueAt, l),
          stage: m(`stage.${r.stage}`),
        }),
    )
  },
}
