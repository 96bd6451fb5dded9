import type { Kysely } from 'kysely'
import type { DB, RegistrantChangeTables, RuleResult } from '../../../platform/db/schema.js'

const t = (db: Kysely<DB>) => db.withTables<RegistrantChangeTables>()

/** The cancellation of a registration still waiting for its directors, if any. */
export async function openCancellation(db: Kysely<DB>, registrationId: string) {
  return t(db)
    .selectFrom('registration_cancellations')
    .select(['id', 'reference', 'started_by', 'created_at'])
    .where('registration_id', '=', registrationId)
    .where('status', '=', 'awaiting_directors')
    .executeTakeFirst()
}

/** Starts a cancellation; a concurrent start for the same registration is left as it was. */
export async function insertCancellation(
  db: Kysely<DB>,
  r: { id: string; registrationId: string; reference: string; startedBy: string; at: Date },
): Promise<void> {
  await t(db)
    .insertInto('registration_cancellations')
    .values({
      id: r.id,
      registration_id: r.registrationId,
      reference: r.reference,
      started_by: r.startedBy,
      status: 'awaiting_directors',
      created_at: r.at,
    })
    .onConflict((oc) => oc.doNothing())
    .execute()
}

/** One person's confirmation (once per person). */
export async function insertConfirmation(
  db: Kysely<DB>,
  r: {
    cancellationId: string
    personId: string
    verificationId: string
    directorIndex: number | null
    at: Date
  },
): Promise<void> {
  await t(db)
    .insertInto('registration_cancellation_confirmations')
    .values({
      cancellation_id: r.cancellationId,
      person_id: r.personId,
      verification_id: r.verificationId,
      director_index: r.directorIndex,
      confirmed_at: r.at,
    })
    .onConflict((oc) => oc.columns(['cancellation_id', 'person_id']).doNothing())
    .execute()
}

/** Who confirmed a cancellation, first first. */
export async function confirmationsOf(db: Kysely<DB>, cancellationId: string) {
  return t(db)
    .selectFrom('registration_cancellation_confirmations')
    .select(['person_id', 'confirmed_at'])
    .where('cancellation_id', '=', cancellationId)
    .orderBy('confirmed_at')
    .execute()
}

/** The cancellation decided; false when another request decided it first. */
export async function completeCancellation(
  db: Kysely<DB>,
  r: {
    id: string
    at: Date
    results: RuleResult[]
    receiptId: string
    historyId: string
    snapshotId: string | null
  },
): Promise<boolean> {
  const row = await t(db)
    .updateTable('registration_cancellations')
    .set({
      status: 'cancelled',
      decided_at: r.at,
      results: JSON.stringify(r.results),
      receipt_id: r.receiptId,
      status_history_id: r.historyId,
      dbd_snapshot_id: r.snapshotId,
    })
    .where('id', '=', r.id)
    .where('status', '=', 'awaiting_directors')
    .returning('id')
    .executeTakeFirst()
  return row !== undefined
}

/** A cancellation still waiting, withdrawn by a director; false when it was no longer waiting. */
export async function withdrawCancellation(
  db: Kysely<DB>,
  r: { id: string; personId: string; at: Date },
): Promise<boolean> {
  const row = await t(db)
    .updateTable('registration_cancellations')
    .set({ status: 'withdrawn', withdrawn_by: r.personId, decided_at: r.at })
    .where('id', '=', r.id)
    .where('status', '=', 'awaiting_directors')
    .returning('id')
    .executeTakeFirst()
  return row !== undefined
}

/** CANCELLED, with the cancellation's receipt as the newest; false when no longer live. */
export async function cancelRegistration(
  db: Kysely<DB>,
  r: { id: string; receiptId: string },
): Promise<boolean> {
  const row = await db
    .updateTable('registrations')
    .set({ status: 'CANCELLED', latest_receipt_id: r.receiptId })
    .where('id', '=', r.id)
    .where('status', 'in', ['ACTIVE', 'SUSPENDED'])
    .returning('id')
    .executeTakeFirst()
  return row !== undefined
}

/** The newest cancellation of each registration given (open or decided). */
export async function cancellationsOf(db: Kysely<DB>, ids: readonly string[]) {
  if (ids.length === 0) return []
  return t(db)
    .selectFrom('registration_cancellations')
    .select(['id', 'registration_id', 'status', 'receipt_id', 'created_at', 'decided_at'])
    .where('registration_id', 'in', ids)
    .orderBy('created_at', 'desc')
    .execute()
}
