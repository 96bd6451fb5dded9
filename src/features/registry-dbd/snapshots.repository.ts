import type { Insertable, Kysely } from 'kysely'
import type { DB, DbdSnapshotsTable } from '../../platform/db/schema.js'

// dbd_snapshots: effective-dated answers of the registry, inserted and never updated.

/** Keeps one answer of DBD. */
export async function insertSnapshot(
  db: Kysely<DB>,
  values: Insertable<DbdSnapshotsTable>,
): Promise<void> {
  await db.insertInto('dbd_snapshots').values(values).execute()
}

/** The sealed body of one snapshot, and when it was fetched. */
export function selectSnapshotBody(db: Kysely<DB>, snapshotId: string) {
  return db
    .selectFrom('dbd_snapshots')
    .select(['body_enc', 'body_key_id', 'fetched_at'])
    .where('id', '=', snapshotId)
    .executeTakeFirst()
}
