import { sql, type Kysely } from 'kysely'
import type { DB, RiskTables } from '../../platform/db/schema.js'
import { newId } from '../../platform/ids.js'
import type { ReportSnapshot } from './report.js'

// The reports: approved with their frozen snapshot, then published.

const risk = (db: Kysely<DB>) => db.withTables<RiskTables>()

export interface ReportRow {
  id: string
  registerId: string
  version: number
  snapshot: ReportSnapshot
  approverName: string
  approvedAt: Date
  memoReference: string
  publishedAt: Date | null
}

const COLUMNS = [
  'id',
  'register_id',
  'version',
  'snapshot',
  'approver_name',
  'approved_at',
  'memo_reference',
  'published_at',
] as const

function row(r: {
  id: string
  register_id: string
  version: number
  snapshot: Record<string, unknown>
  approver_name: string
  approved_at: Date
  memo_reference: string
  published_at: Date | null
}): ReportRow {
  return {
    id: r.id,
    registerId: r.register_id,
    version: r.version,
    snapshot: r.snapshot as unknown as ReportSnapshot,
    approverName: r.approver_name,
    approvedAt: r.approved_at,
    memoReference: r.memo_reference,
    publishedAt: r.published_at,
  }
}

/** Writes an approved report (the next version of its register's); returns its id and version. */
export async function insertReport(
  trx: Kysely<DB>,
  r: {
    registerId: string
    snapshot: ReportSnapshot
    officerId: string
    approverName: string
    memoReference: string
    at: Date
  },
): Promise<{ id: string; version: number }> {
  // One version at a time per register: the register's row is the lock.
  await sql`SELECT 1 FROM risk_registers WHERE id = ${r.registerId} FOR UPDATE`.execute(trx)
  const last = await risk(trx)
    .selectFrom('risk_reports')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('register_id', '=', r.registerId)
    .executeTakeFirst()
  const version = Number(last?.v ?? 0) + 1
  const id = newId()
  await risk(trx)
    .insertInto('risk_reports')
    .values({
      id,
      register_id: r.registerId,
      version,
      snapshot: JSON.stringify(r.snapshot),
      approved_by: r.officerId,
      approver_name: r.approverName,
      approved_at: r.at,
      memo_reference: r.memoReference,
    })
    .execute()
  return { id, version }
}

/** Publishes an approved report once; false when it is unknown or already published. */
export async function markPublished(
  trx: Kysely<DB>,
  id: string,
  by: { officerId: string; at: Date },
): Promise<boolean> {
  const res = await risk(trx)
    .updateTable('risk_reports')
    .set({ published_at: by.at, published_by: by.officerId })
    .where('id', '=', id)
    .where('published_at', 'is', null)
    .executeTakeFirst()
  return Number(res.numUpdatedRows) === 1
}

/** The reports of a register, newest first. */
export async function reportsOf(db: Kysely<DB>, registerId: string): Promise<ReportRow[]> {
  const rows = await risk(db)
    .selectFrom('risk_reports')
    .select(COLUMNS)
    .where('register_id', '=', registerId)
    .orderBy('version', 'desc')
    .execute()
  return rows.map(row)
}

/** A report by id (published only, unless asked otherwise). */
export async function findReport(
  db: Kysely<DB>,
  id: string,
  publishedOnly = true,
): Promise<ReportRow | undefined> {
  let q = risk(db).selectFrom('risk_reports').select(COLUMNS).where('id', '=', id)
  if (publishedOnly) q = q.where('published_at', 'is not', null)
  const r = await q.executeTakeFirst()
  return r && row(r)
}

/** Every published report, newest first. */
export async function publishedReports(db: Kysely<DB>): Promise<ReportRow[]> {
  const rows = await risk(db)
    .selectFrom('risk_reports')
    .select(COLUMNS)
    .where('published_at', 'is not', null)
    .orderBy('published_at', 'desc')
    .execute()
  return rows.map(row)
}
