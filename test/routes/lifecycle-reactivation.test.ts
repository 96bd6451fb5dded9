import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import type { Config } from '../../src/config.js'
import { REACTIVATION_REASON, runInactivitySweep } from '../../src/features/lifecycle/index.js'
import { seedRegistration } from '../../src/features/lifecycle/test-support/seed.repository.js'
import { REGISTRATION_PATHS } from '../../src/features/registration-actions/index.js'
import {
  createSyntheticAdapter,
  syntheticRegistry,
  type JuristicPerson,
} from '../../src/features/registry-dbd/index.js'
import type { RegistrantChangeTables } from '../../src/platform/db/schema.js'
import { isMovable, type MovableClock } from '../../src/platform/jobs/index.js'
import { createPiiCrypto, type PiiCrypto } from '../../src/platform/pii-crypto.js'
import { formatDate } from '../../src/platform/time.js'
import { sampleCompanies } from '../../src/simulators/dbd/samples.js'
import { freePort } from '../../src/simulators/ekyc/ekyc-simulator.test-support.js'
import type { EkycSimulator } from '../../src/simulators/ekyc/index.js'
import { buildTestApp, csrfFrom, testConfig } from '../helpers/app.js'
import { companyWalker } from '../helpers/company.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'
import type { Desktop } from '../helpers/journey.js'
import { idFactory, startSimulatorFor } from '../helpers/journey.js'

// Reactivation by self-service (issue 23): the clock moved six months with the inactivity job
// (warnings at 30 and 7 days, then SUSPENDED), then the registrant verifies through the bank
// and the rules run again: ACTIVE with a new receipt; another person's verification changes
// nothing; a company whose signing director left is refused by the rule, which it is told.

const two = sampleCompanies(1, 12).get('two-sign')?.[3]
assert.ok(two)
const COMPANY: JuristicPerson = two
const registry = new Map(syntheticRegistry(1))

let tdb: TestDatabase
let app: FastifyInstance
let sim: EkycSimulator
let config: Config
let crypto: PiiCrypto
let clock: MovableClock
const nextId = idFactory('3')
const HOUR = 3_600_000
const DAY = 24 * HOUR

before(async () => {
  tdb = await createTestDatabase()
  config = testConfig({ IDP_SIMULATOR_PORT: String(await freePort()) })
  sim = await startSimulatorFor(config, tdb.database)
  app = await buildTestApp(tdb.database, {
    config,
    registry: { adapter: createSyntheticAdapter(registry), source: 'synthetic' },
  })
  await app.ready()
  crypto = createPiiCrypto({ encryption: config.secrets.encryption, hmac: config.secrets.hmac })
  assert.ok(isMovable(app.jobs.clock))
  clock = app.jobs.clock
  await app.jobs.scheduler.tick()
})
after(async () => {
  await app.close()
  await sim.close()
  await tdb.close()
})

const walker = companyWalker({
  get app() {
    return app
  },
  get tdb() {
    return tdb
  },
  get sim() {
    return sim
  },
})

const db = () => tdb.database.db
const changes = () => db().withTables<RegistrantChangeTables>()

function plusMonths(at: Date, months: number): Date {
  const d = new Date(at)
  d.setUTCMonth(d.getUTCMonth() + months)
  return d
}

function moveTo(at: Date) {
  clock.advance(Math.max(0, at.getTime() - clock.now().getTime()))
}

async function subjectsTo(email: string): Promise<string[]> {
  const rows = await db().selectFrom('outbox').select(['payload']).orderBy('created_at').execute()
  return rows.filter((r) => r.payload.to === email).map((r) => String(r.payload.subject))
}

async function registration(id: string) {
  return db()
    .selectFrom('registrations')
    .select(['status', 'last_activity_at', 'latest_receipt_id'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
}

async function auditActions(subjectId: string): Promise<string[]> {
  const rows = await db()
    .selectFrom('audit_events')
    .select('action')
    .where('subject_id', '=', subjectId)
    .execute()
  return rows.map((r) => r.action)
}

/** From a page that offers it: verify again through the bank as `nationalId`; where it returns. */
async function stepUp(d: Desktop, verifyAction: string, nationalId: string): Promise<string> {
  const res = await d.post(verifyAction.replace(/\/verify$/, ''), verifyAction, {})
  assert.equal(res.headers.location, '/account/verify', 'sent to verify through the bank')
  const back = await walker.verifyIn(d, '/account/verify', '/account/verify', nationalId)
  return String(back.headers.location)
}

describe('reactivation by self-service', () => {
  it('six months idle: warned at 30 and 7 days, SUSPENDED with the reason on /account, then ACTIVE again through eKYC with a new receipt', async () => {
    const number = nextId()
    const email = `reactivate.${process.pid}@example.com`
    const start = clock.now()
    const id = await seedRegistration(db(), crypto, {
      number,
      validFrom: new Date(start.getTime() - DAY),
      lastActivityAt: start,
      email,
    })
    const firstReceipt = (await registration(id)).latest_receipt_id
    const due = plusMonths(start, 6)

    moveTo(new Date(due.getTime() - 30 * DAY + HOUR))
    assert.ok((await app.jobs.scheduler.tick()).includes('lifecycle.inactivity'))
    assert.equal((await subjectsTo(email)).length, 1)
    assert.match((await subjectsTo(email))[0] ?? '', /30/)
    moveTo(new Date(due.getTime() - 7 * DAY + HOUR))
    await app.jobs.scheduler.tick()
    assert.equal((await subjectsTo(email)).length, 2)
    assert.match((await subjectsTo(email))[1] ?? '', / 7 /)
    moveTo(new Date(due.getTime() + HOUR))
    await app.jobs.scheduler.tick()
    assert.equal((await registration(id)).status, 'SUSPENDED')
    const suspendedOn = clock.now()

    const d = await walker.signIn(number)
    const account = await d.get('/account')
    assert.match(account.body, /data-status="SUSPENDED"/)
    assert.ok(
      account.body.includes('data-suspension="true" data-rule="inactivity.person"'),
      'the suspension',
    )
    assert.ok(account.body.includes('6 เดือนติดต่อกัน'), 'the rule and its period')
    assert.ok(account.body.includes(formatDate(start, 'th')), 'the last activity date')
    assert.ok(account.body.includes(formatDate(suspendedOn, 'th')), 'the suspension date')
    // One link to reactivate, in the note that explains the suspension; the list repeats none.
    const links = account.body.split(`href="${REGISTRATION_PATHS.reactivate(id)}"`).length - 1
    assert.equal(links, 1, 'one reactivation link')
    assert.ok(
      account.body.includes(`href="${REGISTRATION_PATHS.reactivate(id)}" data-reactivate-link`),
    )
    const english = await d.get('/account?lang=en')
    assert.ok(english.body.includes('no customs activity for 6 consecutive months'))
    await d.get('/account?lang=th')

    const path = REGISTRATION_PATHS.reactivate(id)
    const page = await d.get(path)
    assert.equal(page.statusCode, 200)
    assert.doesNotMatch(page.body, /data-step-up-fresh/, 'verify first')
    assert.ok(
      page.body.includes('href="/manual/reactivating-a-registration#'),
      'its manual section',
    )
    assert.equal(await stepUp(d, `${path}/verify`, number), path, 'back to reactivation')
    const ready = await d.get(path)
    assert.match(ready.body, /data-step-up-fresh/)

    const res = await d.post(path, path, {})
    assert.equal(res.headers.location, `${path}/result`)
    const result = await d.get(`${path}/result`)
    assert.match(result.body, /data-outcome="approved"/)

    const after = await registration(id)
    assert.equal(after.status, 'ACTIVE')
    assert.ok(
      Math.abs(after.last_activity_at.getTime() - clock.now().getTime()) < 60_000,
      'activity counts from now by the jobs’ clock',
    )
    assert.ok(after.latest_receipt_id && after.latest_receipt_id !== firstReceipt)
    const decision = await changes()
      .selectFrom('registration_reactivations')
      .selectAll()
      .where('registration_id', '=', id)
      .executeTakeFirstOrThrow()
    assert.equal(decision.outcome, 'approved')
    assert.equal(decision.receipt_id, after.latest_receipt_id)
    assert.ok(decision.results.every((r) => r.passed))
    const line = await db()
      .selectFrom('registration_status_history')
      .select(['status', 'reason'])
      .where('id', '=', decision.status_history_id ?? '')
      .executeTakeFirstOrThrow()
    assert.deepEqual(line, { status: 'ACTIVE', reason: REACTIVATION_REASON })
    assert.equal(REACTIVATION_REASON, 'reactivation')
    const receipt = await d.get(`/verify/${after.latest_receipt_id}`)
    assert.equal(receipt.statusCode, 200)
    assert.match(receipt.body, /reactivation|กลับมาใช้งาน/i)
    assert.ok((await auditActions(id)).includes('registration.reactivated'))
    assert.ok((await subjectsTo(email)).some((s) => s.includes('active again')))

    const now = await d.get('/account')
    assert.match(now.body, /data-status="ACTIVE"/)
    assert.match(now.body, /data-reactivation="approved"/)
    assert.doesNotMatch(now.body, /data-suspension/)
    const myData = await d.get('/account/my-data')
    assert.match(myData.body, /data-status-history/)
    assert.ok(myData.body.includes('reactivation') || myData.body.includes('กลับมาใช้งาน'))

    const again = await d.postWithToken(path, { _csrf: csrfFrom(now.body) })
    assert.equal(again.statusCode, 303, 'a step-up proves one change only')
    assert.equal(again.headers.location, '/account/verify')
  })

  it('a verification of another person changes nothing, and is audited', async () => {
    const number = nextId()
    const id = await seedRegistration(db(), crypto, {
      number,
      validFrom: plusMonths(clock.now(), -8),
      lastActivityAt: plusMonths(clock.now(), -7),
      email: `other.${process.pid}@example.com`,
    })
    await app.jobs.scheduler.tick()
    await runInactivitySweep({ db: db(), publicBaseUrl: config.publicBaseUrl }, clock.now())
    assert.equal((await registration(id)).status, 'SUSPENDED')
    const d = await walker.signIn(number)
    const path = REGISTRATION_PATHS.reactivate(id)
    assert.equal(await stepUp(d, `${path}/verify`, nextId()), '/account?stepUp=other-person')
    const account = await d.get('/account?stepUp=other-person')
    assert.match(account.body, /data-account-warning/)
    const res = await d.post(path, path, {})
    assert.equal(res.headers.location, '/account/verify', 'no fresh verification of this person')
    assert.equal((await registration(id)).status, 'SUSPENDED')
    const decided = await changes()
      .selectFrom('registration_reactivations')
      .select('id')
      .where('registration_id', '=', id)
      .execute()
    assert.equal(decided.length, 0)
    const refused = await db()
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'account.step_up_refused')
      .execute()
    assert.ok(refused.length >= 1)
  })

  it('a company whose signing director left is refused by the rule, told which and what to do', async () => {
    const email = `company.${process.pid}@example.com`
    await walker.registerTogether(COMPANY, email)
    const reg = await db()
      .selectFrom('registrations as r')
      .innerJoin('juristic_persons as j', 'j.id', 'r.juristic_person_id')
      .select(['r.id'])
      .where('j.juristic_id', '=', COMPANY.id)
      .executeTakeFirstOrThrow()
    // Two years and a month without activity (the company period), by the sweep itself.
    await runInactivitySweep(
      { db: db(), publicBaseUrl: config.publicBaseUrl },
      plusMonths(clock.now(), 25),
    )
    assert.equal((await registration(reg.id)).status, 'SUSPENDED')
    const [first, second] = COMPANY.directors
    assert.ok(first && second)
    registry.set(COMPANY.id, { ...COMPANY, directors: [first, ...COMPANY.directors.slice(2)] })

    const d = await walker.signIn(first.id)
    const acting = await d.post('/account/company', '/account/company', { juristicId: COMPANY.id })
    assert.equal(acting.headers.location, '/account/company/view')
    const companyPage = await d.get('/account/company/view')
    assert.ok(
      companyPage.body.includes('data-suspension="true" data-rule="inactivity.company"'),
      'the suspension',
    )
    assert.ok(companyPage.body.includes('24 เดือนติดต่อกัน'))

    const path = REGISTRATION_PATHS.reactivate(reg.id)
    assert.equal(await stepUp(d, `${path}/verify`, first.id), path)
    const res = await d.post(path, path, {})
    assert.equal(res.headers.location, `${path}/result`)
    const result = await d.get(`${path}/result`)
    assert.match(result.body, /data-outcome="refused"/)
    assert.match(result.body, /data-rule="reactivation.signing_directors_listed"/)
    assert.doesNotMatch(result.body, /data-rule="reactivation.company_active"/)
    assert.ok(result.body.includes('ลงทะเบียนใหม่โดยกรรมการปัจจุบัน'), 'what to do')
    assert.equal((await registration(reg.id)).status, 'SUSPENDED')
    const decision = await changes()
      .selectFrom('registration_reactivations')
      .selectAll()
      .where('registration_id', '=', reg.id)
      .executeTakeFirstOrThrow()
    assert.equal(decision.outcome, 'refused')
    assert.ok(decision.dbd_snapshot_id, 'the DBD answer it used')
    const receipt = await d.get(`/verify/${decision.receipt_id}`)
    assert.equal(receipt.statusCode, 200)
    assert.ok((await auditActions(reg.id)).includes('registration.reactivation_refused'))
    assert.ok((await subjectsTo(email)).some((s) => s.includes('could not be reactivated')))
    registry.set(COMPANY.id, COMPANY)
  })

  it('someone else’s registration is not found, and the attempt is audited', async () => {
    const mine = nextId()
    await seedRegistration(db(), crypto, { number: mine, validFrom: clock.now() })
    const theirs = await seedRegistration(db(), crypto, {
      number: nextId(),
      validFrom: clock.now(),
      status: 'SUSPENDED',
    })
    const d = await walker.signIn(mine)
    const res = await d.get(REGISTRATION_PATHS.reactivate(theirs))
    assert.equal(res.statusCode, 404)
    assert.ok((await auditActions(theirs)).includes('registration.change_refused'))
  })
})
