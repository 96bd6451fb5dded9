import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { SettingsTables } from '../../platform/db/schema/settings.js'

const tables = (db: Kysely<DB>) => db.withTables<SettingsTables>()

/** The stored value and version of a setting (none: the default holds). */
export async function findSetting(db: Kysely<DB>, key: string, forUpdate = false) {
  let q = tables(db)
    .selectFrom('settings')
    .select(['key', 'value', 'version', 'updated_at', 'updated_by'])
    .where('key', '=', key)
  if (forUpdate) q = q.forUpdate()
  return q.executeTakeFirst()
}

/** Every stored setting. */
export async function storedSettings(db: Kysely<DB>) {
  return tables(db)
    .selectFrom('settings')
    .select(['key', 'value', 'version', 'updated_at'])
    .execute()
}

/** The first change of a setting; false when someone else stored it first. */
export async function insertSetting(
  db: Kysely<DB>,
  row: { key: string; value: unknown; officerId: string },
): Promise<boolean> {
  const r = await tables(db)
    .insertInto('settings')
    .values({
      key: row.key,
      value: JSON.stringify(row.value),
      version: 1,
      updated_by: row.officerId,
    })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst()
  return (r.numInsertedOrUpdatedRows ?? 0n) > 0n
}

/** A later change, only from the version it was read at; false when that version is gone. */
export async function updateSetting(
  db: Kysely<DB>,
  row: { key: string; value: unknown; officerId: string; fromVersion: number },
): Promise<boolean> {
  const r = await tables(db)
    .updateTable('settings')
    .set({
      value: JSON.stringify(row.value),
      version: row.fromVersion + 1,
      updated_by: row.officerId,
      updated_at: new Date(),
    })
    .where('key', '=', row.key)
    .where('version', '=', row.fromVersion)
    .executeTakeFirst()
  return r.numUpdatedRows > 0n
}

/** Appends one change to the history. */
export async function insertChange(
  db: Kysely<DB>,
  row: {
    id: string
    key: string
    version: number
    oldValue: unknown
    oldWasDefault: boolean
    newValue: unknown
    officerId: string
    reason: string
  },
): Promise<void> {
  await tables(db)
    .insertInto('audit_setting_changes')
    .values({
      id: row.id,
      key: row.key,
      version: row.version,
      old_value: JSON.stringify(row.oldValue),
      old_was_default: row.oldWasDefault,
      new_value: JSON.stringify(row.newValue),
      changed_by: row.officerId,
      reason: row.reason,
    })
    .execute()
}

/** The changes of a setting (or of all), newest first, with the officer's display name. */
export async function changes(db: Kysely<DB>, key: string | undefined, limit: number) {
  let q = tables(db)
    .withTables<{ officers: { id: string; display_name: string } }>()
    .selectFrom('audit_setting_changes as c')
    .leftJoin('officers as o', 'o.id', 'c.changed_by')
    .select([
      'c.key',
      'c.version',
      'c.old_value',
      'c.old_was_default',
      'c.new_value',
      'c.changed_by',
      'c.changed_at',
      'c.reason',
      'o.display_name',
    ])
    .orderBy('c.changed_at', 'desc')
    .orderBy('c.version', 'desc')
    .limit(limit)
  if (key) q = q.where('c.key', '=', key)
  return q.execute()
}
