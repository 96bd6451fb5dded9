import type { Kysely } from 'kysely'
import { recordAudit, type AuditEvent } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import type { TicketStatus } from '../../platform/db/schema/help-desk.js'
import { ConflictError } from '../../platform/errors.js'
import { newId } from '../../platform/ids.js'
import { listHolidays } from './config.repository.js'
import { afterStatusChange, calendarOf, type BusinessCalendar } from './sla.js'
import { insertEvent, updateTicket, type TicketRow } from './tickets.repository.js'

// One change of a ticket, whoever makes it: the SLA clock banked at the status change, the
// version checked (a second officer gets "changed meanwhile"), the event and the audit row in
// the caller's transaction.

/** Raised when the ticket changed since the page that posted was shown. */
export class ChangedMeanwhileError extends ConflictError {
  constructor() {
    super('the ticket changed meanwhile')
  }
}

const NEXT: Record<TicketStatus, readonly TicketStatus[]> = {
  new: ['open', 'pending', 'resolved', 'closed'],
  open: ['pending', 'resolved', 'closed'],
  pending: ['open', 'resolved', 'closed'],
  resolved: ['open', 'closed'],
  closed: [],
}

/** Whether a ticket may move from one status to another. */
export function canMove(from: TicketStatus, to: TicketStatus): boolean {
  return NEXT[from].includes(to)
}

/** The calendar of holidays the SLA clocks skip. */
export async function businessCalendar(db: Kysely<DB>): Promise<BusinessCalendar> {
  return calendarOf((await listHolidays(db)).map((h) => h.day))
}

export interface Change {
  to?: TicketStatus
  /** Who makes the change (the status line and any event name them). */
  actor: { type: 'reporter' | 'officer' | 'system'; officerId?: string }
  event?: { kind: 'message' | 'reply' | 'note' | 'assign' | 'merge'; body?: string }
  patch?: { assignee_id?: string | null; merged_into?: string; first_response_at?: Date }
  audit: Omit<AuditEvent, 'subjectType' | 'subjectId'>
}

/** Applies a change at `now`; throws ChangedMeanwhileError when the version moved on. */
export async function changeTicket(
  trx: Kysely<DB>,
  ticket: TicketRow,
  change: Change,
  now: Date,
  cal: BusinessCalendar,
): Promise<string | undefined> {
  const to = change.to && change.to !== ticket.status ? change.to : undefined
  if (to && !canMove(ticket.status, to)) throw new ConflictError(`${ticket.status} → ${to}`)
  const clock = {
    usedMs: Number(ticket.sla_used_ms),
    clockAt: ticket.sla_clock_at,
    status: ticket.status,
  }
  const moved = to ? afterStatusChange(clock, to, now, cal) : undefined
  const ok = await updateTicket(trx, ticket.id, ticket.version, {
    ...change.patch,
    ...(to && moved
      ? {
          status: to,
          sla_used_ms: moved.usedMs,
          sla_clock_at: now,
          ...(to === 'resolved' ? { resolved_at: now } : {}),
          ...(to === 'closed' ? { closed_at: now } : {}),
        }
      : {}),
  })
  if (!ok) throw new ChangedMeanwhileError()
  let eventId: string | undefined
  if (change.event) {
    eventId = newId()
    await insertEvent(trx, {
      id: eventId,
      ticket_id: ticket.id,
      at: now,
      kind: change.event.kind,
      actor_type: change.actor.type,
      officer_id: change.actor.officerId ?? null,
      body: change.event.body ?? null,
      from_status: null,
      to_status: null,
    })
  }
  if (to) {
    await insertEvent(trx, {
      id: newId(),
      ticket_id: ticket.id,
      at: now,
      kind: 'status',
      actor_type: change.actor.type,
      officer_id: change.actor.officerId ?? null,
      body: null,
      from_status: ticket.status,
      to_status: to,
    })
  }
  await recordAudit(trx, {
    ...change.audit,
    subjectType: 'helpdesk_ticket',
    subjectId: ticket.id,
    data: { ...change.audit.data, ...(to ? { from: ticket.status, to } : {}) },
  })
  return eventId
}
