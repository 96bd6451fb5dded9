import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import type { Config } from '../../src/config.js'
import { REGISTRATION_PATHS } from '../../src/features/registration-actions/index.js'
import type { BrokerRenewalTables } from '../../src/platform/db/schema.js'
import { isMovable, type MovableClock } from '../../src/platform/jobs/index.js'
import { createPiiCrypto, type PiiCrypto } from '../../src/platform/pii-crypto.js'
import { buildTestApp, csrfFrom, testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'
import {
  addTestSignIn,
  askRenewal,
  auditActions,
  browse,
  DAY,
  FORM,
  HOUR,
  mailsTo,
  moveTo,
  receiptClaims,
  registrationOf,
  signedInBroker,
  signIn,
  submit,
} from './broker-renewal-support.js'

// A broker's renewal end to end through the pages: the 90-day reminder, the conditions, the
// bill, payment in the bank app SIMULATOR, the new end date from the old one with the fee's
// e-receipt and the renewal's; and no payment: EXPIRED at the end date with an e-mail.

let tdb: TestDatabase
let app: FastifyInstance
let config: Config
let crypto: PiiCrypto
let clock: MovableClock

before(async () => {
  tdb = await createTestDatabase()
  config = testConfig()
  app = await buildTestApp(tdb.database, { config })
  addTestSignIn(app)
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
const broker = (
  daysLeft: number,
  opts: { baseStatus?: 'ACTIVE' | 'SUSPENDED'; licence?: 'valid' | 'revoked' | 'none' } = {},
) => signedInBroker(app, db(), crypto, clock, daysLeft, opts)

describe('a broker renews online and pays in the bank app simulator', () => {
  it('is reminded 90 days before (once), renews, pays, and is extended from the old end date with a fee e-receipt and a renewal receipt', async () => {
    const b = await broker(120)
    const path = REGISTRATION_PATHS.renew(b.brokerId)

    // Before the window the page says the window is not open and offers no form.
    const early = await browse(app, b, path)
    assert.equal(early.statusCode, 200)
    assert.match(early.body, /data-rule="broker.renewal.window" data-passed="false"/)
    assert.doesNotMatch(early.body, /name="confirm"/)

    moveTo(clock, new Date(b.validUntil.getTime() - 90 * DAY + HOUR))
    assert.ok((await app.jobs.scheduler.tick()).includes('brokers.renewal'))
    const reminders = await mailsTo(db(), b.email)
    assert.equal(reminders.length, 1)
    assert.match(reminders[0]?.subject ?? '', /90/)
    assert.ok(reminders[0]?.text.includes(path), 'the reminder links the renewal page')
    clock.advance(2 * HOUR)
    await app.jobs.scheduler.tick()
    assert.equal((await mailsTo(db(), b.email)).length, 1, 'the 90-day reminder is sent once')

    await signIn(app, b)
    await browse(app, b, `${path}?lang=en`)
    const open = await browse(app, b, path)
    assert.equal(open.statusCode, 200)
    for (const rule of ['active', 'window', 'base_registration'])
      assert.match(open.body, new RegExp(`data-rule="broker.renewal.${rule}" data-passed="true"`))
    assert.match(open.body, /1,200.00 THB/)

    // Not confirmed: the error beside the box and in the summary, no bill.
    const unconfirmed = await submit(app, b, path, path, {})
    assert.equal(unconfirmed.statusCode, 400)
    assert.match(unconfirmed.body, /data-error-summary/)
    assert.match(unconfirmed.body, /href="#confirm"/)
    assert.match(unconfirmed.body, /id="confirm-error"/)

    const bill = await askRenewal(app, db(), b)
    assert.equal(bill.amount_satang, 120_000)
    const billPage = await browse(app, b, path)
    assert.match(billPage.body, new RegExp(`data-bill="${bill.ref1}"`))
    const payload = /data-qr-payload="([^"]+)"/.exec(billPage.body)?.[1]
    assert.ok(payload?.startsWith('000201010212'), 'a one-time Thai QR')
    const simulatorUrl = /href="([^"]+)" data-simulator-pay/.exec(billPage.body)?.[1]
    assert.ok(simulatorUrl, 'the bank app SIMULATOR is linked')

    // Asking again shows the same bill (one per term).
    assert.equal(
      (await submit(app, b, '/account/sign-in', path, { confirm: 'yes' })).statusCode,
      303,
    )
    const bills = await db()
      .withTables<BrokerRenewalTables>()
      .selectFrom('broker_renewals')
      .select('id')
      .where('registration_id', '=', b.brokerId)
      .execute()
    assert.equal(bills.length, 1)

    // The bank app SIMULATOR, labelled, pays.
    const simUrl = simulatorUrl.replaceAll('&amp;', '&')
    const sim = await browse(app, b, simUrl)
    assert.equal(sim.statusCode, 200)
    assert.match(sim.body, /SIMULATOR/)
    assert.match(sim.body, new RegExp(bill.ref1))
    const paid = await app.inject({
      method: 'POST',
      url: '/simulators/promptpay',
      headers: { 'content-type': FORM, cookie: b.jar.header() },
      payload: new URLSearchParams({
        _csrf: csrfFrom(sim.body),
        qr: payload ?? '',
        return: path,
        outcome: 'pay',
      }).toString(),
    })
    assert.equal(paid.statusCode, 303)
    assert.match(String(paid.headers.location), /result=paid%3Asettled/)

    const after = await registrationOf(db(), b.brokerId)
    const expected = new Date(b.validUntil)
    expected.setUTCFullYear(expected.getUTCFullYear() + 3)
    assert.equal(after.status, 'ACTIVE')
    assert.equal(after.valid_until?.toISOString(), expected.toISOString(), 'old end date + 3 years')

    const renewal = await db()
      .withTables<BrokerRenewalTables>()
      .selectFrom('broker_renewals')
      .select(['fee_receipt_id', 'renewal_receipt_id', 'status_history_id'])
      .where('registration_id', '=', b.brokerId)
      .executeTakeFirstOrThrow()
    assert.ok(renewal.fee_receipt_id && renewal.renewal_receipt_id && renewal.status_history_id)
    assert.equal(after.latest_receipt_id, renewal.renewal_receipt_id)
    const fee = await receiptClaims(db(), renewal.fee_receipt_id)
    assert.equal(fee.action, 'fee')
    assert.equal(fee.fee?.amount, '1200.00')
    assert.equal(fee.fee?.ref1, bill.ref1)
    assert.equal(fee.fee?.ref2, bill.ref2)
    const renewed = await receiptClaims(db(), renewal.renewal_receipt_id)
    assert.equal(renewed.action, 'renewal')
    assert.equal(renewed.validUntil, expected.toISOString())

    const history = await db()
      .selectFrom('registration_status_history')
      .select(['status', 'reason'])
      .where('id', '=', renewal.status_history_id)
      .executeTakeFirstOrThrow()
    assert.equal(history.status, 'ACTIVE')
    assert.match(history.reason, /broker-renewal/)
    assert.ok((await auditActions(db(), b.brokerId)).includes('registration.renewed'))
    assert.ok(
      (await mailsTo(db(), b.email)).some((m) =>
        m.text.includes(`/verify/${renewal.fee_receipt_id}`),
      ),
      'the renewal mail links the fee e-receipt',
    )

    const done = await browse(app, b, path)
    assert.match(done.body, /data-renewed/)
    assert.match(done.body, new RegExp(`/verify/${renewal.fee_receipt_id}`))
    assert.doesNotMatch(done.body, /name="confirm"/, 'no second renewal of the new term yet')
    const verify = await app.inject(`/verify/${renewal.fee_receipt_id}`)
    assert.equal(verify.statusCode, 200)
  })

  it('refuses the renewal when the importer/exporter registration is no longer active', async () => {
    const b = await broker(30, { baseStatus: 'SUSPENDED' })
    const path = REGISTRATION_PATHS.renew(b.brokerId)
    const page = await browse(app, b, path)
    assert.match(page.body, /data-rule="broker.renewal.base_registration" data-passed="false"/)
    assert.match(page.body, /data-not-met/)
    const csrf = csrfFrom((await browse(app, b, '/account/sign-in')).body)
    const res = await app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': FORM, cookie: b.jar.header() },
      payload: new URLSearchParams({ _csrf: csrf, confirm: 'yes' }).toString(),
    })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /data-error-summary/)
    assert.ok((await auditActions(db(), b.brokerId)).includes('registration.renewal_refused'))
  })

  it('re-runs the licence rules with the licence registry: a revoked licence, or none on record, issues no bill', async () => {
    for (const licence of ['revoked', 'none'] as const) {
      const b = await broker(30, { licence })
      const path = REGISTRATION_PATHS.renew(b.brokerId)
      const res = await submit(app, b, path, path, { confirm: 'yes' })
      assert.equal(res.statusCode, 400, licence)
      assert.match(res.body, /data-error-summary/)
      assert.match(
        res.body,
        licence === 'revoked' ? /ใบอนุญาตยังมีผล ไม่ถูกเพิกถอน/ : /มีใบอนุญาตตัวแทนออกของที่ใช้ขอทะเบียนนี้/,
      )
      const bills = await db()
        .withTables<BrokerRenewalTables>()
        .selectFrom('broker_renewals')
        .select('id')
        .where('registration_id', '=', b.brokerId)
        .execute()
      assert.deepEqual(bills, [], `no bill (${licence})`)
      assert.ok((await auditActions(db(), b.brokerId)).includes('registration.renewal_refused'))
    }
  })

  it('shows another person’s broker registration as not found', async () => {
    const owner = await broker(30)
    const other = await broker(30)
    const res = await browse(app, other, REGISTRATION_PATHS.renew(owner.brokerId))
    assert.equal(res.statusCode, 404)
    const bad = await browse(app, other, REGISTRATION_PATHS.renew('not-a-uuid'))
    assert.equal(bad.statusCode, 404)
  })
})

describe('a broker who does not pay', () => {
  it('is reminded 30 and 7 days before, then the registration is EXPIRED at its end date with history, audit and an e-mail', async () => {
    const b = await broker(40)
    moveTo(clock, new Date(b.validUntil.getTime() - 30 * DAY + HOUR))
    await app.jobs.scheduler.tick()
    moveTo(clock, new Date(b.validUntil.getTime() - 7 * DAY + HOUR))
    await app.jobs.scheduler.tick()
    const subjects = (await mailsTo(db(), b.email)).map((m) => m.subject)
    assert.equal(subjects.length, 2, subjects.join(' | '))
    assert.match(subjects[0] ?? '', /30/)
    assert.match(subjects[1] ?? '', /7/)

    moveTo(clock, new Date(b.validUntil.getTime() - HOUR))
    await app.jobs.scheduler.tick()
    assert.equal((await registrationOf(db(), b.brokerId)).status, 'ACTIVE', 'not before the end')

    moveTo(clock, new Date(b.validUntil.getTime() + HOUR))
    await app.jobs.scheduler.tick()
    assert.equal((await registrationOf(db(), b.brokerId)).status, 'EXPIRED')
    const history = await db()
      .selectFrom('registration_status_history')
      .select(['status'])
      .where('registration_id', '=', b.brokerId)
      .orderBy('changed_at', 'desc')
      .executeTakeFirstOrThrow()
    assert.equal(history.status, 'EXPIRED')
    assert.ok((await auditActions(db(), b.brokerId)).includes('registration.expired'))
    const mails = await mailsTo(db(), b.email)
    assert.equal(mails.length, 3)
    assert.match(mails[2]?.subject ?? '', /สิ้นอายุแล้ว/)
    assert.equal(
      (await registrationOf(db(), b.baseId)).status,
      'ACTIVE',
      'the importer/exporter registration is untouched',
    )
  })
})
