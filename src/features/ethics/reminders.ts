import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import type { FeatureDeps } from '../../platform/feature-deps.js'
import type { JobDefinition } from '../../platform/jobs/index.js'
import { addBusinessDays, businessDate, formatDate } from '../../platform/time.js'
import { enqueueMail } from '../mail/index.js'
import {
  claimReminder,
  openCampaigns,
  sentReminders,
  unsignedRecipients,
} from './reminders.repository.js'
import { STAFF_PATHS } from './paths.js'

interface Schedule {
  starts_on: string
  ends_on: string
  remind_every_days: number | null
  remind_days_before_end: number | null
}

/** Every reminder date of a campaign, in order: every N days from the start, D days before the end. */
export function reminderDates(c: Schedule): string[] {
  const dates = new Set<string>()
  if (c.remind_every_days)
    for (
      let d = addBusinessDays(c.starts_on, c.remind_every_days);
      d <= c.ends_on;
      d = addBusinessDays(d, c.remind_every_days)
    )
      dates.add(d)
  if (c.remind_days_before_end) {
    const d = addBusinessDays(c.ends_on, -c.remind_days_before_end)
    if (d > c.starts_on) dates.add(d)
  }
  return [...dates].sort()
}

/** The reminder due today: the latest date on or before today not sent yet (missed ones fold in). */
export function reminderDue(c: Schedule, today: string, sent: ReadonlySet<string>) {
  const latest = reminderDates(c)
    .filter((d) => d <= today)
    .at(-1)
  return latest !== undefined && !sent.has(latest) ? latest : undefined
}

function message(
  c: { title_th: string; title_en: string; ends_on: string },
  link: string,
): { subject: string; text: string } {
  const endTh = formatDate(c.ends_on, 'th')
  const endEn = formatDate(c.ends_on, 'en')
  return {
    subject: `เตือน: โปรดรับทราบ${c.title_th} ภายใน ${endTh} / Reminder: please acknowledge by ${endEn}`,
    text: [
      `ท่านยังไม่ได้ลงนามรับทราบ "${c.title_th}" โปรดลงนามภายในวันที่ ${endTh} ที่`,
      link,
      '',
      `You have not yet acknowledged "${c.title_en}". Please sign by ${endEn} at`,
      link,
    ].join('\n'),
  }
}

/**
 * Sends each campaign's due reminder once: to snapshot members still with the agency who have
 * not signed, through the outbox, with the reminder date claimed in the same transaction.
 */
export async function sendEthicsReminders(
  db: Kysely<DB>,
  publicBaseUrl: string,
  now: Date,
): Promise<number> {
  const today = businessDate(now)
  let sent = 0
  for (const c of await openCampaigns(db, today)) {
    const due = reminderDue(c, today, await sentReminders(db, c.id))
    if (!due) continue
    await db.transaction().execute(async (trx) => {
      const recipients = await unsignedRecipients(trx, c.id)
      if (!(await claimReminder(trx, c.id, due, recipients.length, now))) return
      const mail = message(c, `${publicBaseUrl}${STAFF_PATHS.mine}`)
      for (const r of recipients) if (r.email) await enqueueMail(trx, { to: r.email, ...mail })
      await recordAudit(trx, {
        actorType: 'system',
        action: 'ethics.reminders_sent',
        subjectType: 'ethics_campaign',
        subjectId: c.id,
        data: { dueOn: due, recipients: recipients.length },
      })
      sent += recipients.length
    })
  }
  return sent
}

/** The campaigns' reminders, checked every hour on the jobs' clock. */
export function ethicsReminderJobs(deps: FeatureDeps): JobDefinition[] {
  return [
    {
      name: 'ethics.reminders',
      everyMs: 3600_000,
      run: async (now) => {
        await sendEthicsReminders(deps.db, deps.publicBaseUrl, now)
      },
    },
  ]
}
