import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.js'
import { movableClock } from './clock.js'
import { claimDueJob } from './jobs.repository.js'
import { createScheduler, type JobDefinition, type JobLogger } from './scheduler.js'
import { jobState } from './index.js'

let tdb: TestDatabase
before(async () => {
  tdb = await createTestDatabase()
})
after(() => tdb.close())

const DAY = 86_400_000
const quiet: JobLogger = { info: () => undefined, error: () => undefined }
let jobNo = 0

/** A job with a fresh name that counts its runs and the times it saw. */
function countingJob(overrides: Partial<JobDefinition> = {}) {
  const seen: Date[] = []
  const job: JobDefinition = {
    name: `test-job-${++jobNo}`,
    everyMs: DAY,
    run: async (now) => {
      seen.push(now)
    },
    ...overrides,
  }
  return { job, seen }
}

describe('scheduled jobs', () => {
  it('runs a due job exactly once when two instances tick together', async () => {
    const clock = movableClock()
    const { job, seen } = countingJob({ firstRunAfterMs: 0 })
    const a = createScheduler({ db: tdb.database.db, clock, logger: quiet, jobs: [job] })
    const b = createScheduler({ db: tdb.database.db, clock, logger: quiet, jobs: [job] })
    const ran = await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()])
    assert.equal(ran.flat().length, 1)
    assert.equal(seen.length, 1)
    // Not due again until the clock has moved a whole period.
    assert.deepEqual(await a.tick(), [])
    clock.advance(DAY)
    await Promise.all([a.tick(), b.tick()])
    assert.equal(seen.length, 2)
    assert.equal((await jobState(tdb.database.db, job.name))?.runs, 2)
  })

  it('lets a test move the clock 30 days ahead: the job sees that time', async () => {
    const clock = movableClock()
    const { job, seen } = countingJob({ everyMs: 30 * DAY })
    const s = createScheduler({ db: tdb.database.db, clock, logger: quiet, jobs: [job] })
    assert.deepEqual(await s.tick(), [], 'not due on the day it is scheduled')
    clock.advance(30 * DAY)
    assert.deepEqual(await s.tick(), [job.name])
    const first = seen[0]
    assert.ok(first && first.getTime() - Date.now() > 29 * DAY, 'the run saw the moved clock')
    assert.throws(() => clock.advance(-1), RangeError)
  })

  it('takes up a run that crashed once its lease has expired, and not before', async () => {
    const clock = movableClock()
    const { job, seen } = countingJob({ firstRunAfterMs: 0, leaseMs: 10 * 60_000 })
    const s = createScheduler({ db: tdb.database.db, clock, logger: quiet, jobs: [job] })
    assert.deepEqual(await s.tick(), [job.name])
    // The next run is claimed by another instance, which dies before finishing it.
    clock.advance(DAY)
    const now = clock.now()
    const claimed = await claimDueJob(
      tdb.database.db,
      job.name,
      'crashed-instance',
      now,
      new Date(now.getTime() + 10 * 60_000),
    )
    assert.ok(claimed)
    assert.deepEqual(await s.tick(), [], 'a live lease is respected')
    clock.advance(11 * 60_000)
    assert.deepEqual(await s.tick(), [job.name], 'the expired lease is taken over')
    assert.equal(seen.length, 2)
    const state = await jobState(tdb.database.db, job.name)
    assert.equal(state?.lease_owner, null)
  })

  it('records a failure and tries again after the retry delay, not at the next period', async () => {
    const clock = movableClock()
    let attempts = 0
    const { job } = countingJob({
      firstRunAfterMs: 0,
      retryMs: 60_000,
      run: async () => {
        attempts++
        if (attempts === 1) throw new Error('the mail server was down')
      },
    })
    const errors: object[] = []
    const s = createScheduler({
      db: tdb.database.db,
      clock,
      logger: { info: () => undefined, error: (o) => errors.push(o) },
      jobs: [job],
    })
    await s.tick()
    let state = await jobState(tdb.database.db, job.name)
    assert.equal(state?.failures, 1)
    assert.equal(state?.last_error, 'the mail server was down')
    assert.equal(errors.length, 1)
    assert.deepEqual(await s.tick(), [], 'not retried at once')
    clock.advance(61_000)
    assert.deepEqual(await s.tick(), [job.name])
    state = await jobState(tdb.database.db, job.name)
    assert.equal(state?.last_error, null)
    assert.equal(attempts, 2)
  })

  it('runs once after a long pause, not once per missed period', async () => {
    const clock = movableClock()
    const { job, seen } = countingJob({ everyMs: 3600_000 })
    const s = createScheduler({ db: tdb.database.db, clock, logger: quiet, jobs: [job] })
    await s.tick()
    clock.advance(10 * 3600_000)
    await s.tick()
    await s.tick()
    assert.equal(seen.length, 1)
  })

  it('refuses two jobs of the same name', () => {
    const { job } = countingJob()
    assert.throws(
      () =>
        createScheduler({
          db: tdb.database.db,
          clock: movableClock(),
          logger: quiet,
          jobs: [job, job],
        }),
      /two scheduled jobs/,
    )
  })
})
