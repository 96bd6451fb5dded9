import type { Generated } from 'kysely'
import type { Timestamp } from '../db/schema.js'

/** One periodic task's schedule and lease (db/migrations/0019_scheduled_jobs.sql). */
export interface ScheduledJobsTable {
  name: string
  next_run_at: Timestamp
  lease_owner: string | null
  lease_until: Timestamp | null
  last_started_at: Timestamp | null
  last_finished_at: Timestamp | null
  last_error: string | null
  runs: Generated<number>
  failures: Generated<number>
}

// A type alias, not an interface: withTables() needs the implicit index signature.
/** The jobs' own table, added to the DB type with db.withTables<JobTables>(). */
export type JobTables = { scheduled_jobs: ScheduledJobsTable }
