import { sql, type Kysely } from 'kysely'
import type { DB, EthicsTables, StatisticsTables } from '../../platform/db/schema.js'

// Read-only reads of other features' tables for figures their index.ts does not export (yet):
// the statistics feature's registration tallies (kept equal to the raw rows by its triggers) and
// an ethics campaign's window. Nothing here writes.

/** Registrations of a kind through channels by parties, up to and including a Bangkok date. */
export async function registrationsAsOf(
  db: Kysely<DB>,
  q: { kind: string; channels: string[]; parties: string[]; asOf: string },
): Promise<number> {
  if (q.channels.length === 0 || q.parties.length === 0) return 0
  const r = await db
    .withTables<StatisticsTables>()
    .selectFrom('stat_registrations_daily')
    .select(sql<string>`coalesce(sum(n), 0)`.as('n'))
    .where('kind', '=', q.kind as 'importer_exporter')
    .where('channel', 'in', q.channels as 'online'[])
    .where('party', 'in', q.parties as 'person'[])
    .where('day', '<=', q.asOf)
    .executeTakeFirstOrThrow()
  return Number(r.n)
}

/** An ethics campaign's window and title; undefined when there is none. */
export async function campaignWindow(db: Kysely<DB>, id: string) {
  return db
    .withTables<EthicsTables>()
    .selectFrom('ethics_campaigns')
    .select(['id', 'starts_on', 'ends_on', 'title_th', 'title_en'])
    .where('id', '=', id)
    .executeTakeFirst()
}

/** The ethics campaigns, newest first (for binding an indicator). */
export async function campaignChoices(db: Kysely<DB>) {
  return db
    .withTables<EthicsTables>()
    .selectFrom('ethics_campaigns')
    .select(['id', 'title_th', 'title_en', 'starts_on', 'ends_on'])
    .orderBy('starts_on', 'desc')
    .execute()
}
