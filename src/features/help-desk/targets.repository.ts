import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { HelpDeskTables, TicketCategory } from '../../platform/db/schema/help-desk.js'
import type { OfficerTables } from '../officers/index.js'

// The SLA targets as officers edit them: each category's row with its version, and the
// append-only history of every change.

const tables = (db: Kysely<DB>) => db.withTables<HelpDeskTables & OfficerTables>()

export interface TargetRow {
  category: TicketCategory
  firstResponseHours: number
  resolutionHours: number
  version: number
}

export async function targetRows(db: Kysely<DB>): Promise<TargetRow[]> {
  const rows = await tables(db).selectFrom('helpdesk_sla_targets').selectAll().execute()
  return rows.map((r) => ({
    category: r.category,
    firstResponseHours: r.first_response_hours,
    resolutionHours: r.resolution_hours,
    version: r.version,
  }))
}

/** Saves new targets over `expected`; the new version, or undefined when another edit came first. */
export async function updateTarget(
  trx: Kysely<DB>,
  category: TicketCategory,
  expected: number,
  t: { firstResponseHours: number; resolutionHours: number },
): Promise<number | undefined> {
  const row = await tables(trx)
    .updateTable('helpdesk_sla_targets')
    .set((eb) => ({
      first_response_hours: t.firstResponseHours,
      resolution_hours: t.resolutionHours,
      version: eb('version', '+', 1),
    }))
    .where('category', '=', category)
    .where('version', '=', expected)
    .returning('version')
    .executeTakeFirst()
  return row?.version
}

export interface TargetChange {
  category: TicketCategory
  version: number
  before: { firstResponseHours: number; resolutionHours: number }
  after: { firstResponseHours: number; resolutionHours: number }
  changedBy: string
  changedByName: string
  changedAt: Date
  reason: string
}

export async function insertTargetChange(
  trx: Kysely<DB>,
  id: string,
  c: Omit<TargetChange, 'changedByName'>,
): Promise<void> {
  await tables(trx)
    .insertInto('audit_helpdesk_sla_target_changes')
    .values({
      id,
      category: c.category,
      version: c.version,
      old_first_response_hours: c.before.firstResponseHours,
      old_resolution_hours: c.before.resolutionHours,
      new_first_response_hours: c.after.firstResponseHours,
      new_resolution_hours: c.after.resolutionHours,
      changed_by: c.changedBy,
      changed_at: c.changedAt,
      reason: c.reason,
    })
    .execute()
}

/** The changes, the newest first, with the officer's display name. */
export async function targetChanges(db: Kysely<DB>, limit = 100): Promise<TargetChange[]> {
  const rows = await tables(db)
    .selectFrom('audit_helpdesk_sla_target_changes as c')
    .innerJoin('officers as o', 'o.id', 'c.changed_by')
    .select([
      'c.category',
      'c.version',
      'c.old_first_response_hours',
      'c.old_resolution_hours',
      'c.new_first_response_hours',
      'c.new_resolution_hours',
      'c.changed_by',
      'o.display_name',
      'c.changed_at',
      'c.reason',
    ])
    .orderBy('c.changed_at', 'desc')
    .orderBy('c.category')
    .limit(limit)
    .execute()
  return rows.map((r) => ({
    category: r.category,
    version: r.version,
    before: {
      firstResponseHours: r.old_first_response_hours,
      resolutionHours: r.old_resolution_hours,
    },
    after: {
      firstResponseHours: r.new_first_response_hours,
      resolutionHours: r.new_resolution_hours,
    },
    changedBy: r.changed_by,
    changedByName: r.display_name,
    changedAt: r.changed_at,
    reason: r.reason,
  }))
}
