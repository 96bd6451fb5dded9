import type { Insertable, Kysely } from 'kysely'
import type { DB, DecisionsTable } from '../../../platform/db/schema.js'
import { newId } from '../../../platform/ids.js'

/** The decision on an application, if there is one (one per application). */
export async function existingDecision(db: Kysely<DB>, applicationId: string) {
  return db
    .selectFrom('decisions')
    .select(['id', 'outcome'])
    .where('application_id', '=', applicationId)
    .executeTakeFirst()
}

/** The whole decision on an application, as its page shows it. */
export async function findDecision(db: Kysely<DB>, applicationId: string) {
  return db
    .selectFrom('decisions')
    .selectAll()
    .where('application_id', '=', applicationId)
    .executeTakeFirst()
}

/** A draft becomes submitted; false when it was not a draft any more (a double submit). */
export async function markSubmitted(trx: Kysely<DB>, id: string, now: Date): Promise<boolean> {
  const updated = await trx
    .updateTable('applications')
    .set({ status: 'submitted', submitted_at: now, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst()
  return Number(updated.numUpdatedRows) === 1
}

export async function insertDecision(
  trx: Kysely<DB>,
  row: Insertable<DecisionsTable>,
): Promise<void> {
  await trx.insertInto('decisions').values(row).execute()
}

/** A submitted application takes its outcome and the snapshot the decision used. */
export async function markDecided(
  trx: Kysely<DB>,
  id: string,
  o: { outcome: 'approved' | 'refused'; now: Date; snapshotId: string | null },
): Promise<void> {
  await trx
    .updateTable('applications')
    .set({
      status: o.outcome,
      decided_at: o.now,
      updated_at: o.now,
      dbd_snapshot_id: o.snapshotId,
    })
    .where('id', '=', id)
    .where('status', '=', 'submitted')
    .execute()
}

/** The juristic person's row, made the first time the company is registered. */
export async function juristicPersonId(trx: Kysely<DB>, juristicId: string): Promise<string> {
  await trx
    .insertInto('juristic_persons')
    .values({ id: newId(), juristic_id: juristicId })
    .onConflict((oc) => oc.column('juristic_id').doNothing())
    .execute()
  const jp = await trx
    .selectFrom('juristic_persons')
    .select('id')
    .where('juristic_id', '=', juristicId)
    .executeTakeFirstOrThrow()
  return jp.id
}

/** The assurance level each verified signer reached, by verification id. */
export async function signerAssurance(db: Kysely<DB>, verificationIds: string[]) {
  if (verificationIds.length === 0) return new Map<string, number | null>()
  const rows = await db
    .selectFrom('identity_verifications')
    .select(['id', 'ial'])
    .where('id', 'in', verificationIds)
    .execute()
  return new Map(rows.map((r) => [r.id, r.ial === null ? null : Number(r.ial)]))
}
