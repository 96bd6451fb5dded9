import { sql, type Kysely } from 'kysely'
import type { BrokerRenewalTables, DB } from '../../platform/db/schema.js'

// The renewal's periodic SQL: reminders due, and brokers' registrations past their end date.

function t(db: Kysely<DB>) {
  return db.withTables<BrokerRenewalTables>()
}

export interface DueBroker {
  id: string
  email: string
  valid_until: Date
}

const NEXT_CLOSER = { 90: 30, 30: 7, 7: 0 } as const

/**
 * ACTIVE broker registrations `daysBefore` days or less from their end date without that
 * reminder for this end date; a reminder is skipped once the next one is due.
 */
export async function dueForReminder(
  db: Kysely<DB>,
  q: { daysBefore: 90 | 30 | 7; now: Date; limit: number },
): Promise<DueBroker[]> {
  const closer = NEXT_CLOSER[q.daysBefore]
  return t(db)
    .selectFrom('registrations as r')
    .select(['r.id', 'r.email', 'r.valid_until'])
    .where('r.kind', '=', 'customs_broker')
    .where('r.status', '=', 'ACTIVE')
    .where(sql<boolean>`r.valid_until - make_interval(days => ${q.daysBefore}::int) <= ${q.now}`)
    .where(sql<boolean>`r.valid_until - make_interval(days => ${closer}::int) > ${q.now}`)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('broker_renewal_reminders as m')
            .select('m.registration_id')
            .whereRef('m.registration_id', '=', 'r.id')
            .whereRef('m.valid_until', '=', 'r.valid_until')
            .where('m.days_before', '=', q.daysBefore),
        ),
      ),
    )
    .orderBy('r.valid_until')
    .orderBy('r.id')
    .limit(q.limit)
    .$narrowType<{ valid_until: Date }>()
    .execute()
}

/** Records reminders; one recorded meanwhile (another instance) is left out of the ids returned. */
export async function insertReminders(
  db: Kysely<DB>,
  rows: { registrationId: string; validUntil: Date; daysBefore: 90 | 30 | 7; at: Date }[],
): Promise<string[]> {
  if (rows.length === 0) return []
  const added = await t(db)
    .insertInto('broker_renewal_reminders')
    .values(
      rows.map((r) => ({
        registration_id: r.registrationId,
        valid_until: r.validUntil,
        days_before: r.daysBefore,
        sent_at: r.at,
      })),
    )
    .onConflict((oc) => oc.columns(['registration_id', 'valid_until', 'days_before']).doNothing())
    .returning('registration_id')
    .execute()
  return added.map((r) => r.registration_id)
}

/** Live broker registrations whose end date has come. */
export async function dueForExpiry(
  db: Kysely<DB>,
  q: { now: Date; limit: number },
): Promise<DueBroker[]> {
  return db
    .selectFrom('registrations as r')
    .select(['r.id', 'r.email', 'r.valid_until'])
    .where('r.kind', '=', 'customs_broker')
    .where('r.status', 'in', ['ACTIVE', 'SUSPENDED'])
    .where('r.valid_until', '<=', q.now)
    .orderBy('r.valid_until')
    .orderBy('r.id')
    .limit(q.limit)
    .$narrowType<{ valid_until: Date }>()
    .execute()
}

/**
 * EXPIRED, for each registration still live with the end date the job saw (a renewal paid
 * meanwhile moved it), with its status line and expiry row; returns those expired.
 */
export async function expireRegistrations(
  db: Kysely<DB>,
  rows: { id: string; validUntil: Date; historyId: string; reason: string }[],
  at: Date,
): Promise<string[]> {
  if (rows.length === 0) return []
  const values = sql.join(
    rows.map((r) => sql`(${r.id}::uuid, ${r.validUntil.toISOString()}::timestamptz)`),
  )
  const result = await sql<{ id: string }>`UPDATE registrations AS r SET status = 'EXPIRED'
    FROM (VALUES ${values}) AS v (id, valid_until)
    WHERE r.id = v.id AND r.status IN ('ACTIVE', 'SUSPENDED') AND r.valid_until = v.valid_until
    RETURNING r.id`.execute(db)
  const done = new Set(result.rows.map((r) => r.id))
  const expired = rows.filter((r) => done.has(r.id))
  if (expired.length === 0) return []
  await db
    .insertInto('registration_status_history')
    .values(
      expired.map((r) => ({
        id: r.historyId,
        registration_id: r.id,
        status: 'EXPIRED' as const,
        reason: r.reason,
        changed_at: at,
      })),
    )
    .execute()
  await t(db)
    .insertInto('broker_expiries')
    .values(
      expired.map((r) => ({
        registration_id: r.id,
        valid_until: r.validUntil,
        expired_at: at,
        status_history_id: r.historyId,
      })),
    )
    .execute()
  return expired.map((r) => r.id)
}
