import { sql, type Kysely } from 'kysely'
import type { DB, EthicsTables, StaffChange } from '../../platform/db/schema.js'
import type { StaffRow, UnitRow } from './directory.rows.js'

const t = (db: Kysely<DB>) => db.withTables<EthicsTables>()

/** Rows per INSERT: 1,000 × 11 parameters stays far under PostgreSQL's 65,535. */
const BATCH = 1000

function batches<T>(rows: readonly T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH))
  return out
}

/** One import at a time: a second waits for the first's commit and then sees its rows. */
export async function lockDirectory(trx: Kysely<DB>): Promise<void> {
  await sql`LOCK TABLE staff_members, staff_units IN SHARE ROW EXCLUSIVE MODE`.execute(trx)
}

/** Every unit's parent, by code. */
export async function unitParents(db: Kysely<DB>): Promise<Map<string, string | null>> {
  const rows = await t(db).selectFrom('staff_units').select(['code', 'parent_code']).execute()
  return new Map(rows.map((r) => [r.code, r.parent_code]))
}

/** The stored units, for comparison with a file. */
export async function storedUnits(db: Kysely<DB>) {
  return t(db)
    .selectFrom('staff_units')
    .select(['code', 'name_th', 'name_en', 'parent_code', 'kind'])
    .execute()
}

/** Adds or replaces these units (the caller passes only new or changed ones). */
export async function upsertUnits(trx: Kysely<DB>, rows: readonly UnitRow[], now: Date) {
  for (const batch of batches(rows)) {
    await t(trx)
      .insertInto('staff_units')
      .values(
        batch.map((u) => ({
          code: u.code,
          name_th: u.nameTh,
          name_en: u.nameEn,
          parent_code: u.parentCode,
          kind: u.kind,
          updated_at: now,
        })),
      )
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name_th: eb.ref('excluded.name_th'),
          name_en: eb.ref('excluded.name_en'),
          parent_code: eb.ref('excluded.parent_code'),
          kind: eb.ref('excluded.kind'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute()
  }
}

/** What the directory holds of each officer, to tell new, changed and unchanged rows apart. */
export async function staffState(trx: Kysely<DB>) {
  const rows = await t(trx)
    .selectFrom('staff_members')
    .select(['staff_number', 'row_sha256', 'unit_code', 'status'])
    .execute()
  return new Map(rows.map((r) => [r.staff_number, r]))
}

/** Adds or replaces these officers (the caller passes only new or changed ones). */
export async function upsertStaff(trx: Kysely<DB>, rows: readonly StaffRow[], now: Date) {
  for (const batch of batches(rows)) {
    await t(trx)
      .insertInto('staff_members')
      .values(
        batch.map((s) => ({
          staff_number: s.staffNumber,
          title: s.title,
          first_name: s.firstName,
          last_name: s.lastName,
          position: s.position,
          unit_code: s.unitCode,
          email: s.email,
          status: s.status,
          start_date: s.startDate,
          row_sha256: s.sha256,
          updated_at: now,
        })),
      )
      .onConflict((oc) =>
        oc.column('staff_number').doUpdateSet((eb) => ({
          title: eb.ref('excluded.title'),
          first_name: eb.ref('excluded.first_name'),
          last_name: eb.ref('excluded.last_name'),
          position: eb.ref('excluded.position'),
          unit_code: eb.ref('excluded.unit_code'),
          email: eb.ref('excluded.email'),
          status: eb.ref('excluded.status'),
          start_date: eb.ref('excluded.start_date'),
          row_sha256: eb.ref('excluded.row_sha256'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute()
  }
}

export interface HistoryRow {
  id: string
  staffNumber: string
  change: StaffChange
  unitFrom: string | null
  unitTo: string | null
  statusFrom: string | null
  statusTo: string | null
}

/** Writes what an import changed for each officer. */
export async function insertHistory(
  trx: Kysely<DB>,
  importId: string,
  rows: readonly HistoryRow[],
  now: Date,
) {
  for (const batch of batches(rows)) {
    await t(trx)
      .insertInto('staff_member_history')
      .values(
        batch.map((h) => ({
          id: h.id,
          staff_number: h.staffNumber,
          change: h.change,
          unit_from: h.unitFrom,
          unit_to: h.unitTo,
          status_from: h.statusFrom,
          status_to: h.statusTo,
          import_id: importId,
          changed_at: now,
        })),
      )
      .execute()
  }
}

/** Every unit with its officers by status (for the tree). */
export async function unitsWithCounts(db: Kysely<DB>) {
  return t(db)
    .selectFrom('staff_units as u')
    .leftJoin('staff_members as m', 'm.unit_code', 'u.code')
    .select((eb) => [
      'u.code',
      'u.name_th',
      'u.name_en',
      'u.parent_code',
      'u.kind',
      eb.fn.count<string>('m.staff_number').filterWhere('m.status', '<>', 'left').as('current'),
      eb.fn.count<string>('m.staff_number').filterWhere('m.status', '=', 'left').as('leavers'),
    ])
    .groupBy(['u.code', 'u.name_th', 'u.name_en', 'u.parent_code', 'u.kind'])
    .orderBy('u.code')
    .execute()
}

/** The officers of one unit (not its sub-units), by staff number. */
export async function membersOfUnit(db: Kysely<DB>, unitCode: string, limit = 500) {
  return t(db)
    .selectFrom('staff_members')
    .select(['staff_number', 'title', 'first_name', 'last_name', 'position', 'status', 'email'])
    .where('unit_code', '=', unitCode)
    .orderBy('staff_number')
    .limit(limit)
    .execute()
}

/** The latest changes of the directory (joined, moved, left, returned, updated). */
export async function recentChanges(db: Kysely<DB>, limit = 50) {
  return t(db)
    .selectFrom('staff_member_history')
    .select(['staff_number', 'change', 'unit_from', 'unit_to', 'changed_at'])
    .orderBy('changed_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
}

/** One officer of the directory by staff number. */
export async function findStaff(db: Kysely<DB>, staffNumber: string) {
  return t(db)
    .selectFrom('staff_members')
    .select(['staff_number', 'title', 'first_name', 'last_name', 'unit_code', 'email', 'status'])
    .where('staff_number', '=', staffNumber)
    .executeTakeFirst()
}
