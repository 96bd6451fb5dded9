import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { SIMULATOR_PEOPLE, type EkycSimulator } from '../../src/simulators/ekyc/index.js'
import { formatThaiId, withCheckDigit } from '../../src/platform/thai-id.js'
import type { TestDatabase } from '../helpers/db.js'
import {
  approveOnPhone,
  bindingCodeFrom,
  Desktop,
  finishOnPhone,
  handleFrom,
  idFactory,
  journeyApp,
  lastCode,
} from '../helpers/journey.js'

// Issue 17: people are told early — registered already, a company's number, not Thai, an ID
// that is not theirs — and the check page shows the ID to its owner.

let tdb: TestDatabase
let app: FastifyInstance
let sim: EkycSimulator
let close: () => Promise<void>
const freshId = idFactory('5')
const PATH = '/register/person'

before(async () => {
  ;({ tdb, app, sim, close } = await journeyApp())
})
after(() => close())

async function atDetails(d = new Desktop(app)) {
  await d.post(PATH, PATH, { accept: 'yes' })
  return d
}

/** A new applicant up to the verify page; returns the desktop, handle and binding number. */
async function upToVerification(nationalId: string, email: string) {
  const d = await atDetails()
  const details = await d.post(`${PATH}/details`, `${PATH}/details`, {
    nationalId,
    email,
    mobile: '0812345678',
  })
  assert.equal(details.headers.location, `${PATH}/confirm-email`)
  await d.post(`${PATH}/confirm-email`, `${PATH}/confirm-email`, {
    code: await lastCode(tdb.database, email),
  })
  await d.post(`${PATH}/verify`, `${PATH}/verify/start`, {})
  const page = await d.get(`${PATH}/verify`)
  return { d, handle: handleFrom(page.body), code: bindingCodeFrom(page.body) }
}

/** Verifies at the bank as `verifiedAs` and continues in the starting browser. */
async function verifyAs(nationalId: string, email: string, verifiedAs = nationalId) {
  const { d, handle, code } = await upToVerification(nationalId, email)
  const callback = await approveOnPhone(app, sim.url, handle, { national_id: verifiedAs })
  assert.ok(callback)
  await finishOnPhone(app, callback, code)
  const cont = await d.get(`/ekyc/continue/${handle}`)
  return { d, cont }
}

/** A person registered through the whole journey; returns their desktop at /done. */
async function registered(nationalId: string, email: string) {
  const { d } = await verifyAs(nationalId, email)
  await d.post(`${PATH}/your-details`, `${PATH}/your-details`, {
    mailingSame: 'yes',
    action: 'save',
  })
  const check = await d.get(`${PATH}/check`)
  const submitKey = /name="submitKey" value="([^"]+)"/.exec(check.body)?.[1] ?? ''
  const token = /name="_csrf" value="([^"]+)"/.exec(check.body)?.[1] ?? ''
  const sent = await d.postWithToken(`${PATH}/submit`, { _csrf: token, submitKey })
  assert.equal(sent.headers.location, `${PATH}/done`)
  return d
}

async function applicationOf(email: string) {
  return tdb.database.db
    .selectFrom('applications')
    .selectAll()
    .where('email', '=', email)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow()
}

describe('a registered person who starts again is signed in right after eKYC', () => {
  it('skips the address step, writes no refusal and lands on /account saying so, audited', async () => {
    const id = freshId()
    await registered(id, `first.${id}@example.com`)
    const email = `again.${id}@example.com`
    const { d, cont } = await verifyAs(id, email)
    assert.equal(cont.headers.location, '/account', 'signed in, not sent to the address step')
    const account = await d.get('/account')
    assert.equal(account.statusCode, 200)
    assert.match(account.body, /data-notice="already-registered"/)
    assert.match(account.body, /ท่านลงทะเบียนไว้แล้ว/)
    assert.match(account.body, /ขณะนี้ท่านเข้าสู่ระบบแล้ว/)
    // The notice is shown once.
    assert.doesNotMatch((await d.get('/account')).body, /data-notice="already-registered"/)

    const again = await applicationOf(email)
    assert.equal(again.status, 'superseded', 'the new draft is closed, not refused')
    assert.equal(again.resume_token_hash, null, 'nothing to resume')
    const decision = await tdb.database.db
      .selectFrom('decisions')
      .select('id')
      .where('application_id', '=', again.id)
      .executeTakeFirst()
    assert.equal(decision, undefined, 'no refusal in their history')
    const address = await d.get(`${PATH}/your-details`)
    assert.doesNotMatch(address.body, /name="mailingSame"/, 'the address step does not open')
    const audit = await tdb.database.db
      .selectFrom('audit_events')
      .select(['actor_type', 'actor_id'])
      .where('action', '=', 'application.already_registered')
      .where('subject_id', '=', again.id)
      .execute()
    assert.equal(audit.length, 1)
    assert.equal(audit[0]?.actor_id, again.person_id)
    const signedIn = await tdb.database.db
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'account.signed_in')
      .where('actor_id', '=', again.person_id)
      .execute()
    assert.ok(signedIn.length >= 1, 'the sign-in itself is audited')
  })

  it('says nothing about a typed ID before eKYC: a registered number is taken like any other', async () => {
    const id = freshId()
    await registered(id, `probe.${id}@example.com`)
    const d = await atDetails()
    const res = await d.post(`${PATH}/details`, `${PATH}/details`, {
      nationalId: id,
      email: `prober.${id}@example.com`,
      mobile: '0812345678',
    })
    assert.equal(res.statusCode, 303)
    assert.equal(res.headers.location, `${PATH}/confirm-email`)
  })
})

describe('the national ID field', () => {
  it('names a company’s registration number and links to the company journey', async () => {
    const d = await atDetails()
    const juristic = withCheckDigit('010555612345')
    const res = await d.post(`${PATH}/details`, `${PATH}/details`, {
      nationalId: juristic,
      email: 'company.number@example.com',
      mobile: '0812345678',
    })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /เลขทะเบียนนิติบุคคลของบริษัท/)
    assert.match(res.body, /<a href="\/register\/company">ลงทะเบียนในนามบริษัทแทน<\/a>/)
    assert.match(res.body, new RegExp(`value="${juristic}"`), 'what was typed stays')
  })

  it('still takes the 00-number of a person without Thai nationality', async () => {
    const d = await atDetails()
    const res = await d.post(`${PATH}/details`, `${PATH}/details`, {
      nationalId: withCheckDigit('000135089016'),
      email: 'zero.zero@example.com',
      mobile: '0812345678',
    })
    assert.equal(res.headers.location, `${PATH}/confirm-email`)
  })

  it('says "digits only" when a letter O was typed for a zero', async () => {
    const d = await atDetails(new Desktop(app))
    const typed = freshId().replace(/0/, 'O')
    assert.match(typed, /O/)
    const res = await d.post(`${PATH}/details?lang=en`, `${PATH}/details`, {
      nationalId: typed,
      email: 'letter.o@example.com',
      mobile: '0812345678',
    })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /Enter digits only \(0–9\)/)
    assert.doesNotMatch(res.body, /has 13 digits/)
  })
})

describe('the bank-data page warns a person who is not Thai', () => {
  it('says the online service is for Thai nationals, with the counter and help; a Thai sees nothing', async () => {
    const foreigner = SIMULATOR_PEOPLE.find((p) => p.nationality === 'MMR')
    assert.ok(foreigner)
    const { d, cont } = await verifyAs(foreigner.nationalId, 'mmr@example.com')
    assert.equal(cont.headers.location, `${PATH}/your-details`)
    const page = await d.get(`${PATH}/your-details?lang=en`)
    assert.match(page.body, /data-non-thai="MMR"/)
    assert.match(page.body, /This online service is for Thai nationals/)
    assert.match(page.body, /your nationality is Myanmar/)
    assert.match(page.body, /counter of the Customs Service Centre/)
    assert.match(page.body, /1164/)
    const warning = /data-non-thai="MMR">([\s\S]*?)<\/div>/.exec(page.body)?.[1] ?? ''
    assert.match(warning, /<a href="\/contact">All the ways to contact us<\/a>/)
    // It only warns: the form is still there.
    assert.match(page.body, /name="mailingSame"/)

    const id = freshId()
    const thai = await verifyAs(id, `thai.${id}@example.com`)
    const own = await thai.d.get(`${PATH}/your-details`)
    assert.doesNotMatch(own.body, /data-non-thai/)
  })
})

describe('an ID the bank verified that is not the typed one', () => {
  it('links to where the ID is typed, and a corrected ID goes on to eKYC again', async () => {
    const typed = freshId()
    const own = freshId()
    const { d } = await verifyAs(typed, `mismatch.${typed}@example.com`, own)
    const page = await d.get(`${PATH}/verify`)
    assert.match(page.body, /data-failure="id_mismatch"/)
    assert.match(page.body, /<a href="\/register\/person\/details" data-change-id="true">/)
    const details = await d.get(`${PATH}/details`)
    assert.equal(details.statusCode, 200)
    assert.match(details.body, new RegExp(`value="${typed}"`))
    const fixed = await d.post(`${PATH}/details`, `${PATH}/details`, {
      nationalId: own,
      email: `mismatch.${typed}@example.com`,
      mobile: '0812345678',
    })
    assert.equal(fixed.headers.location, `${PATH}/verify`)
  })
})

describe('the check page', () => {
  it('shows its owner the full national ID, and no change link inside the bank box', async () => {
    const id = freshId()
    const { d } = await verifyAs(id, `check.${id}@example.com`)
    await d.post(`${PATH}/your-details`, `${PATH}/your-details`, {
      mailingSame: 'yes',
      action: 'save',
    })
    const check = await d.get(`${PATH}/check?lang=en`)
    assert.match(check.body, new RegExp(formatThaiId(id)))
    assert.match(check.body, /data-full-id/)
    assert.match(check.body, /it is yours, in your own session/)
    const bankBox = /<section aria-labelledby="from-bank">([\s\S]*?)<\/section>/.exec(check.body)
    assert.ok(bankBox?.[1], 'the bank box is its own section')
    assert.doesNotMatch(bankBox[1], /summary-list__actions|>Change</)
    assert.match(check.body, /<a href="\/register\/person\/details" data-change-id="true">/)
    const changes = check.body.match(/class="summary-list__actions"/g) ?? []
    assert.equal(changes.length, 3, 'e-mail, mobile and mailing address can be changed')
    assert.match(check.body, /data-continue-later/, 'a link to continue later on request')
  })
})
