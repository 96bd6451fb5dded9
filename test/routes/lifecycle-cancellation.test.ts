import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import type { Config } from '../../src/config.js'
import { CANCELLATION_REASON } from '../../src/features/lifecycle/index.js'
import { seedRegistration } from '../../src/features/lifecycle/test-support/seed.repository.js'
import { REGISTRATION_PATHS } from '../../src/features/registration-actions/index.js'
import {
  createSyntheticAdapter,
  syntheticRegistry,
  type JuristicPerson,
} from '../../src/features/registry-dbd/index.js'
import type { RegistrantChangeTables } from '../../src/platform/db/schema.js'
import { createPiiCrypto, type PiiCrypto } from '../../src/platform/pii-crypto.js'
import { sampleCompanies } from '../../src/simulators/dbd/samples.js'
import { freePort } from '../../src/simulators/ekyc/ekyc-simulator.test-support.js'
import type { EkycSimulator } from '../../src/simulators/ekyc/index.js'
import { buildTestApp, csrfFrom, testConfig } from '../helpers/app.js'
import { companyWalker } from '../helpers/company.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'
import { idFactory, startSimulatorFor, type Desktop } from '../helpers/journey.js'

// Cancellation by the registrant (issue 23): a person confirms what cancelling means after
// verifying through the bank; a company's registration only once its directors have confirmed
// as the signing clause requires (here two jointly): one alone cannot. A forged post and
// someone else's registration change nothing, and are refused.

const two = sampleCompanies(1, 12).get('two-sign')?.[4]
assert.ok(two)
const COMPANY: JuristicPerson = two
const other = sampleCompanies(1, 12).get('two-sign')?.[5]
assert.ok(other)
const WITHDRAWN: JuristicPerson = other

let tdb: TestDatabase
let app: FastifyInstance
let sim: EkycSimulator
let config: Config
let crypto: PiiCrypto
const nextId = idFactory('4')

before(async () => {
  tdb = await createTestDatabase()
  config = testConfig({ IDP_SIMULATOR_PORT: String(await freePort()) })
  sim = await startSimulatorFor(config, tdb.database)
  app = await buildTestApp(tdb.database, {
    config,
    registry: {
      adapter: createSyntheticAdapter(new Map(syntheticRegistry(1))),
      source: 'synthetic',
    },
  })
  await app.ready()
  crypto = createPiiCrypto({ encryption: config.secrets.encryption, hmac: config.secrets.hmac })
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

async function statusOf(id: string) {
  const r = await db()
    .selectFrom('registrations')
    .select(['status', 'latest_receipt_id'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
  return r
}

async function auditActions(subjectId: string): Promise<string[]> {
  const rows = await db()
    .selectFrom('audit_events')
    .select('action')
    .where('subject_id', '=', subjectId)
    .orderBy('occurred_at')
    .execute()
  return rows.map((r) => r.action)
}

async function subjectsTo(email: string): Promise<string[]> {
  const rows = await db().selectFrom('outbox').select(['payload']).orderBy('created_at').execute()
  return rows.filter((r) => r.payload.to === email).map((r) => String(r.payload.subject))
}

/** Verify again through the bank from the cancellation page; returns where the bank sent back. */
async function stepUp(d: Desktop, path: string, nationalId: string): Promise<string> {
  const res = await d.post(path, `${path}/verify`, {})
  assert.equal(res.headers.location, '/account/verify')
  const back = await walker.verifyIn(d, '/account/verify', '/account/verify', nationalId)
  return String(back.headers.location)
}

describe('cancellation by the registrant', () => {
  it('a person cancels after verifying and confirming what it means; receipt, history, audit, e-mail', async () => {
    const number = nextId()
    const email = `cancel.${process.pid}@example.com`
    const id = await seedRegistration(db(), crypto, { number, validFrom: new Date(), email })
    const d = await walker.signIn(number)
    const account = await d.get('/account')
    assert.ok(account.body.includes(`href="${REGISTRATION_PATHS.cancel(id)}"`))

    const path = REGISTRATION_PATHS.cancel(id)
    const page = await d.get(path)
    assert.match(page.body, /data-cancel-means/)
    assert.ok(page.body.includes('href="/manual/cancelling-a-registration"'), 'its manual topic')
    assert.ok(page.body.includes('ยื่นคำขอลงทะเบียนใหม่'), 're-registration is a new application')
    assert.doesNotMatch(page.body, /name="understood"/, 'verify through the bank first')
    assert.equal(await stepUp(d, path, number), path)

    const confirm = await d.get(path)
    assert.match(confirm.body, /name="understood"/)
    const missing = await d.post(path, path, {})
    assert.equal(missing.statusCode, 400)
    assert.match(missing.body, /data-error-summary/)
    assert.match(missing.body, /id="understood-error"/)
    assert.equal((await statusOf(id)).status, 'ACTIVE')

    const res = await d.post(path, path, { understood: 'yes' })
    assert.equal(res.headers.location, `${path}/done`)
    const done = await d.get(`${path}/done`)
    assert.match(done.body, /data-cancelled/)
    const reg = await statusOf(id)
    assert.equal(reg.status, 'CANCELLED')
    const c = await changes()
      .selectFrom('registration_cancellations')
      .selectAll()
      .where('registration_id', '=', id)
      .executeTakeFirstOrThrow()
    assert.equal(c.status, 'cancelled')
    assert.equal(c.receipt_id, reg.latest_receipt_id)
    const line = await db()
      .selectFrom('registration_status_history')
      .select(['status', 'reason'])
      .where('id', '=', c.status_history_id ?? '')
      .executeTakeFirstOrThrow()
    assert.deepEqual(line, { status: 'CANCELLED', reason: CANCELLATION_REASON })
    const receipt = await d.get(`/verify/${c.receipt_id}`)
    assert.equal(receipt.statusCode, 200)
    assert.ok((await auditActions(id)).includes('registration.cancelled'))
    assert.ok((await subjectsTo(email)).some((s) => s.includes('is cancelled')))

    const now = await d.get('/account')
    assert.match(now.body, /data-status="CANCELLED"/)
    assert.ok(now.body.includes('data-cancellation="cancelled"'))
    assert.doesNotMatch(now.body, /data-registration-action="cancel"/, 'nothing left to cancel')
    const myData = await d.get('/account/my-data')
    assert.match(myData.body, /data-status-history/)
    assert.ok(myData.body.includes('ยกเลิกตามคำขอของผู้ถือทะเบียน'))
  })

  it('a forged post (no CSRF token) changes nothing', async () => {
    const number = nextId()
    const id = await seedRegistration(db(), crypto, { number, validFrom: new Date() })
    const d = await walker.signIn(number)
    const path = REGISTRATION_PATHS.cancel(id)
    assert.equal(await stepUp(d, path, number), path)
    const forged = await d.postWithToken(path, { _csrf: 'forged', understood: 'yes' })
    assert.equal(forged.statusCode, 403)
    const none = await d.postWithToken(path, { understood: 'yes' })
    assert.equal(none.statusCode, 403)
    assert.equal((await statusOf(id)).status, 'ACTIVE')
    const audited = await db()
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'security.csrf_refused')
      .execute()
    assert.ok(audited.length >= 2, 'each forged post is audited')
    const rows = await changes()
      .selectFrom('registration_cancellations')
      .select('id')
      .where('registration_id', '=', id)
      .execute()
    assert.equal(rows.length, 0)
  })

  it('someone else’s registration is not found, nothing changes, and the attempt is audited', async () => {
    const mine = nextId()
    await seedRegistration(db(), crypto, { number: mine, validFrom: new Date() })
    const theirs = await seedRegistration(db(), crypto, {
      number: nextId(),
      validFrom: new Date(),
    })
    const d = await walker.signIn(mine)
    const path = REGISTRATION_PATHS.cancel(theirs)
    const page = await d.get(path)
    assert.equal(page.statusCode, 404)
    const account = await d.get('/account')
    const res = await d.postWithToken(path, { _csrf: csrfFrom(account.body), understood: 'yes' })
    assert.equal(res.statusCode, 404)
    assert.equal((await statusOf(theirs)).status, 'ACTIVE')
    const refused = (await auditActions(theirs)).filter((a) => a === 'registration.change_refused')
    assert.equal(refused.length, 2)
  })

  it('a company: one director alone cannot; cancelled once the second signing director confirms', async () => {
    const email = `company.cancel.${process.pid}@example.com`
    await walker.registerTogether(COMPANY, email)
    const reg = await db()
      .selectFrom('registrations as r')
      .innerJoin('juristic_persons as j', 'j.id', 'r.juristic_person_id')
      .select(['r.id'])
      .where('j.juristic_id', '=', COMPANY.id)
      .executeTakeFirstOrThrow()
    const path = REGISTRATION_PATHS.cancel(reg.id)
    const [first, second] = COMPANY.directors
    assert.ok(first && second)

    const d1 = await walker.signIn(first.id)
    // Not acting for the company yet: its registration is not theirs to cancel.
    assert.equal((await d1.get(path)).statusCode, 404)
    await d1.post('/account/company', '/account/company', { juristicId: COMPANY.id })
    const page = await d1.get(path)
    assert.equal(page.statusCode, 200)
    assert.ok(page.body.includes('สำหรับนิติบุคคล'), 'the clause is explained')
    assert.equal(await stepUp(d1, path, first.id), path)
    const started = await d1.post(path, path, { understood: 'yes' })
    assert.equal(started.headers.location, path, 'waiting for the other director')
    assert.equal((await statusOf(reg.id)).status, 'ACTIVE')
    const waiting = await d1.get(path)
    assert.ok(waiting.body.includes('data-pending-cancellation="true" data-mine="yes"'))
    assert.doesNotMatch(waiting.body, /name="understood"/, 'confirmed once is enough')

    // The same director again, verified again: still one director, still ACTIVE.
    await walker.verifyIn(d1, '/account/verify', '/account/verify', first.id)
    const again = await d1.postWithToken(path, {
      _csrf: csrfFrom((await d1.get('/account')).body),
      understood: 'yes',
    })
    assert.equal(again.headers.location, path)
    assert.equal((await statusOf(reg.id)).status, 'ACTIVE')
    const confirmations = await changes()
      .selectFrom('registration_cancellation_confirmations as k')
      .innerJoin('registration_cancellations as c', 'c.id', 'k.cancellation_id')
      .select('k.person_id')
      .where('c.registration_id', '=', reg.id)
      .execute()
    assert.equal(confirmations.length, 1)
    assert.ok((await subjectsTo(email)).some((s) => s.includes('started cancelling')))

    const d2 = await walker.signIn(second.id)
    await d2.post('/account/company', '/account/company', { juristicId: COMPANY.id })
    const companyPage = await d2.get('/account/company/view')
    assert.ok(companyPage.body.includes('data-pending-cancellation="true" data-mine="no"'))
    assert.ok(companyPage.body.includes(`href="${path}" data-confirm-cancellation`))
    assert.equal(await stepUp(d2, path, second.id), path)
    const confirmed = await d2.post(path, path, { understood: 'yes' })
    assert.equal(confirmed.headers.location, `${path}/done`)
    const after = await statusOf(reg.id)
    assert.equal(after.status, 'CANCELLED')
    const c = await changes()
      .selectFrom('registration_cancellations')
      .selectAll()
      .where('registration_id', '=', reg.id)
      .executeTakeFirstOrThrow()
    assert.equal(c.status, 'cancelled')
    assert.equal(c.receipt_id, after.latest_receipt_id)
    assert.ok(c.results?.every((r) => r.passed))
    assert.deepEqual(
      (c.results ?? []).map((r) => r.rule),
      ['cancellation.signers_are_directors', 'cancellation.signing_clause_satisfied'],
    )
    const actions = await auditActions(reg.id)
    assert.ok(actions.includes('registration.cancellation_started'))
    assert.ok(actions.includes('registration.cancellation_confirmed'))
    assert.ok(actions.includes('registration.cancelled'))
    assert.ok((await subjectsTo(email)).some((s) => s.includes('is cancelled')))
  })

  it('a director withdraws a cancellation still waiting: the registration stays, a new one may start', async () => {
    const email = `company.withdraw.${process.pid}@example.com`
    await walker.registerTogether(WITHDRAWN, email)
    const reg = await db()
      .selectFrom('registrations as r')
      .innerJoin('juristic_persons as j', 'j.id', 'r.juristic_person_id')
      .select(['r.id'])
      .where('j.juristic_id', '=', WITHDRAWN.id)
      .executeTakeFirstOrThrow()
    const path = REGISTRATION_PATHS.cancel(reg.id)
    const [first] = WITHDRAWN.directors
    assert.ok(first)
    const d = await walker.signIn(first.id)
    await d.post('/account/company', '/account/company', { juristicId: WITHDRAWN.id })
    assert.equal(await stepUp(d, path, first.id), path)
    await d.post(path, path, { understood: 'yes' })
    const res = await d.post(path, `${path}/withdraw`, {})
    assert.equal(res.headers.location, `${path}?withdrawn=1`)
    const page = await d.get(`${path}?withdrawn=1`)
    assert.match(page.body, /data-withdrawn/)
    assert.doesNotMatch(page.body, /data-pending-cancellation/)
    assert.equal((await statusOf(reg.id)).status, 'ACTIVE')
    const rows = await changes()
      .selectFrom('registration_cancellations')
      .select(['status', 'withdrawn_by'])
      .where('registration_id', '=', reg.id)
      .execute()
    assert.equal(rows.length, 1)
    assert.equal(rows[0]?.status, 'withdrawn')
    assert.ok(rows[0]?.withdrawn_by)
    assert.ok((await auditActions(reg.id)).includes('registration.cancellation_withdrawn'))
    assert.ok((await subjectsTo(email)).some((s) => s.includes('withdrew')))
    // A new cancellation may start again.
    assert.equal(await stepUp(d, path, first.id), path)
    await d.post(path, path, { understood: 'yes' })
    const open = await changes()
      .selectFrom('registration_cancellations')
      .select('status')
      .where('registration_id', '=', reg.id)
      .where('status', '=', 'awaiting_directors')
      .execute()
    assert.equal(open.length, 1)
  })
})
