import type { Kysely } from 'kysely'
import type { DB, RegistrantChangeTables } from '../../platform/db/schema.js'

/** A status line of one of the person's registrations, with the receipt of the decision behind it. */
export interface StatusLine {
  registrationId: string
  status: string
  reason: string
  changedAt: Date
  receiptId: string | null
}

/**
 * Every status line of the person's own registrations, newest first: registered, suspended
 * for inactivity, reactivated, cancelled… with the receipt of a reactivation or cancellation.
 */
export async function statusHistoryOf(db: Kysely<DB>, personId: string): Promise<StatusLine[]> {
  const rows = await db
    .withTables<RegistrantChangeTables>()
    .selectFrom('registration_status_history as h')
    .innerJoin('registrations as r', 'r.id', 'h.registration_id')
    .leftJoin('registration_reactivations as ra', 'ra.status_history_id', 'h.id')
    .leftJoin('registration_cancellations as c', 'c.status_history_id', 'h.id')
    .select([
      'h.registration_id',
      'h.status',
      'h.reason',
      'h.changed_at',
      'ra.receipt_id as reactivation_receipt',
      'c.receipt_id as cancellation_receipt',
    ])
    .where('r.person_id', '=', personId)
    .orderBy('h.changed_at', 'desc')
    .execute()
  return rows.map((r) => ({
    registrationId: r.registration_id,
    status: r.status,
    reason: r.reason,
    changedAt: r.changed_at,
    receiptId: r.reactivation_receipt ?? r.cancellation_receipt ?? null,
  }))
}
