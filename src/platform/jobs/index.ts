export { isMovable, movableClock, systemClock, type Clock, type MovableClock } from './clock.js'
export { jobState, listJobs } from './jobs.repository.js'
export { createScheduler, type JobDefinition, type JobLogger, type Scheduler } from './scheduler.js'
export type { JobTables } from './schema.js'
