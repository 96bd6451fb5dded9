import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { PdpaTables, ReminderStage } from './schema.js'

/** Reminders of data-subject requests sent to the data-protection officer. */
const tables = (db: Kysely<DB>) => db.withTables<PdpaTables>()

/** Open requests due by `horizon`, soonest first, with the stages already reminded. */
export async function openRequestsDueBy(db: Kysely<DB>, horizon: Date) {
  return tables(db)
    .selectFrom('data_subject_requests as r')
    .select(['r.id', 'r.reference', 'r.kind', 'r.due_at', 'r.received_at'])
    .select((eb) =>
      eb
        .selectFrom('data_subject_request_reminders as m')
        .select((e) => e.fn.agg<string[]>('array_agg', ['m.stage']).as('stages'))
        .whereRef('m.request_id', '=', 'r.id')
        .as('sent'),
    )
    .where('r.status', '=', 'open')
    .where('r.due_at', '<=', horizon)
    .orderBy('r.due_at')
    .execute()
}

/** Records stages of a request as reminded; false when another instance recorded them first. */
export async function recordReminders(
  trx: Kysely<DB>,
  requestId: string,
  stages: readonly ReminderStage[],
  at: Date,
): Promise<boolean> {
  const inserted = await tables(trx)
    .insertInto('data_subject_request_reminders')
    .values(stages.map((s) => ({ request_id: requestId, stage: s, sent_at: at })))
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst()
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0
}

/** The stages reminded of each of these requests. */
export async function remindersOf(db: Kysely<DB>, requestIds: readonly string[]) {
  if (requestIds.length === 0) return []
  return tables(db)
    .selectFrom('data_subject_request_reminders')
    .select(['request_id', 'stage'])
    .where('request_id', 'in', requestIds)
    .execute()
}

/** The reminders of one request, oldest first. */
export async function remindersOfRequest(db: Kysely<DB>, requestId: string) {
  return tables(db)
    .selectFrom('data_subject_request_reminders')
    .select(['stage', 'sent_at'])
    .where('request_id', '=', requestId)
    .orderBy('sent_at')
    .execute()
}
