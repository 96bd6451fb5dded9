import type { Insertable, Kysely, Selectable, Updateable } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type {
  HelpDeskTables,
  HelpdeskAttachmentsTable,
  HelpdeskTicketEventsTable,
  HelpdeskTicketsTable,
  TicketCategory,
  TicketStatus,
} from '../../platform/db/schema/help-desk.js'

// Every query on tickets, their events, attachments and follow codes.

const tables = (db: Kysely<DB>) => db.withTables<HelpDeskTables>()

export type TicketRow = Selectable<HelpdeskTicketsTable>
export type EventRow = Selectable<HelpdeskTicketEventsTable>
export type AttachmentRow = Selectable<HelpdeskAttachmentsTable>

export async function insertTicket(
  trx: Kysely<DB>,
  row: Insertable<HelpdeskTicketsTable>,
): Promise<void> {
  await tables(trx).insertInto('helpdesk_tickets').values(row).execute()
}

export async function insertEvent(
  trx: Kysely<DB>,
  row: Insertable<HelpdeskTicketEventsTable>,
): Promise<void> {
  await tables(trx).insertInto('helpdesk_ticket_events').values(row).execute()
}

export async function insertAttachment(
  trx: Kysely<DB>,
  row: Insertable<HelpdeskAttachmentsTable>,
): Promise<void> {
  await tables(trx).insertInto('helpdesk_attachments').values(row).execute()
}

export async function ticketByReference(
  db: Kysely<DB>,
  reference: string,
): Promise<TicketRow | undefined> {
  return tables(db)
    .selectFrom('helpdesk_tickets')
    .selectAll()
    .where('reference', '=', reference)
    .executeTakeFirst()
}

export async function ticketById(db: Kysely<DB>, id: string): Promise<TicketRow | undefined> {
  return tables(db)
    .selectFrom('helpdesk_tickets')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
}

/** A ticket's events in order; the reporter's view leaves out internal notes. */
export async function eventsOf(
  db: Kysely<DB>,
  ticketId: string,
  withNotes: boolean,
): Promise<EventRow[]> {
  let q = tables(db)
    .selectFrom('helpdesk_ticket_events')
    .selectAll()
    .where('ticket_id', '=', ticketId)
    .orderBy('at')
    .orderBy('id')
  if (!withNotes) q = q.where('kind', '!=', 'note')
  return q.execute()
}

export async function attachmentsOf(db: Kysely<DB>, ticketId: string): Promise<AttachmentRow[]> {
  return tables(db)
    .selectFrom('helpdesk_attachments')
    .selectAll()
    .where('ticket_id', '=', ticketId)
    .execute()
}

/**
 * Changes a ticket if it is still at the version the caller read; false when someone else
 * changed it meanwhile (the optimistic check). The version moves on with every change.
 */
export async function updateTicket(
  trx: Kysely<DB>,
  id: string,
  expectedVersion: number,
  patch: Updateable<HelpdeskTicketsTable>,
): Promise<boolean> {
  const r = await tables(trx)
    .updateTable('helpdesk_tickets')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

export interface InboxFilter {
  status?: TicketStatus
  category?: TicketCategory
  assignee?: string | 'none'
  /** Sealed corruption complaints appear only in the integrity queue. */
  sealed: boolean
}

/** The inbox: the newest first, at most 200. */
export async function inboxRows(db: Kysely<DB>, f: InboxFilter): Promise<TicketRow[]> {
  let q = tables(db)
    .selectFrom('helpdesk_tickets')
    .selectAll()
    .where('merged_into', 'is', null)
    .orderBy('created_at', 'desc')
    .limit(200)
  q = f.sealed ? q.where('category', '=', 'corruption') : q.where('category', '!=', 'corruption')
  if (f.status) q = q.where('status', '=', f.status)
  if (f.category) q = q.where('category', '=', f.category)
  if (f.assignee === 'none') q = q.where('assignee_id', 'is', null)
  else if (f.assignee) q = q.where('assignee_id', '=', f.assignee)
  return q.execute()
}

/** A signed-in registrant's own tickets. */
export async function ticketsOfPerson(db: Kysely<DB>, personId: string): Promise<TicketRow[]> {
  return tables(db)
    .selectFrom('helpdesk_tickets')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute()
}

/** Tickets whose SLA clocks the job looks at: not yet closed. */
export async function unclosedTickets(db: Kysely<DB>): Promise<TicketRow[]> {
  return tables(db)
    .selectFrom('helpdesk_tickets')
    .selectAll()
    .where('status', '!=', 'closed')
    .where('merged_into', 'is', null)
    .execute()
}

/** Tickets created in [from, to), for the statistics. */
export async function ticketsCreatedBetween(
  db: Kysely<DB>,
  from: Date,
  to: Date,
): Promise<TicketRow[]> {
  return tables(db)
    .selectFrom('helpdesk_tickets')
    .selectAll()
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .where('merged_into', 'is', null)
    .orderBy('created_at')
    .execute()
}

export async function setFollowCode(
  trx: Kysely<DB>,
  ticketId: string,
  codeHash: Buffer,
  expiresAt: Date,
): Promise<void> {
  const values = { code_hash: codeHash, expires_at: expiresAt, attempts: 0 }
  await tables(trx)
    .insertInto('helpdesk_follow_codes')
    .values({ ticket_id: ticketId, ...values })
    .onConflict((oc) => oc.column('ticket_id').doUpdateSet(values))
    .execute()
}

/** Counts one attempt atomically and returns the code as it was; undefined after 5 attempts. */
export async function takeFollowAttempt(
  trx: Kysely<DB>,
  ticketId: string,
): Promise<{ codeHash: Buffer; expiresAt: Date } | undefined> {
  const row = await tables(trx)
    .updateTable('helpdesk_follow_codes')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('ticket_id', '=', ticketId)
    .where('attempts', '<', 5)
    .returning(['code_hash', 'expires_at'])
    .executeTakeFirst()
  return row ? { codeHash: row.code_hash, expiresAt: row.expires_at } : undefined
}

export async function deleteFollowCode(trx: Kysely<DB>, ticketId: string): Promise<void> {
  await tables(trx).deleteFrom('helpdesk_follow_codes').where('ticket_id', '=', ticketId).execute()
}

/** The SLA job's marks: they change no version (an officer's open page stays current). */
export async function markSla(
  trx: Kysely<DB>,
  id: string,
  patch: { first_response_breached?: boolean; resolution_breached?: boolean; warned_at?: Date },
): Promise<void> {
  await tables(trx).updateTable('helpdesk_tickets').set(patch).where('id', '=', id).execute()
}
