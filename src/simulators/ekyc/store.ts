import { sql, type Kysely } from 'kysely'
import type { SimDb } from './schema.js'

type Db = Kysely<SimDb>

/** Records which national ID a subject stands for, so findAccount can answer from `sub` alone. */
export async function rememberAccount(db: Db, sub: string, nationalId: string): Promise<void> {
  await db
    .insertInto('sim_ekyc_accounts')
    .values({ sub, national_id: nationalId })
    .onConflict((oc) => oc.column('sub').doNothing())
    .execute()
}

/** The national ID behind a subject, if the simulator ever issued it. */
export async function nationalIdForSubject(db: Db, sub: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('sim_ekyc_accounts')
    .select('national_id')
    .where('sub', '=', sub)
    .executeTakeFirst()
  return row?.national_id
}

export interface PendingOutcome {
  outcome: 'timeout' | 'first_time'
  nationalId: string
  /** Milliseconds since the outcome was chosen, by the database's clock. */
  elapsedMs: number
}

/** Stores an outcome that does not finish at once; a second submit of the same interaction keeps the first. */
export async function savePending(
  db: Db,
  uid: string,
  outcome: PendingOutcome['outcome'],
  nationalId: string,
  expiresAt: Date,
): Promise<void> {
  await db
    .insertInto('sim_ekyc_pending')
    .values({ uid, outcome, national_id: nationalId, expires_at: expiresAt })
    .onConflict((oc) => oc.column('uid').doNothing())
    .execute()
}

/** The pending outcome of an interaction, if one was chosen. */
export async function findPending(db: Db, uid: string): Promise<PendingOutcome | undefined> {
  const row = await db
    .selectFrom('sim_ekyc_pending')
    .select([
      'outcome',
      'national_id',
      sql<string>`(extract(epoch from (now() - decided_at)) * 1000)::bigint`.as('elapsed_ms'),
    ])
    .where('uid', '=', uid)
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst()
  return (
    row && { outcome: row.outcome, nationalId: row.national_id, elapsedMs: Number(row.elapsed_ms) }
  )
}

/** Forgets a pending outcome once it has been turned into a result. */
export async function deletePending(db: Db, uid: string): Promise<void> {
  await db.deleteFrom('sim_ekyc_pending').where('uid', '=', uid).execute()
}
