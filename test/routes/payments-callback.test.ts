import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import type { Config } from '../../src/config.js'
import { renewalGraceDays } from '../../src/features/broker-renewal/index.js'
import { signCallback } from '../../src/features/payments/index.js'
import {
  addOfficer,
  signIn as officerSignIn,
} from '../../src/features/officers/test-support/officers.js'
import { REGISTRATION_PATHS } from '../../src/features/registration-actions/index.js'
import { writeSetting } from '../../src/features/settings/index.js'
import { newId } from '../../src/platform/ids.js'
import { isMovable, type MovableClock } from '../../src/platform/jobs/index.js'
import { createPiiCrypto, type PiiCrypto } from '../../src/platform/pii-crypto.js'
import { buildTestApp, csrfFrom, testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'
import {
  addTestSignIn,
  askRenewal,
  auditActions,
  browse,
  callback,
  DAY,
  FORM,
  HOUR,
  mailsTo,
  moveTo,
  notification,
  paymentsOf,
  registrationOf,
  signedInBroker,
  signIn,
} from './broker-renewal-support.js'

// The bank's callback: a bill is settled exactly once. A repeated callback and a forged one
// (bad signature, wrong amount, another biller, an unknown bill) change nothing; a second
// payment is an overpayment to refund; a late payment renews within the grace period only.

let tdb: TestDatabase
let app: FastifyInstance
let config: Config
let crypto: PiiCrypto
let clock: MovableClock
let secret: string

before(async () => {
  tdb = await createTestDatabase()
  config = testConfig()
  app = await buildTestApp(tdb.database, { config })
  addTestSignIn(app)
  await app.ready()
  crypto = createPiiCrypto({ encryption: config.secrets.encryption, hmac: config.secrets.hmac })
  assert.ok(isMovable(app.jobs.clock))
  clock = app.jobs.clock
  assert.ok(config.payments)
  secret = config.payments.callbackSecret
  await app.jobs.scheduler.tick()
})
after(async () => {
  await app.close()
  await tdb.close()
})

const db = () => tdb.database.db

async function billedBroker(daysLeft = 30) {
  const b = await signedInBroker(app, db(), crypto, clock, daysLeft)
  const bill = await askRenewal(app, db(), b)
  return { b, bill }
}

function plus3Years(d: Date): string {
  const x = new Date(d)
  x.setUTCFullYear(x.getUTCFullYear() + 3)
  return x.toISOString()
}

async function refusedCount(): Promise<number> {
  const rows = await db()
    .selectFrom('audit_events')
    .select('id')
    .where('action', '=', 'payment.callback_refused')
    .execute()
  return rows.length
}

describe('the bank’s payment callback', () => {
  it('settles a bill once: the same callback again is ignored', async () => {
    const { b, bill } = await billedBroker()
    const raw = notification(bill)
    const first = await callback(app, secret, raw)
    assert.equal(first.statusCode, 200)
    assert.deepEqual(first.json(), { status: 'accepted', outcome: 'settled' })
    const renewed = await registrationOf(db(), b.brokerId)
    assert.equal(renewed.valid_until?.toISOString(), plus3Years(b.validUntil))

    const again = await callback(app, secret, raw)
    assert.equal(again.statusCode, 200)
    assert.deepEqual(again.json(), { status: 'duplicate', outcome: 'settled' })
    assert.equal((await paymentsOf(db(), bill.id)).length, 1)
    assert.deepEqual(await registrationOf(db(), b.brokerId), renewed, 'nothing changed')
    const audit = await auditActions(db(), bill.id)
    assert.deepEqual(audit, ['payment.settled', 'payment.callback_repeated'])
  })

  it('refuses forged callbacks — a bad signature, a wrong amount, another biller, an unknown bill — changing nothing, each audited', async () => {
    const { b, bill } = await billedBroker()
    const before = await registrationOf(db(), b.brokerId)
    const refusedBefore = await refusedCount()

    const raw = notification(bill)
    const forged = await callback(app, 'not-the-bank-secret-but-long-enough-000', raw)
    assert.equal(forged.statusCode, 401)
    const tampered = await callback(app, secret, raw.replace('1200.00', '1.00'), undefined)
    assert.equal(tampered.statusCode, 422, 'signed correctly, but the amount is not the bill’s')
    const swapped = await callback(app, secret, raw, signCallback(secret, notification(bill)))
    assert.equal(swapped.statusCode, 401, 'a signature that is not the body’s')
    const biller = await callback(app, secret, notification(bill, { billerId: '010555000000101' }))
    assert.equal(biller.statusCode, 422)
    const unknown = await callback(
      app,
      secret,
      notification({ ref1: 'NOSUCHBILL', ref2: bill.ref2 }),
    )
    assert.equal(unknown.statusCode, 404)
    const malformed = await callback(app, secret, '{"transactionId":')
    assert.equal(malformed.statusCode, 400)

    assert.equal(await refusedCount(), refusedBefore + 6)
    assert.deepEqual(await paymentsOf(db(), bill.id), [])
    assert.deepEqual(await registrationOf(db(), b.brokerId), before)
    assert.match(String(forged.headers['content-type']), /application\/problem\+json/)
  })

  it('records a second payment of a paid bill as an overpayment to refund, never a second renewal', async () => {
    const { b, bill } = await billedBroker()
    assert.equal((await callback(app, secret, notification(bill))).statusCode, 200)
    const second = await callback(app, secret, notification(bill))
    assert.deepEqual(second.json(), { status: 'accepted', outcome: 'overpayment' })
    const payments = await paymentsOf(db(), bill.id)
    assert.deepEqual(
      payments.map((p) => [p.outcome, p.refund_due]),
      [
        ['settled', false],
        ['overpayment', true],
      ],
    )
    const r = await registrationOf(db(), b.brokerId)
    assert.equal(r.valid_until?.toISOString(), plus3Years(b.validUntil), 'extended once')
    assert.ok((await mailsTo(db(), b.email)).some((m) => /คืนเงิน/.test(m.subject)))
    const page = await browse(app, b, REGISTRATION_PATHS.renew(b.brokerId))
    assert.match(page.body, /data-renewed/)

    // Officers see it among the refunds due; nobody else does.
    const officer = await officerSignIn(
      app,
      await addOfficer(app, db(), `refunds.${process.pid}`, ['registry_officer']),
    )
    const refunds = await officer.get('/officer/payments/refunds')
    assert.equal(refunds.statusCode, 200)
    assert.match(refunds.body, new RegExp(`data-refund="${payments[1]?.transaction_id}"`))
    assert.match(refunds.body, /data-outcome="overpayment"/)
    assert.doesNotMatch(refunds.body, new RegExp(`data-refund="${payments[0]?.transaction_id}"`))
    const anonymous = await app.inject('/officer/payments/refunds')
    assert.notEqual(anonymous.statusCode, 200)
  })

  it('pays twice from the bank app simulator: settled, then an overpayment', async () => {
    const { b } = await billedBroker()
    const billPage = await browse(app, b, REGISTRATION_PATHS.renew(b.brokerId))
    const payload = /data-qr-payload="([^"]+)"/.exec(billPage.body)?.[1] ?? ''
    const sim = await browse(app, b, `/simulators/promptpay?qr=${encodeURIComponent(payload)}`)
    assert.match(sim.body, /SIMULATOR/)
    const res = await app.inject({
      method: 'POST',
      url: '/simulators/promptpay',
      headers: { 'content-type': FORM, cookie: b.jar.header() },
      payload: new URLSearchParams({
        _csrf: csrfFrom(sim.body),
        qr: payload,
        outcome: 'twice',
      }).toString(),
    })
    assert.match(String(res.headers.location), /result=twice%3Asettled%2Coverpayment/)
    const shown = await browse(app, b, String(res.headers.location))
    assert.match(shown.body, /data-result/)
  })

  it('sends nothing when the bank declines in the simulator, and the bill stays open', async () => {
    const { b, bill } = await billedBroker()
    const billPage = await browse(app, b, REGISTRATION_PATHS.renew(b.brokerId))
    const payload = /data-qr-payload="([^"]+)"/.exec(billPage.body)?.[1] ?? ''
    const sim = await browse(app, b, `/simulators/promptpay?qr=${encodeURIComponent(payload)}`)
    const res = await app.inject({
      method: 'POST',
      url: '/simulators/promptpay',
      headers: { 'content-type': FORM, cookie: b.jar.header() },
      payload: new URLSearchParams({
        _csrf: csrfFrom(sim.body),
        qr: payload,
        outcome: 'fail',
      }).toString(),
    })
    assert.match(String(res.headers.location), /result=declined/)
    assert.deepEqual(await paymentsOf(db(), bill.id), [])
    assert.match((await browse(app, b, REGISTRATION_PATHS.renew(b.brokerId))).body, /data-waiting/)
  })

  it('a payment after the end date renews the EXPIRED registration from the old end date within the grace period, and is kept for refund after it', async () => {
    const inGrace = await billedBroker(10)
    const tooLate = await billedBroker(10)
    const end = inGrace.b.validUntil
    moveTo(clock, new Date(end.getTime() + HOUR))
    await app.jobs.scheduler.tick()
    assert.equal((await registrationOf(db(), inGrace.b.brokerId)).status, 'EXPIRED')
    assert.equal((await registrationOf(db(), tooLate.b.brokerId)).status, 'EXPIRED')

    const paidLate = new Date(end.getTime() + 2 * DAY).toISOString()
    const ok = await callback(app, secret, notification(inGrace.bill, { paidAt: paidLate }))
    assert.deepEqual(ok.json(), { status: 'accepted', outcome: 'settled' })
    const renewed = await registrationOf(db(), inGrace.b.brokerId)
    assert.equal(renewed.status, 'ACTIVE')
    assert.equal(renewed.valid_until?.toISOString(), plus3Years(inGrace.b.validUntil))
    const history = await db()
      .selectFrom('registration_status_history')
      .select('status')
      .where('registration_id', '=', inGrace.b.brokerId)
      .orderBy('changed_at')
      .execute()
    assert.deepEqual(
      history.map((h) => h.status),
      ['ACTIVE', 'EXPIRED', 'ACTIVE'],
    )

    // The grace period is a setting: an officer shortens it to 1 day.
    await writeSetting(db(), renewalGraceDays, 1, { officerId: newId(), reason: 'ทดสอบระยะผ่อนผัน' })
    const late = await callback(app, secret, notification(tooLate.bill, { paidAt: paidLate }))
    assert.deepEqual(late.json(), { status: 'accepted', outcome: 'late' })
    assert.equal((await registrationOf(db(), tooLate.b.brokerId)).status, 'EXPIRED')
    assert.deepEqual(
      (await paymentsOf(db(), tooLate.bill.id)).map((p) => [p.outcome, p.refund_due]),
      [['late', true]],
    )
    await signIn(app, tooLate.b)
    const page = await browse(app, tooLate.b, REGISTRATION_PATHS.renew(tooLate.b.brokerId))
    assert.match(page.body, /data-refunds="1"/)
    await writeSetting(db(), renewalGraceDays, 15, {
      officerId: newId(),
      reason: 'คืนค่าเดิมหลังทดสอบ',
    })
  })
})
