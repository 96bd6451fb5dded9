import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import type { Config } from '../../src/config.js'
import {
  API_PATHS,
  createApiClient,
  runInactivitySweep,
} from '../../src/features/lifecycle/index.js'
import { seedRegistration } from '../../src/features/lifecycle/test-support/seed.repository.js'
import type { LifecycleTables } from '../../src/platform/db/schema.js'
import { isMovable, type MovableClock } from '../../src/platform/jobs/index.js'
import { createPiiCrypto, type PiiCrypto } from '../../src/platform/pii-crypto.js'
import { businessDate } from '../../src/platform/time.js'
import { buildTestApp, testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'
import { idFactory } from '../helpers/journey.js'

let tdb: TestDatabase
let app: FastifyInstance
let config: Config
let crypto: PiiCrypto
let clock: MovableClock
const nextId = idFactory('6')
const HOUR = 3_600_000
const DAY = 24 * HOUR
let serial = 0

before(async () => {
  tdb = await createTestDatabase()
  config = testConfig()
  app = await buildTestApp(tdb.database, { config })
  await app.ready()
  crypto = createPiiCrypto({ encryption: config.secrets.encryption, hmac: config.secrets.hmac })
  assert.ok(isMovable(app.jobs.clock))
  clock = app.jobs.clock
  // The first tick schedules every job (its first run an interval later).
  await app.jobs.scheduler.tick()
})
after(async () => {
  await app.close()
  await tdb.close()
})

const db = () => tdb.database.db

function plusMonths(at: Date, months: number): Date {
  const d = new Date(at)
  d.setUTCMonth(d.getUTCMonth() + months)
  return d
}

/** Moves the jobs' clock to an instant (forward only). */
function moveTo(at: Date) {
  clock.advance(Math.max(0, at.getTime() - clock.now().getTime()))
}

function juristicId(): string {
  serial += 1
  return `0107${String(process.pid % 10000).padStart(4, '0')}${String(serial).padStart(5, '0')}`
}

async function seed(number: string, lastActivityAt: Date) {
  serial += 1
  const email = `inactive.${process.pid}.${serial}@example.com`
  const id = await seedRegistration(db(), crypto, {
    number,
    validFrom: new Date(lastActivityAt.getTime() - DAY),
    lastActivityAt,
    email,
  })
  return { id, email, number }
}

async function mailsTo(email: string): Promise<string[]> {
  const rows = await db()
    .selectFrom('outbox')
    .select('payload')
    .where('topic', '=', 'mail')
    .execute()
  return rows
    .map(
      (r) =>
        (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as {
          to: string
          subject: string
        },
    )
    .filter((m) => m.to === email)
    .map((m) => m.subject)
}

async function statusOf(id: string) {
  const r = await db()
    .selectFrom('registrations')
    .select('status')
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
  return r.status
}

async function warnings(id: string) {
  return db()
    .withTables<LifecycleTables>()
    .selectFrom('inactivity_warnings')
    .select(['days_before'])
    .where('registration_id', '=', id)
    .orderBy('days_before', 'desc')
    .execute()
}

describe('suspension for inactivity', () => {
  it('warns 30 and 7 days before, each once, then suspends a person after 6 months; a declaration through the API keeps another active; a company waits 2 years', async () => {
    const start = clock.now()
    const idle = await seed(nextId(), start)
    const trading = await seed(nextId(), start)
    const company = await seed(juristicId(), start)
    const due = plusMonths(start, 6)

    moveTo(new Date(due.getTime() - 30 * DAY + HOUR))
    assert.ok((await app.jobs.scheduler.tick()).includes('lifecycle.inactivity'))
    assert.equal((await mailsTo(idle.email)).length, 1)
    assert.match((await mailsTo(idle.email))[0] ?? '', /30/)
    assert.equal((await mailsTo(trading.email)).length, 1)
    assert.deepEqual(await mailsTo(company.email), [], 'a company has 2 years')

    clock.advance(2 * HOUR)
    await app.jobs.scheduler.tick()
    assert.equal((await mailsTo(idle.email)).length, 1, 'the 30-day warning is sent once')

    const c = await createApiClient(db(), `inactivity-${process.pid}`, clock.now(), {
      osUser: 't',
      host: 't',
    })
    const token = await app.inject({
      method: 'POST',
      url: API_PATHS.token,
      payload: { grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.secret },
    })
    const reported = await app.inject({
      method: 'POST',
      url: API_PATHS.activity,
      headers: { authorization: `Bearer ${token.json<{ access_token: string }>().access_token}` },
      payload: {
        events: [
          {
            registrationNumber: trading.number,
            declarationReference: `INA-${process.pid}-1`,
            declarationDate: businessDate(clock.now()),
          },
        ],
      },
    })
    assert.equal(reported.statusCode, 200, reported.body)

    moveTo(new Date(due.getTime() - 7 * DAY + HOUR))
    await app.jobs.scheduler.tick()
    assert.equal((await mailsTo(idle.email)).length, 2)
    assert.match((await mailsTo(idle.email))[1] ?? '', /\b7\b/)
    assert.deepEqual(
      (await warnings(idle.id)).map((w) => w.days_before),
      [30, 7],
    )

    moveTo(new Date(due.getTime() + HOUR))
    await app.jobs.scheduler.tick()
    assert.equal(await statusOf(idle.id), 'SUSPENDED')
    assert.equal(await statusOf(trading.id), 'ACTIVE', 'the declaration kept it active')
    assert.equal(await statusOf(company.id), 'ACTIVE')
    assert.equal((await mailsTo(trading.email)).length, 1, 'no 7-day warning after new activity')
    const idleMails = await mailsTo(idle.email)
    assert.equal(idleMails.length, 3)
    assert.match(idleMails[2] ?? '', /ถูกระงับแล้ว/)

    const history = await db()
      .selectFrom('registration_status_history')
      .select(['status', 'reason'])
      .where('registration_id', '=', idle.id)
      .orderBy('changed_at')
      .execute()
    assert.equal(history.at(-1)?.status, 'SUSPENDED')
    assert.match(
      history.at(-1)?.reason ?? '',
      new RegExp(
        `^inactivity\\.person \\(6 months\\): last activity ${businessDate(start)}, due ${businessDate(due)}$`,
      ),
    )
    const audit = await db()
      .selectFrom('audit_events')
      .select(['action', 'data'])
      .where('subject_id', '=', idle.id)
      .execute()
    assert.deepEqual(audit.map((a) => a.action).sort(), [
      'registration.inactivity_warned',
      'registration.inactivity_warned',
      'registration.suspended',
    ])

    moveTo(plusMonths(start, 24))
    clock.advance(HOUR)
    await app.jobs.scheduler.tick()
    assert.equal(await statusOf(company.id), 'SUSPENDED', 'a company after 2 years')
  })

  it('survives a crash between batches: no double warning, no missed suspension, even with two sweeps at once', async () => {
    const now = clock.now()
    const overdue = await Promise.all(
      Array.from({ length: 5 }, () =>
        seed(nextId(), plusMonths(new Date(now.getTime() - DAY), -6)),
      ),
    )
    const soon = await Promise.all(
      Array.from({ length: 5 }, () =>
        seed(nextId(), plusMonths(new Date(now.getTime() + 20 * DAY), -6)),
      ),
    )
    let batches = 0
    await assert.rejects(
      runInactivitySweep({ db: db(), publicBaseUrl: config.publicBaseUrl }, now, {
        batchSize: 2,
        afterBatch: () => {
          batches += 1
          if (batches === 1) throw new Error('killed between batches')
        },
      }),
      /killed/,
    )
    const statuses = await Promise.all(overdue.map((r) => statusOf(r.id)))
    assert.equal(statuses.filter((s) => s === 'SUSPENDED').length, 2, 'the first batch committed')

    const deps = { db: db(), publicBaseUrl: config.publicBaseUrl }
    await Promise.all([
      runInactivitySweep(deps, now, { batchSize: 2 }),
      runInactivitySweep(deps, now, { batchSize: 2 }),
    ])
    for (const r of overdue) {
      assert.equal(await statusOf(r.id), 'SUSPENDED')
      assert.equal((await mailsTo(r.email)).length, 1, 'one suspension e-mail')
    }
    for (const r of soon) {
      assert.deepEqual(
        (await warnings(r.id)).map((w) => w.days_before),
        [30],
      )
      assert.equal((await mailsTo(r.email)).length, 1, 'one 30-day warning')
    }
    const again = await runInactivitySweep(deps, now, { batchSize: 2 })
    assert.deepEqual(again, { warned30: 0, warned7: 0, suspended: 0 })
  })
})
