import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import type { JobTables } from './schema.js'

const jobs = (db: Kysely<DB>) => db.withTables<JobTables>()

/** Adds the job's row if it is new, due at firstRunAt; an existing schedule is kept. */
export async function ensureJob(db: Kysely<DB>, name: string, firstRunAt: Date): Promise<void> {
  await jobs(db)
    .insertInto('scheduled_jobs')
    .values({ name, next_run_at: firstRunAt })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute()
}

/**
 * Claims a due run: succeeds for exactly one caller while the job is due and no live lease
 * holds it (an expired lease — a crashed run — is taken over). Returns the due time claimed.
 */
export async function claimDueJob(
  db: Kysely<DB>,
  name: string,
  owner: string,
  now: Date,
  leaseUntil: Date,
): Promise<Date | undefined> {
  const row = await jobs(db)
    .updateTable('scheduled_jobs')
    .set({ lease_owner: owner, lease_until: leaseUntil, last_started_at: now })
    .where('name', '=', name)
    .where('next_run_at', '<=', now)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
    .returning('next_run_at')
    .executeTakeFirst()
  return row?.next_run_at
}

/** Records a finished run and its next due time; only the lease's owner may. */
export async function finishJob(
  db: Kysely<DB>,
  name: string,
  owner: string,
  outcome: { finishedAt: Date; nextRunAt: Date; error?: string },
): Promise<boolean> {
  const result = await jobs(db)
    .updateTable('scheduled_jobs')
    .set((eb) => ({
      lease_owner: null,
      lease_until: null,
      last_finished_at: outcome.finishedAt,
      next_run_at: outcome.nextRunAt,
      last_error: outcome.error === undefined ? null : outcome.error.slice(0, 500),
      runs: eb('runs', '+', 1),
      failures: outcome.error === undefined ? eb.ref('failures') : eb('failures', '+', 1),
    }))
    .where('name', '=', name)
    .where('lease_owner', '=', owner)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** A job's schedule, for the operators' view and the tests. */
export async function jobState(db: Kysely<DB>, name: string) {
  return jobs(db)
    .selectFrom('scheduled_jobs')
    .selectAll()
    .where('name', '=', name)
    .executeTakeFirst()
}

/** Every job's schedule, by name. */
export async function listJobs(db: Kysely<DB>) {
  return jobs(db).selectFrom('scheduled_jobs').selectAll().orderBy('name').execute()
}
