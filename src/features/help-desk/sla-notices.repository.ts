import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { HelpDeskTables, SlaNoticeKind } from '../../platform/db/schema/help-desk.js'
import type { OfficerTables, Role } from '../officers/index.js'

// The SLA notices e-mailed to officers (each once per ticket and kind), and the officers'
// addresses they go to.

const tables = (db: Kysely<DB>) => db.withTables<HelpDeskTables & OfficerTables>()

/** An officer's address for the desk's e-mails. */
export interface Mailbox {
  officerId: string
  email: string
}

/** The officer's address, when the officer is active and has one. */
export async function officerMailbox(
  db: Kysely<DB>,
  officerId: string,
): Promise<Mailbox | undefined> {
  const row = await tables(db)
    .selectFrom('officers')
    .select(['id', 'email'])
    .where('id', '=', officerId)
    .where('status', '=', 'active')
    .where('email', 'is not', null)
    .executeTakeFirst()
  return row?.email ? { officerId: row.id, email: row.email } : undefined
}

/** The addresses of the active officers holding any of these roles, each once. */
export async function mailboxesOfRoles(db: Kysely<DB>, roles: readonly Role[]): Promise<Mailbox[]> {
  if (roles.length === 0) return []
  const rows = await tables(db)
    .selectFrom('officers as o')
    .select(['o.id', 'o.email'])
    .where('o.status', '=', 'active')
    .where('o.email', 'is not', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('officer_roles as r')
          .select('r.officer_id')
          .whereRef('r.officer_id', '=', 'o.id')
          .where('r.role', 'in', [...roles]),
      ),
    )
    .orderBy('o.id')
    .execute()
  return rows.flatMap((r) => (r.email ? [{ officerId: r.id, email: r.email }] : []))
}

/**
 * Records the notices not recorded before for this ticket and returns those: a notice already
 * there (the job ran again, or another instance ran it) is not returned, so it is mailed once.
 */
export async function recordNotices(
  trx: Kysely<DB>,
  ticketId: string,
  kinds: readonly SlaNoticeKind[],
  at: Date,
  recipients: number,
): Promise<SlaNoticeKind[]> {
  if (kinds.length === 0) return []
  const rows = await tables(trx)
    .insertInto('helpdesk_sla_notices')
    .values(kinds.map((kind) => ({ ticket_id: ticketId, kind, at, recipients })))
    .onConflict((oc) => oc.columns(['ticket_id', 'kind']).doNothing())
    .returning('kind')
    .execute()
  return rows.map((r) => r.kind)
}
