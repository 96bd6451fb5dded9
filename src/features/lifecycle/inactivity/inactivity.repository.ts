import { sql, type Kysely } from 'kysely'
import type { DB, LifecycleTables } from '../../../platform/db/schema.js'

// The inactivity sweep's SQL. Thresholds are computed by PostgreSQL's month arithmetic
// (last activity + N months), the one definition of "N consecutive months".

function t(db: Kysely<DB>) {
  return db.withTables<LifecycleTables>()
}

export type Party = 'person' | 'company'

export interface Candidate {
  id: string
  email: string
  last_activity_at: Date
  due_at: Date
}

const dueAt = (months: number) =>
  sql<Date>`r.last_activity_at + make_interval(months => ${months}::int)`

/**
 * ACTIVE registrations of a party that reached a warning (`daysBefore` days before suspension)
 * without it: the 30-day warning only while more than 7 days remain.
 */
export async function dueForWarning(
  db: Kysely<DB>,
  q: { party: Party; months: number; daysBefore: 30 | 7; now: Date; limit: number },
): Promise<Candidate[]> {
  const due = dueAt(q.months)
  return t(db)
    .selectFrom('registrations as r')
    .select(['r.id', 'r.email', 'r.last_activity_at', due.as('due_at')])
    .where('r.status', '=', 'ACTIVE')
    .where('r.registrant_type', '=', q.party)
    .where(sql<boolean>`${due} - make_interval(days => ${q.daysBefore}::int) <= ${q.now}`)
    .where(sql<boolean>`${due} > ${q.now}`)
    .$if(q.daysBefore === 30, (b) => b.where(sql<boolean>`${due} - interval '7 days' > ${q.now}`))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('inactivity_warnings as w')
            .select('w.registration_id')
            .whereRef('w.registration_id', '=', 'r.id')
            .whereRef('w.last_activity_at', '=', 'r.last_activity_at')
            .where('w.days_before', '=', q.daysBefore),
        ),
      ),
    )
    .orderBy('r.id')
    .limit(q.limit)
    .execute()
}

/** Records warnings; a warning recorded meanwhile is left out of the ids returned. */
export async function insertWarnings(
  db: Kysely<DB>,
  rows: {
    registrationId: string
    lastActivityAt: Date
    daysBefore: 30 | 7
    dueAt: Date
    at: Date
  }[],
): Promise<string[]> {
  if (rows.length === 0) return []
  const added = await t(db)
    .insertInto('inactivity_warnings')
    .values(
      rows.map((r) => ({
        registration_id: r.registrationId,
        last_activity_at: r.lastActivityAt,
        days_before: r.daysBefore,
        due_at: r.dueAt,
        sent_at: r.at,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['registration_id', 'last_activity_at', 'days_before']).doNothing(),
    )
    .returning('registration_id')
    .execute()
  return added.map((r) => r.registration_id)
}

/** ACTIVE registrations of a party whose period without activity has run out. */
export async function dueForSuspension(
  db: Kysely<DB>,
  q: { party: Party; months: number; now: Date; limit: number },
): Promise<Candidate[]> {
  const due = dueAt(q.months)
  return t(db)
    .selectFrom('registrations as r')
    .select(['r.id', 'r.email', 'r.last_activity_at', due.as('due_at')])
    .where('r.status', '=', 'ACTIVE')
    .where('r.registrant_type', '=', q.party)
    .where(sql<boolean>`${due} <= ${q.now}`)
    .orderBy('r.id')
    .limit(q.limit)
    .execute()
}

/**
 * SUSPENDED, for each registration still ACTIVE with the last activity the sweep saw (a
 * declaration reported meanwhile keeps it active); returns those suspended.
 */
export async function suspendRegistrations(
  db: Kysely<DB>,
  rows: { id: string; lastActivityAt: Date }[],
): Promise<string[]> {
  if (rows.length === 0) return []
  const values = sql.join(
    rows.map((r) => sql`(${r.id}::uuid, ${r.lastActivityAt.toISOString()}::timestamptz)`),
  )
  const result = await sql<{ id: string }>`UPDATE registrations AS r SET status = 'SUSPENDED'
    FROM (VALUES ${values}) AS v (id, last_activity_at)
    WHERE r.id = v.id AND r.status = 'ACTIVE' AND r.last_activity_at = v.last_activity_at
    RETURNING r.id`.execute(db)
  return result.rows.map((r) => r.id)
}

/** The status lines and the suspensions' facts of registrations just suspended. */
export async function recordSuspensions(
  db: Kysely<DB>,
  rows: {
    historyId: string
    registrationId: string
    reason: string
    lastActivityAt: Date
    rule: 'inactivity.person' | 'inactivity.company'
    months: number
    dueAt: Date
    at: Date
  }[],
): Promise<void> {
  if (rows.length === 0) return
  await db
    .insertInto('registration_status_history')
    .values(
      rows.map((r) => ({
        id: r.historyId,
        registration_id: r.registrationId,
        status: 'SUSPENDED' as const,
        reason: r.reason,
        changed_at: r.at,
      })),
    )
    .execute()
  await t(db)
    .insertInto('inactivity_suspensions')
    .values(
      rows.map((r) => ({
        registration_id: r.registrationId,
        last_activity_at: r.lastActivityAt,
        rule: r.rule,
        months: r.months,
        due_at: r.dueAt,
        suspended_at: r.at,
        status_history_id: r.historyId,
      })),
    )
    .execute()
}
