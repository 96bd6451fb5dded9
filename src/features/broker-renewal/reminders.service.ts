import type { Kysely } from 'kysely'
import { auditWrites } from '../../platform/audit.js'
import { executeAsOne } from '../../platform/db/one-statement.js'
import type { DB } from '../../platform/db/schema.js'
import { newId } from '../../platform/ids.js'
import { checkMail, outboxWrites } from '../mail/index.js'
import { REGISTRATION_PATHS } from '../registration-actions/index.js'
import { readSetting } from '../settings/index.js'
import { bilingualMail } from './mail.js'
import {
  dueForExpiry,
  dueForReminder,
  expireRegistrations,
  insertReminders,
} from './reminders.repository.js'
import { renewalGraceDays } from './settings.js'

// The renewal's clock: reminders 90, 30 and 7 days before the end date, then EXPIRED at the
// end date when no renewal was paid. Each batch commits with its e-mails and audit events;
// a reminder is keyed by the end date it counts to and an expiry changes only a registration
// still live with the end date seen, so a sweep that crashed is simply run again.

export interface RenewalSweepDeps {
  db: Kysely<DB>
  publicBaseUrl: string
}

export interface RenewalSweepCounts {
  reminded: number
  expired: number
}

async function remindBatch(
  deps: RenewalSweepDeps,
  daysBefore: 90 | 30 | 7,
  now: Date,
  limit: number,
): Promise<number> {
  return deps.db.transaction().execute(async (trx) => {
    const due = await dueForReminder(trx, { daysBefore, now, limit })
    const sent = new Set(
      await insertReminders(
        trx,
        due.map((b) => ({ registrationId: b.id, validUntil: b.valid_until, daysBefore, at: now })),
      ),
    )
    const reminded = due.filter((b) => sent.has(b.id))
    const mails = outboxWrites(
      trx,
      reminded.map((b) =>
        checkMail(
          bilingualMail(b.email, 'mail.reminder.subject', 'mail.reminder.body', {
            days: String(daysBefore),
            until: b.valid_until,
            link: `${deps.publicBaseUrl}${REGISTRATION_PATHS.renew(b.id)}`,
          }),
        ),
      ),
    )
    const audit = auditWrites(
      trx,
      reminded.map((b) => ({
        actorType: 'system' as const,
        action: 'registration.renewal_reminded',
        subjectType: 'registration',
        subjectId: b.id,
        data: { daysBefore, validUntil: b.valid_until.toISOString() },
      })),
    )
    await executeAsOne<DB>(trx, [...mails.writes, ...audit.writes])
    return due.length
  })
}

async function expireBatch(deps: RenewalSweepDeps, now: Date, limit: number): Promise<number> {
  const grace = await readSetting(deps.db, renewalGraceDays)
  return deps.db.transaction().execute(async (trx) => {
    const due = await dueForExpiry(trx, { now, limit })
    const rows = due.map((b) => ({
      id: b.id,
      validUntil: b.valid_until,
      historyId: newId(),
      reason: `broker-renewal: not renewed by the end date ${b.valid_until.toISOString()}`,
    }))
    const done = new Set(await expireRegistrations(trx, rows, now))
    const expired = due.filter((b) => done.has(b.id))
    const mails = outboxWrites(
      trx,
      expired.map((b) =>
        checkMail(
          bilingualMail(b.email, 'mail.expired.subject', 'mail.expired.body', {
            until: b.valid_until,
            grace: String(grace),
            link: `${deps.publicBaseUrl}${REGISTRATION_PATHS.renew(b.id)}`,
          }),
        ),
      ),
    )
    const audit = auditWrites(
      trx,
      rows
        .filter((r) => done.has(r.id))
        .map((r) => ({
          actorType: 'system' as const,
          action: 'registration.expired',
          subjectType: 'registration',
          subjectId: r.id,
          data: { validUntil: r.validUntil.toISOString(), statusHistoryId: r.historyId },
        })),
    )
    await executeAsOne<DB>(trx, [...mails.writes, ...audit.writes])
    return due.length
  })
}

/** One sweep at `now`: expiries first, then the 7-, 30- and 90-day reminders, in batches. */
export async function runRenewalSweep(
  deps: RenewalSweepDeps,
  now: Date,
  opts: { batchSize?: number } = {},
): Promise<RenewalSweepCounts> {
  const limit = opts.batchSize ?? 500
  const counts: RenewalSweepCounts = { reminded: 0, expired: 0 }
  for (;;) {
    const n = await expireBatch(deps, now, limit)
    counts.expired += n
    if (n < limit) break
  }
  for (const days of [7, 30, 90] as const)
    for (;;) {
      const n = await remindBatch(deps, days, now, limit)
      counts.reminded += n
      if (n < limit) break
    }
  return counts
}
