import type { Kysely } from 'kysely'
import type { DB, RegistrantChangeTables, RuleResult } from '../../../platform/db/schema.js'

const t = (db: Kysely<DB>) => db.withTables<RegistrantChangeTables>()

/**
 * ACTIVE again, counting activity from now, with the new receipt as the registration's newest;
 * false when it was no longer SUSPENDED (a second tab, a race): then nothing is written.
 */
export async function reactivateRegistration(
  db: Kysely<DB>,
  q: { id: string; at: Date; receiptId: string },
): Promise<boolean> {
  const row = await db
    .updateTable('registrations')
    .set({ status: 'ACTIVE', last_activity_at: q.at, latest_receipt_id: q.receiptId })
    .where('id', '=', q.id)
    .where('status', '=', 'SUSPENDED')
    .returning('id')
    .executeTakeFirst()
  return row !== undefined
}

/** A status line of a registration. */
export async function insertStatusLine(
  db: Kysely<DB>,
  r: {
    id: string
    registrationId: string
    status: 'ACTIVE' | 'CANCELLED'
    reason: string
    at: Date
  },
): Promise<void> {
  await db
    .insertInto('registration_status_history')
    .values({
      id: r.id,
      registration_id: r.registrationId,
      status: r.status,
      reason: r.reason,
      changed_at: r.at,
    })
    .execute()
}

/** The reactivation decision, approved or refused. */
export async function insertReactivation(
  db: Kysely<DB>,
  r: {
    id: string
    registrationId: string
    reference: string
    personId: string
    verificationId: string
    dbdSnapshotId: string | null
    ruleSetVersion: string
    outcome: 'approved' | 'refused'
    results: RuleResult[]
    receiptId: string
    statusHistoryId: string | null
    at: Date
  },
): Promise<void> {
  await t(db)
    .insertInto('registration_reactivations')
    .values({
      id: r.id,
      registration_id: r.registrationId,
      reference: r.reference,
      person_id: r.personId,
      verification_id: r.verificationId,
      dbd_snapshot_id: r.dbdSnapshotId,
      rule_set_version: r.ruleSetVersion,
      outcome: r.outcome,
      results: JSON.stringify(r.results),
      receipt_id: r.receiptId,
      status_history_id: r.statusHistoryId,
      decided_at: r.at,
    })
    .execute()
}

/** The newest reactivation decision of a registration. */
export async function newestReactivation(db: Kysely<DB>, registrationId: string) {
  return t(db)
    .selectFrom('registration_reactivations')
    .select(['id', 'outcome', 'results', 'receipt_id', 'decided_at'])
    .where('registration_id', '=', registrationId)
    .orderBy('decided_at', 'desc')
    .limit(1)
    .executeTakeFirst()
}

/** The newest reactivation decision of each registration given. */
export async function reactivationsOf(db: Kysely<DB>, ids: readonly string[]) {
  if (ids.length === 0) return []
  return t(db)
    .selectFrom('registration_reactivations')
    .select(['registration_id', 'outcome', 'receipt_id', 'decided_at'])
    .where('registration_id', 'in', ids)
    .orderBy('decided_at', 'desc')
    .execute()
}
