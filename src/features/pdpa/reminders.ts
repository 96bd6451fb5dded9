import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import { enqueueMail } from '../mail/index.js'
import { pdpaMail } from './mail.js'
import { REMINDER_DAYS_BEFORE } from './processing.js'
import { openRequestsDueBy, recordReminders } from './reminders.repository.js'
import type { ReminderStage } from './schema.js'

const DAY_MS = 86_400_000

/** The stages a request has reached at `now`, least urgent first. */
export function stagesReached(dueAt: Date, now: Date): ReminderStage[] {
  const stages: ReminderStage[] = []
  const left = dueAt.getTime() - now.getTime()
  if (left <= REMINDER_DAYS_BEFORE.due_in_7_days * DAY_MS) stages.push('due_in_7_days')
  if (left <= REMINDER_DAYS_BEFORE.due_in_1_day * DAY_MS) stages.push('due_in_1_day')
  if (left <= 0) stages.push('overdue')
  return stages
}

/**
 * Reminds the data-protection officer of open requests nearing or past their deadline: one
 * e-mail per request for the most urgent stage reached and not yet reminded. A request found
 * late (the job did not run for a while) gets that one mail, and the earlier stages are
 * recorded as passed with it. Returns how many reminders were sent.
 */
export async function sendRequestReminders(
  db: Kysely<DB>,
  opts: { dpoEmail: string; now?: Date },
): Promise<number> {
  const now = opts.now ?? new Date()
  const horizon = new Date(now.getTime() + REMINDER_DAYS_BEFORE.due_in_7_days * DAY_MS)
  const due = await openRequestsDueBy(db, horizon)
  let sent = 0
  for (const r of due) {
    const already = new Set<string>(r.sent ?? [])
    const reached = stagesReached(r.due_at, now)
    const missing = reached.filter((s) => !already.has(s))
    const stage = missing[missing.length - 1]
    if (!stage) continue
    const done = await db.transaction().execute(async (trx) => {
      // Another instance reminded first: nothing more to do.
      if (!(await recordReminders(trx, r.id, missing, now))) return false
      await enqueueMail(
        trx,
        pdpaMail.reminder(opts.dpoEmail, {
          reference: r.reference,
          kind: r.kind,
          dueAt: r.due_at,
          stage,
        }),
      )
      await recordAudit(trx, {
        actorType: 'system',
        action: 'pdpa.request_reminder_sent',
        subjectType: 'data_subject_request',
        subjectId: r.id,
        data: { stage, stagesRecorded: missing },
      })
      return true
    })
    if (done) sent++
  }
  return sent
}
