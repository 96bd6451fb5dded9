import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import type { TicketCategory, TicketStatus } from '../../platform/db/schema/help-desk.js'
import { NotFoundError } from '../../platform/errors.js'
import {
  auditRefusal,
  authorise,
  can,
  listOfficers,
  roleLabel,
  type OfficerAuth,
  type Permission,
} from '../officers/index.js'
import { cannedAnswers, type CannedAnswer } from './config.repository.js'
import type { HelpDeskDeps } from './deps.js'
import { slaContext, slaOf, type TicketSla } from './sla.service.js'
import type { SlaState } from './sla.js'
import {
  attachmentsOf,
  eventsOf,
  inboxRows,
  ticketById,
  type AttachmentRow,
  type EventRow,
  type TicketRow,
} from './tickets.repository.js'
import { openSealedIdentity } from './tickets.service.js'

// The officers' side: the inbox and one ticket. The help desk ('helpdesk.tickets') never sees a
// corruption complaint (not found, and the attempt audited); the integrity role
// ('helpdesk.sealed') sees only those, in the sealed queue.

export type Queue = 'desk' | 'sealed'

export function permissionOf(queue: Queue): Permission {
  return queue === 'sealed' ? 'helpdesk.sealed' : 'helpdesk.tickets'
}

export interface InboxQuery {
  status?: TicketStatus
  category?: TicketCategory
  sla?: SlaState
  assignee?: 'me' | 'none'
}

export interface InboxEntry {
  ticket: TicketRow
  sla: TicketSla
}

/** The inbox of a queue, filtered; the SLA state is worked out on the calendar at `now`. */
export async function inbox(
  deps: HelpDeskDeps,
  auth: OfficerAuth,
  queue: Queue,
  q: InboxQuery,
): Promise<InboxEntry[]> {
  await authorise(deps.db, auth, permissionOf(queue), `helpdesk.inbox.${queue}`)
  const now = deps.clock.now()
  const { cal, targetOf } = await slaContext(deps)
  const rows = await inboxRows(deps.db, {
    sealed: queue === 'sealed',
    ...(q.status ? { status: q.status } : {}),
    ...(q.category && queue === 'desk' ? { category: q.category } : {}),
    ...(q.assignee ? { assignee: q.assignee === 'me' ? auth.officerId : 'none' } : {}),
  })
  const entries = rows.map((ticket) => ({
    ticket,
    sla: slaOf(ticket, targetOf(ticket.category), cal, now),
  }))
  if (!q.sla) return entries
  return entries.filter((e) => e.sla.firstResponse === q.sla || e.sla.resolution === q.sla)
}

/** A ticket of the queue, or not found (audited when it belongs to the other queue). */
export async function ticketInQueue(
  db: Kysely<DB>,
  auth: OfficerAuth,
  queue: Queue,
  id: string,
): Promise<TicketRow> {
  await authorise(db, auth, permissionOf(queue), `helpdesk.ticket.${queue}`)
  const t = /^[0-9a-f-]{36}$/i.test(id) ? await ticketById(db, id) : undefined
  if (!t) throw new NotFoundError()
  const sealed = t.category === 'corruption'
  if (sealed !== (queue === 'sealed') || (sealed && !can(auth.roles, 'helpdesk.sealed'))) {
    await auditRefusal(db, auth, {
      action: 'helpdesk.ticket_other_queue',
      subjectType: 'helpdesk_ticket',
      subjectId: t.id,
    })
    throw new NotFoundError()
  }
  return t
}

export interface OfficerTicketView {
  ticket: TicketRow
  events: EventRow[]
  attachments: AttachmentRow[]
  sla: TicketSla
  canned: CannedAnswer[]
  officers: { id: string; name: string }[]
}

/** One ticket with its notes: opening it shows the reporter's words, so it is audited. */
export async function officerView(
  deps: HelpDeskDeps,
  auth: OfficerAuth,
  queue: Queue,
  id: string,
): Promise<OfficerTicketView> {
  const ticket = await ticketInQueue(deps.db, auth, queue, id)
  const { cal, targetOf } = await slaContext(deps)
  await recordAudit(deps.db, {
    actorType: 'officer',
    actorId: auth.officerId,
    actorRole: roleLabel(auth.roles),
    action: 'helpdesk.ticket_viewed',
    subjectType: 'helpdesk_ticket',
    subjectId: ticket.id,
    requestId: auth.requestId,
    details: { ip: auth.ip },
  })
  const officers = (await listOfficers(deps.db))
    .filter(
      (o) =>
        o.status === 'active' &&
        o.roles.some((r) => (queue === 'sealed' ? r === 'integrity_risk' : r === 'help_desk')),
    )
    .map((o) => ({ id: o.id, name: o.display_name }))
  return {
    ticket,
    events: await eventsOf(deps.db, ticket.id, true),
    attachments: await attachmentsOf(deps.db, ticket.id),
    sla: slaOf(ticket, targetOf(ticket.category), cal, deps.clock.now()),
    canned: await cannedAnswers(deps.db),
    officers,
  }
}

/** The sealed reporter's identity, for the integrity role only, with a reason that is audited. */
export async function revealReporter(
  deps: HelpDeskDeps,
  auth: OfficerAuth,
  id: string,
  reason: string,
): Promise<{ email?: string; personId?: string }> {
  const ticket = await ticketInQueue(deps.db, auth, 'sealed', id)
  await authorise(deps.db, auth, 'helpdesk.sealed', 'helpdesk.reveal', {
    type: 'helpdesk_ticket',
    id: ticket.id,
  })
  const identity = openSealedIdentity(deps.crypto, ticket)
  await recordAudit(deps.db, {
    actorType: 'officer',
    actorId: auth.officerId,
    actorRole: roleLabel(auth.roles),
    action: 'helpdesk.reporter_revealed',
    subjectType: 'helpdesk_ticket',
    subjectId: ticket.id,
    requestId: auth.requestId,
    data: { anonymous: Object.keys(identity).length === 0 },
    details: { reason, ip: auth.ip },
  })
  return identity
}
