import type { Kysely } from 'kysely'
import { auditWrites } from '../../../platform/audit.js'
import { executeAsOne } from '../../../platform/db/one-statement.js'
import type { DB } from '../../../platform/db/schema.js'
import { newId } from '../../../platform/ids.js'
import { businessDate, formatDate } from '../../../platform/time.js'
import { checkMail, outboxWrites, type MailMessage } from '../../mail/index.js'
import { readSetting } from '../../settings/index.js'
import { inactivityMessages, type InactivityMessage } from './messages.js'
import {
  dueForSuspension,
  dueForWarning,
  insertWarnings,
  recordSuspensions,
  suspendRegistrations,
  type Candidate,
  type Party,
} from './inactivity.repository.js'
import { companyInactivityMonths, personInactivityMonths } from './settings.js'

// The inactivity rule (Notifications 64/2561 and 94/2564): warnings 30 and 7 days before, then
// SUSPENDED. Each batch commits on its own with its e-mails and audit events; a warning or a
// suspension is keyed by the last activity it counts from, so a sweep that crashed between
// batches is simply run again: nothing twice, nothing missed.

export interface InactivityDeps {
  db: Kysely<DB>
  publicBaseUrl: string
}

export interface SweepOptions {
  batchSize?: number
  /** Called after each committed batch (tests stop the sweep here, as a crash would). */
  afterBatch?: () => Promise<void> | void
}

export interface SweepCounts {
  warned30: number
  warned7: number
  suspended: number
}

const th = inactivityMessages('th')
const en = inactivityMessages('en')

const DATES = ['last', 'due', 'at'] as const

/** The parameters in one language: the rule's name, and each date written for that language. */
function localised(
  m: typeof th,
  locale: 'th' | 'en',
  p: Record<string, string>,
): Record<string, string> {
  const out: Record<string, string> = { ...p }
  for (const k of DATES) if (p[k]) out[k] = formatDate(p[k], locale)
  if (p.rule) out.rule = m(p.rule as InactivityMessage, p)
  return out
}

/** One message in Thai, then English, as every e-mail of the portal is written. */
function both(
  to: string,
  subject: InactivityMessage,
  body: InactivityMessage,
  p: Record<string, string>,
): MailMessage {
  const pth = localised(th, 'th', p)
  const pen = localised(en, 'en', p)
  return {
    to,
    subject: `${th(subject, pth)} / ${en(subject, pen)}`,
    text: `${th(body, pth)}\n\n${en(body, pen)}`,
  }
}

async function warnBatch(
  deps: InactivityDeps,
  party: Party,
  months: number,
  daysBefore: 30 | 7,
  now: Date,
  limit: number,
): Promise<number> {
  return deps.db.transaction().execute(async (trx) => {
    const due = await dueForWarning(trx, { party, months, daysBefore, now, limit })
    const sent = new Set(
      await insertWarnings(
        trx,
        due.map((c) => ({
          registrationId: c.id,
          lastActivityAt: c.last_activity_at,
          daysBefore,
          dueAt: c.due_at,
          at: now,
        })),
      ),
    )
    const warned = due.filter((c) => sent.has(c.id))
    const link = `${deps.publicBaseUrl}/account`
    const mails = outboxWrites(
      trx,
      warned.map((c) =>
        checkMail(
          both(c.email, 'warning.subject', 'warning.body', {
            days: String(daysBefore),
            last: businessDate(c.last_activity_at),
            due: businessDate(c.due_at),
            link,
          }),
        ),
      ),
    )
    const audit = auditWrites(
      trx,
      warned.map((c) => ({
        actorType: 'system' as const,
        action: 'registration.inactivity_warned',
        subjectType: 'registration',
        subjectId: c.id,
        data: {
          daysBefore,
          party,
          months,
          lastActivityAt: c.last_activity_at.toISOString(),
          dueAt: c.due_at.toISOString(),
        },
      })),
    )
    await executeAsOne<DB>(trx, [...mails.writes, ...audit.writes])
    return due.length
  })
}

async function suspendBatch(
  deps: InactivityDeps,
  party: Party,
  months: number,
  now: Date,
  limit: number,
): Promise<number> {
  const rule = party === 'person' ? ('inactivity.person' as const) : ('inactivity.company' as const)
  return deps.db.transaction().execute(async (trx) => {
    const due = await dueForSuspension(trx, { party, months, now, limit })
    const done = new Set(
      await suspendRegistrations(
        trx,
        due.map((c) => ({ id: c.id, lastActivityAt: c.last_activity_at })),
      ),
    )
    const suspended: (Candidate & { historyId: string })[] = due
      .filter((c) => done.has(c.id))
      .map((c) => ({ ...c, historyId: newId() }))
    await recordSuspensions(
      trx,
      suspended.map((c) => ({
        historyId: c.historyId,
        registrationId: c.id,
        reason: `${rule} (${months} months): last activity ${businessDate(c.last_activity_at)}, due ${businessDate(c.due_at)}`,
        lastActivityAt: c.last_activity_at,
        rule,
        months,
        dueAt: c.due_at,
        at: now,
      })),
    )
    const link = `${deps.publicBaseUrl}/account`
    const mails = outboxWrites(
      trx,
      suspended.map((c) =>
        checkMail(
          both(c.email, 'suspended.subject', 'suspended.body', {
            rule: `rule.${rule}`,
            months: String(months),
            last: businessDate(c.last_activity_at),
            at: businessDate(now),
            link,
          }),
        ),
      ),
    )
    const audit = auditWrites(
      trx,
      suspended.map((c) => ({
        actorType: 'system' as const,
        action: 'registration.suspended',
        subjectType: 'registration',
        subjectId: c.id,
        data: {
          rule,
          months,
          lastActivityAt: c.last_activity_at.toISOString(),
          dueAt: c.due_at.toISOString(),
          statusHistoryId: c.historyId,
        },
      })),
    )
    await executeAsOne<DB>(trx, [...mails.writes, ...audit.writes])
    return due.length
  })
}

/** One sweep at `now`: every warning and suspension due, in batches that each commit. */
export async function runInactivitySweep(
  deps: InactivityDeps,
  now: Date,
  opts: SweepOptions = {},
): Promise<SweepCounts> {
  const limit = opts.batchSize ?? 500
  const counts: SweepCounts = { warned30: 0, warned7: 0, suspended: 0 }
  const parties: [Party, number][] = [
    ['person', await readSetting(deps.db, personInactivityMonths)],
    ['company', await readSetting(deps.db, companyInactivityMonths)],
  ]
  const loop = async (step: () => Promise<number>, add: (n: number) => void) => {
    for (;;) {
      const n = await step()
      add(n)
      if (n > 0) await opts.afterBatch?.()
      if (n < limit) return
    }
  }
  for (const [party, months] of parties) {
    await loop(
      () => suspendBatch(deps, party, months, now, limit),
      (n) => (counts.suspended += n),
    )
    await loop(
      () => warnBatch(deps, party, months, 7, now, limit),
      (n) => (counts.warned7 += n),
    )
    await loop(
      () => warnBatch(deps, party, months, 30, now, limit),
      (n) => (counts.warned30 += n),
    )
  }
  return counts
}
