import type { Kysely } from 'kysely'
import type { DB, EthicsTables } from '../../platform/db/schema.js'

const t = (db: Kysely<DB>) => db.withTables<EthicsTables>()

/** Campaigns open on this Asia/Bangkok date that have a reminder schedule. */
export async function openCampaigns(db: Kysely<DB>, today: string) {
  return t(db)
    .selectFrom('ethics_campaigns')
    .select([
      'id',
      'title_th',
      'title_en',
      'starts_on',
      'ends_on',
      'remind_every_days',
      'remind_days_before_end',
    ])
    .where('starts_on', '<=', today)
    .where('ends_on', '>=', today)
    .where((eb) =>
      eb.or([
        eb('remind_every_days', 'is not', null),
        eb('remind_days_before_end', 'is not', null),
      ]),
    )
    .execute()
}

/** Claims a reminder date of a campaign; false when it was sent already (by any instance). */
export async function claimReminder(
  trx: Kysely<DB>,
  campaignId: string,
  dueOn: string,
  recipients: number,
  now: Date,
): Promise<boolean> {
  const rows = await t(trx)
    .insertInto('ethics_reminder_runs')
    .values({ campaign_id: campaignId, due_on: dueOn, recipients, sent_at: now })
    .onConflict((oc) => oc.columns(['campaign_id', 'due_on']).doNothing())
    .returning('due_on')
    .execute()
  return rows.length === 1
}

/** The reminder dates already sent for a campaign. */
export async function sentReminders(db: Kysely<DB>, campaignId: string): Promise<Set<string>> {
  const rows = await t(db)
    .selectFrom('ethics_reminder_runs')
    .select('due_on')
    .where('campaign_id', '=', campaignId)
    .execute()
  return new Set(rows.map((r) => r.due_on))
}

/** Snapshot members still with the agency, with an address, who have not signed. */
export async function unsignedRecipients(db: Kysely<DB>, campaignId: string) {
  return t(db)
    .selectFrom('ethics_campaign_audience as a')
    .innerJoin('staff_members as m', 'm.staff_number', 'a.staff_number')
    .select(['m.staff_number', 'm.email'])
    .where('a.campaign_id', '=', campaignId)
    .where('m.status', '<>', 'left')
    .where('m.email', 'is not', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('ethics_signatures as s')
            .select('s.id')
            .where('s.campaign_id', '=', campaignId)
            .whereRef('s.staff_number', '=', 'a.staff_number'),
        ),
      ),
    )
    .orderBy('m.staff_number')
    .execute()
}
