import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { registerThroughJourney } from '../../src/features/back-office/test-support/journey.js'
import { lodgeRequest } from '../../src/features/pdpa/index.js'
import { isMovable, listJobs } from '../../src/platform/jobs/index.js'
import { buildTestApp, testConfig } from '../helpers/app.js'
import { createTestDatabase } from '../helpers/db.js'
import { Desktop, idFactory, journeyApp } from '../helpers/journey.js'
import type { TestDatabase } from '../helpers/db.js'
import type { EkycSimulator } from '../../src/simulators/ekyc/index.js'

let tdb: TestDatabase
let app: FastifyInstance
let sim: EkycSimulator
let close: () => Promise<void>
const DAY = 86_400_000

before(async () => {
  ;({ tdb, app, sim, close } = await journeyApp())
})
after(() => close())

function movable() {
  const clock = app.jobs.clock
  assert.ok(isMovable(clock), 'with the simulators on, the jobs clock can be moved')
  return clock
}

describe('the scheduled jobs of the portal', () => {
  it('runs every job of the portal from one scheduler, each once, on the jobs clock', async () => {
    assert.deepEqual(await app.jobs.scheduler.tick(), [], 'nothing is due at start')
    // A day and an hour: every job is due at least daily.
    movable().advance(25 * 3600_000)
    const ran = (await app.jobs.scheduler.tick()).sort()
    for (const name of ['company.sweep', 'pdpa.request-reminders', 'pdpa.retention'])
      assert.ok(ran.includes(name), `${name} ran`)
    assert.deepEqual(await app.jobs.scheduler.tick(), [], 'not again until due')
    const rows = await listJobs(tdb.database.db)
    assert.deepEqual(rows.map((r) => r.name).sort(), ran, 'every registered job ran, and only once')
    for (const r of rows) assert.deepEqual([r.name, r.runs, r.failures], [r.name, 1, 0])
  })

  it('e-mails the DPO 7 days before a request’s deadline once the clock reaches it, not before', async () => {
    const email = `jobs.${process.pid}@example.com`
    const person = await registerThroughJourney(app, tdb.database, sim.url, idFactory('8')(), email)
    const lodged = await lodgeRequest(tdb.database.db, {
      personId: person,
      request: { kind: 'access', details: 'ขอสำเนาข้อมูลของฉัน' },
      locale: 'th',
      requestId: 'test',
      dpoEmail: 'dpo@customs.go.th',
      now: movable().now(),
    })
    const reminders = async () =>
      (await tdb.database.db.selectFrom('outbox').select('payload').execute()).filter(
        (r) =>
          r.payload.to === 'dpo@customs.go.th' &&
          String(r.payload.subject).includes(lodged.reference) &&
          String(r.payload.subject).startsWith('เตือน'),
      ).length
    movable().advance(2 * DAY)
    await app.jobs.scheduler.tick()
    assert.equal(await reminders(), 0, 'four weeks before the deadline: no reminder')
    movable().advance(22 * DAY)
    await app.jobs.scheduler.tick()
    assert.equal(await reminders(), 1, 'a week before the deadline: one reminder')
  })
})

describe('the jobs clock simulator page', () => {
  it('shows the jobs clock and the jobs, labelled SIMULATOR', async () => {
    const page = await new Desktop(app).get('/simulators/clock')
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /SIMULATOR/)
    assert.match(page.body, /data-job="pdpa.retention"/)
  })

  it('names each invalid field, keeps what was typed, and moves nothing', async () => {
    const before = movable().offset()
    const d = new Desktop(app)
    const res = await d.post('/simulators/clock', '/simulators/clock', { days: 'สิบ', hours: '99' })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /<title>ข้อผิดพลาด: /)
    assert.match(res.body, /href="#days"/)
    assert.match(res.body, /href="#hours"/)
    assert.match(res.body, /value="สิบ"/)
    assert.equal(movable().offset(), before)
  })

  it('moves the clock forward and runs what fell due', async () => {
    const before = movable().offset()
    const d = new Desktop(app)
    const res = await d.post('/simulators/clock', '/simulators/clock', { days: '2', hours: '' })
    assert.equal(res.statusCode, 303)
    assert.equal(movable().offset() - before, 2 * DAY)
    const page = await d.get(res.headers.location as string)
    assert.match(page.body, /data-ran="[^"]*company\.sweep/)
  })

  it('does not exist without the simulators', async () => {
    const config = testConfig({
      SIMULATORS: 'false',
      IDP_ISSUER: 'https://idp.example.test',
      IDP_CLIENT_SECRET: 'a-client-secret-of-the-real-provider',
      DBD_BASE_URL: 'https://dbd.example.test',
      SMTP_URL: 'smtp://mail.example.test:587',
    })
    const db = await createTestDatabase()
    try {
      const real = await buildTestApp(db.database, { config })
      assert.equal(isMovable(real.jobs.clock), false, 'the system clock')
      assert.equal((await real.inject('/simulators/clock')).statusCode, 404)
      await real.close()
    } finally {
      await db.close()
    }
  })
})
