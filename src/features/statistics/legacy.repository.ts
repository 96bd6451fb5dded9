import { sql, type Kysely } from 'kysely'
import type { DB, StatisticsTables } from '../../platform/db/schema.js'
import type { LegacyRow } from './legacy-csv.js'

// The old channel's rows: every query of the import.

const legacy = (db: Kysely<DB>) => db.withTables<StatisticsTables>()
const CHUNK = 5000

/** The rows already imported under any of these keys. */
export async function knownLegacyRows(
  trx: Kysely<DB>,
  keys: string[],
): Promise<Map<string, { date: string; kind: string }>> {
  const out = new Map<string, { date: string; kind: string }>()
  for (let i = 0; i < keys.length; i += CHUNK) {
    const rows = await legacy(trx)
      .selectFrom('legacy_registrations')
      .select(['key', sql<string>`to_char(registered_on, 'YYYY-MM-DD')`.as('date'), 'kind'])
      .where('key', 'in', keys.slice(i, i + CHUNK))
      .execute()
    for (const r of rows) out.set(r.key, { date: r.date, kind: r.kind })
  }
  return out
}

/** Records the import itself (who, which file, what it added). */
export async function insertLegacyImport(
  trx: Kysely<DB>,
  row: {
    id: string
    officerId: string
    fileName: string
    sha256: string
    read: number
    added: number
    known: number
  },
): Promise<void> {
  await legacy(trx)
    .insertInto('legacy_imports')
    .values({
      id: row.id,
      officer_id: row.officerId,
      file_name: row.fileName,
      file_sha256: row.sha256,
      rows_read: row.read,
      rows_added: row.added,
      rows_known: row.known,
    })
    .execute()
}

/** Adds the rows not yet known (a key already there adds nothing); returns how many were added. */
export async function insertLegacyRows(
  trx: Kysely<DB>,
  importId: string,
  rows: LegacyRow[],
): Promise<number> {
  let added = 0
  for (let i = 0; i < rows.length; i += CHUNK) {
    const inserted = await legacy(trx)
      .insertInto('legacy_registrations')
      .values(
        rows.slice(i, i + CHUNK).map((r) => ({
          key: r.key,
          registered_on: r.date,
          kind: r.kind,
          import_id: importId,
        })),
      )
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('key')
      .execute()
    added += inserted.length
  }
  return added
}

/** Corrects the import's counts when another import added some of its keys meanwhile. */
export async function correctLegacyImport(
  trx: Kysely<DB>,
  id: string,
  added: number,
  known: number,
): Promise<void> {
  await legacy(trx)
    .updateTable('legacy_imports')
    .set({ rows_added: added, rows_known: known })
    .where('id', '=', id)
    .execute()
}

/** The latest imports, newest first. */
export async function recentLegacyImports(db: Kysely<DB>, limit: number) {
  return legacy(db)
    .selectFrom('legacy_imports')
    .select([
      'id',
      'file_name',
      'file_sha256',
      'rows_read',
      'rows_added',
      'rows_known',
      'imported_at',
    ])
    .orderBy('imported_at', 'desc')
    .limit(limit)
    .execute()
}
