import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import type { SlaNoticeKind } from '../../platform/db/schema/help-desk.js'
import type { Locale } from '../../platform/i18n/index.js'
import { formatDateTime } from '../../platform/time.js'
import { enqueueMail, type MailMessage } from '../mail/index.js'
import { can, ROLES, type Permission } from '../officers/index.js'
import type { SlaTarget } from './config.repository.js'
import type { HelpDeskDeps } from './deps.js'
import { helpMessages } from './messages.js'
import { officerTicketPath } from './paths.js'
import { addBusinessMs, HOUR_MS, WARNING_SHARE, type BusinessCalendar } from './sla.js'
import { slaMailMessages, type SlaMailMessage } from './sla-mail.messages.js'
import {
  mailboxesOfRoles,
  officerMailbox,
  recordNotices,
  type Mailbox,
} from './sla-notices.repository.js'
import type { TicketRow } from './tickets.repository.js'

// The SLA job's e-mails to officers: what the job records for a ticket (a warning, a breach) is
// told to the officer it is assigned to; an unassigned ticket's to every active officer who works
// its queue (the desk's, or the integrity officers' for the sealed corruption complaints). There
// is no help-desk team address among the help desk's settings (its contact e-mail is the public
// one), so the queue's officers are the team. Each notice once: helpdesk_sla_notices is keyed by
// ticket and kind.

/** The permission that opens the ticket's queue. */
function queuePermission(t: TicketRow): Permission {
  return t.category === 'corruption' ? 'helpdesk.sealed' : 'helpdesk.tickets'
}

async function recipientsOf(
  db: Kysely<DB>,
  t: TicketRow,
): Promise<{ to: Mailbox[]; assigned: boolean }> {
  if (t.assignee_id) {
    const own = await officerMailbox(db, t.assignee_id)
    if (own) return { to: [own], assigned: true }
  }
  const permission = queuePermission(t)
  return {
    to: await mailboxesOfRoles(
      db,
      ROLES.filter((r) => can([r], permission)),
    ),
    assigned: false,
  }
}

interface MailFacts {
  reference: string
  category: TicketRow['category']
  assigned: boolean
  kinds: SlaNoticeKind[]
  target: SlaTarget
  /** For a warning: which target, and when it falls due. */
  warning?: { of: 'first_response' | 'resolution'; due: Date }
  link: string
}

function textIn(locale: Locale, f: MailFacts): { subject: string; body: string } {
  const m = slaMailMessages(locale)
  const breached = f.kinds.some((k) => k !== 'warning')
  // A warning recorded in the same run as a breach is not worth a line of its own.
  const shown = breached ? f.kinds.filter((k) => k !== 'warning') : f.kinds
  const lines = shown.map((k) => {
    if (k === 'warning' && f.warning) {
      const hours =
        f.warning.of === 'first_response' ? f.target.firstResponseHours : f.target.resolutionHours
      const key: SlaMailMessage = `line.warning.${f.warning.of}`
      return m(key, { hours, due: formatDateTime(f.warning.due, locale) })
    }
    if (k === 'first_response_breached')
      return m('line.first_response_breached', { hours: f.target.firstResponseHours })
    return m('line.resolution_breached', { hours: f.target.resolutionHours })
  })
  const intro = m('body.intro', {
    reference: f.reference,
    category: helpMessages(locale)(`cat.${f.category}`),
    whose: m(f.assigned ? 'body.assigned' : 'body.unassigned'),
  })
  return {
    subject: m(breached ? 'subject.breached' : 'subject.warning', { reference: f.reference }),
    body: [intro, ...lines, m('body.link', { link: f.link })].join('\n'),
  }
}

/** The e-mail in Thai, then English, as every e-mail of the portal is written. */
export function slaMail(to: string, f: MailFacts): MailMessage {
  const th = textIn('th', f)
  const en = textIn('en', f)
  return { to, subject: `${th.subject} / ${en.subject}`, text: `${th.body}\n\n${en.body}` }
}

/**
 * E-mails what the job has just recorded for a ticket (`kinds`), in the job's transaction: the
 * notices not sent before, to the assignee or the ticket's queue, then audited. Returns how many
 * e-mails went to the outbox.
 */
export async function mailSlaNotices(
  trx: Kysely<DB>,
  deps: Pick<HelpDeskDeps, 'publicBaseUrl'>,
  t: TicketRow,
  sla: { kinds: SlaNoticeKind[]; usedMs: number; target: SlaTarget; cal: BusinessCalendar },
  now: Date,
): Promise<number> {
  if (sla.kinds.length === 0) return 0
  const { to, assigned } = await recipientsOf(trx, t)
  const kinds = await recordNotices(trx, t.id, sla.kinds, now, to.length)
  if (kinds.length === 0) return 0
  const fr = sla.target.firstResponseHours * HOUR_MS
  const res = sla.target.resolutionHours * HOUR_MS
  const warnOf =
    !t.first_response_at && sla.usedMs >= fr * WARNING_SHARE ? 'first_response' : 'resolution'
  const facts: MailFacts = {
    reference: t.reference,
    category: t.category,
    assigned,
    kinds,
    target: sla.target,
    warning: {
      of: warnOf,
      due: addBusinessMs(
        now,
        Math.max(0, (warnOf === 'first_response' ? fr : res) - sla.usedMs),
        sla.cal,
      ),
    },
    link: `${deps.publicBaseUrl}${officerTicketPath(t.id, t.category === 'corruption')}`,
  }
  for (const box of to) await enqueueMail(trx, slaMail(box.email, facts))
  await recordAudit(trx, {
    actorType: 'system',
    action: 'helpdesk.sla_mailed',
    subjectType: 'helpdesk_ticket',
    subjectId: t.id,
    data: { kinds, assigned, recipients: to.map((b) => b.officerId) },
  })
  return to.length
}
