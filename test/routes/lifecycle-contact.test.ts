import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { areaChoice, areasForPostcode } from '../../src/features/address/index.js'
import { insertRegistrant } from '../../src/features/officers/test-support/officers.js'
import { REGISTRATION_PATHS } from '../../src/features/registration-actions/index.js'
import type { LifecycleChangeTables } from '../../src/platform/db/schema.js'
import { createPiiCrypto } from '../../src/platform/pii-crypto.js'
import type { EkycSimulator } from '../../src/simulators/ekyc/index.js'
import { csrfFrom } from '../helpers/app.js'
import { companyWalker } from '../helpers/company.js'
import type { TestDatabase } from '../helpers/db.js'
import { type Desktop, idFactory, journeyApp, lastCode } from '../helpers/journey.js'

let app: FastifyInstance
let tdb: TestDatabase
let sim: EkycSimulator
let close: () => Promise<void>
const nextId = idFactory('3')
const ownId = nextId()
const otherId = nextId()
let ownReg: string
let otherReg: string
let d: Desktop

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

async function registrationOf(personId: string) {
  return tdb.database.db
    .selectFrom('registrations')
    .selectAll()
    .where('person_id', '=', personId)
    .executeTakeFirstOrThrow()
}

async function mailsTo(to: string) {
  const rows = await tdb.database.db
    .selectFrom('outbox')
    .select(['payload'])
    .orderBy('created_at', 'desc')
    .execute()
  return rows
    .map((r) => r.payload as { to: string; subject: string; text: string })
    .filter((p) => p.to === to)
}

async function audited(action: string, subjectId: string) {
  return tdb.database.db
    .selectFrom('audit_events')
    .selectAll()
    .where('action', '=', action)
    .where('subject_id', '=', subjectId)
    .execute()
}

before(async () => {
  const env = await journeyApp()
  ;({ app, tdb, sim } = env)
  close = env.close
  const config = env.config
  const crypto = createPiiCrypto({
    encryption: config.secrets.encryption,
    hmac: config.secrets.hmac,
  })
  const own = await insertRegistrant(tdb.database.db, crypto, {
    nationalId: ownId,
    firstTh: 'วันเพ็ญ',
    lastTh: 'ติดต่อดี',
    email: 'wanpen.old@example.com',
  })
  const other = await insertRegistrant(tdb.database.db, crypto, {
    nationalId: otherId,
    firstTh: 'สมศักดิ์',
    lastTh: 'คนอื่น',
    email: 'somsak@example.com',
  })
  ownReg = (await registrationOf(own)).id
  otherReg = (await registrationOf(other)).id
  d = await walker.signIn(ownId)
})
after(async () => close())

describe('contact details of a registration', () => {
  it('changes the e-mail with a code sent to the new address; both addresses are told', async () => {
    const page = REGISTRATION_PATHS.contact(ownReg)
    const shown = await d.get(page)
    assert.equal(shown.statusCode, 200)
    assert.match(shown.body, /data-current-email[^>]*>wanpen\.old@example\.com</)
    let res = await d.post(page, `${page}/email`, { email: 'Wanpen.New@Example.com' })
    assert.equal(res.statusCode, 303)
    assert.equal(res.headers.location, `${page}/email/confirm`)
    assert.equal(
      (await mailsTo('wanpen.old@example.com')).filter((m) => /\d{6}/.test(m.subject)).length,
      0,
      'no code to the old address',
    )
    const code = await lastCode(tdb.database, 'wanpen.new@example.com')
    // Nothing changes until the code comes back.
    assert.equal((await registrationOf0()).email, 'wanpen.old@example.com')
    const confirm = await d.get(`${page}/email/confirm`)
    assert.match(confirm.body, /wanpen\.new@example\.com/)
    res = await d.postWithToken(`${page}/email/confirm`, { _csrf: csrfFrom(confirm.body), code })
    assert.equal(res.statusCode, 303)
    assert.equal(res.headers.location, `${page}?saved=email`)
    const reg = await registrationOf0()
    assert.equal(reg.email, 'wanpen.new@example.com')
    const history = await tdb.database.db
      .withTables<LifecycleChangeTables>()
      .selectFrom('registration_contact_changes')
      .selectAll()
      .where('registration_id', '=', ownReg)
      .execute()
    assert.equal(history.length, 1)
    assert.equal(history[0]?.field, 'email')
    assert.equal(history[0]?.old_value, 'wanpen.old@example.com')
    assert.equal(history[0]?.new_value, 'wanpen.new@example.com')
    const toOld = (await mailsTo('wanpen.old@example.com')).find((m) =>
      /wanpen\.new@example\.com/.test(m.text),
    )
    assert.ok(toOld, 'the old address is told, naming the new one')
    assert.ok(
      (await mailsTo('wanpen.new@example.com')).some((m) =>
        /contact details changed/.test(m.subject),
      ),
      'the new address is told',
    )
    assert.equal((await audited('lifecycle.contact_changed', ownReg)).length, 1)
    const after = await d.get(`${page}?saved=email`)
    assert.match(after.body, /data-saved="email"/)
    assert.match(after.body, /data-contact-history/)
    assert.match((await d.get('/account')).body, /data-contact-note="email"/, 'shows on /account')
    const myData = await d.get('/account/my-data')
    assert.match(myData.body, /data-registration-changes/)
    assert.match(myData.body, /wanpen\.old@example\.com → wanpen\.new@example\.com/)
    // The code is spent: the confirmation page has nothing to confirm any more.
    const again = await d.get(`${page}/email/confirm`)
    assert.equal(again.headers.location, page)
  })

  it('refuses a wrong code, keeps the address, and locks the code after five tries', async () => {
    const page = REGISTRATION_PATHS.contact(ownReg)
    await d.post(page, `${page}/email`, { email: 'wanpen.third@example.com' })
    const good = await lastCode(tdb.database, 'wanpen.third@example.com')
    const wrong = good === '000000' ? '111111' : '000000'
    let form = await d.get(`${page}/email/confirm`)
    let res = await d.postWithToken(`${page}/email/confirm`, {
      _csrf: csrfFrom(form.body),
      code: wrong,
    })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /data-error-summary/)
    assert.match(res.body, /เหลือโอกาสอีก 4 ครั้ง/)
    assert.match(res.body, /aria-invalid="true"/)
    assert.equal((await registrationOf0()).email, 'wanpen.new@example.com')
    assert.ok((await audited('lifecycle.contact_email_code_wrong', ownReg)).length >= 1)
    for (let i = 0; i < 4; i++) {
      form = await d.get(`${page}/email/confirm`)
      res = await d.postWithToken(`${page}/email/confirm`, {
        _csrf: csrfFrom(form.body),
        code: wrong,
      })
    }
    form = await d.get(`${page}/email/confirm`)
    res = await d.postWithToken(`${page}/email/confirm`, { _csrf: csrfFrom(form.body), code: good })
    assert.equal(res.statusCode, 400, 'the right code no longer works after five wrong ones')
    assert.match(res.body, /ครบ 5 ครั้ง/)
    assert.equal((await registrationOf0()).email, 'wanpen.new@example.com')
  })

  it('shows problems next to the field and in the summary, keeps what was typed, then saves with history', async () => {
    const page = REGISTRATION_PATHS.contact(ownReg)
    let res = await d.post(page, page, {
      action: 'save',
      mobile: '12345',
      mailingSame: 'no',
      houseNo: '99/1',
      soi: 'ซอย สุขุมวิท 11',
      postcode: '10110',
      area: '',
    })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /data-error-summary/)
    assert.match(res.body, /href="#mobile"/)
    assert.match(res.body, /href="#area"/)
    assert.match(res.body, /value="12345"/, 'the typed mobile is kept')
    assert.match(res.body, /value="สุขุมวิท 11"/, 'the soi is kept, the word ซอย taken off')
    const area = areasForPostcode('10110')[0]
    assert.ok(area)
    res = await d.post(page, page, {
      action: 'save',
      mobile: '089 876 5432',
      mailingSame: 'no',
      houseNo: '99/1',
      soi: 'ซอย สุขุมวิท 11',
      postcode: '10110',
      area: areaChoice(area),
    })
    assert.equal(res.statusCode, 303)
    assert.equal(res.headers.location, `${page}?saved=details`)
    const reg = await registrationOf0()
    assert.equal(reg.mobile, '0898765432')
    assert.equal(reg.mailing_address?.kind, 'other')
    assert.equal(reg.mailing_address?.kind === 'other' && reg.mailing_address.soi, 'สุขุมวิท 11')
    const fields = (
      await tdb.database.db
        .withTables<LifecycleChangeTables>()
        .selectFrom('registration_contact_changes')
        .select(['field', 'old_value'])
        .where('registration_id', '=', ownReg)
        .execute()
    ).map((r) => r.field)
    assert.ok(fields.includes('mobile') && fields.includes('mailing_address'))
    assert.ok(
      (await mailsTo('wanpen.new@example.com')).some((m) => /เบอร์มือถือ/.test(m.text)),
      'the registration’s address is told what changed',
    )
  })

  it('refuses someone else’s registration, and an unknown one, and audits it', async () => {
    const page = REGISTRATION_PATHS.contact(otherReg)
    const shown = await d.get(page)
    assert.equal(shown.statusCode, 403)
    assert.doesNotMatch(shown.body, /somsak@example\.com/)
    const own = await d.get(REGISTRATION_PATHS.contact(ownReg))
    const res = await d.postWithToken(`${page}/email`, {
      _csrf: csrfFrom(own.body),
      email: 'attacker@example.com',
    })
    assert.equal(res.statusCode, 403)
    const other = await tdb.database.db
      .selectFrom('registrations')
      .select('email')
      .where('id', '=', otherReg)
      .executeTakeFirstOrThrow()
    assert.equal(other.email, 'somsak@example.com')
    assert.equal((await mailsTo('attacker@example.com')).length, 0)
    const refusals = await audited('lifecycle.contact_refused', otherReg)
    assert.equal(refusals.length, 2)
    assert.equal(refusals[0]?.outcome, 'refused')
    assert.ok(refusals.every((e) => e.actor_type === 'registrant'))
    const unknown = await d.get(REGISTRATION_PATHS.contact('00000000-0000-7000-8000-000000000000'))
    assert.equal(unknown.statusCode, 403, 'an unknown id is answered as someone else’s')
  })

  it('refuses a post without its CSRF token and changes nothing', async () => {
    const page = REGISTRATION_PATHS.contact(ownReg)
    const res = await d.postWithToken(page, {
      action: 'save',
      mobile: '0611111111',
      mailingSame: 'yes',
    })
    assert.equal(res.statusCode, 403)
    assert.equal((await registrationOf0()).mobile, '0898765432')
    const refused = await tdb.database.db
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'security.csrf_refused')
      .execute()
    assert.ok(refused.length >= 1)
  })

  it('sends a signed-out visitor to sign in', async () => {
    const res = await app.inject(REGISTRATION_PATHS.contact(ownReg))
    assert.equal(res.statusCode, 303)
    assert.equal(res.headers.location, '/account/sign-in')
  })
})

async function registrationOf0() {
  return tdb.database.db
    .selectFrom('registrations')
    .selectAll()
    .where('id', '=', ownReg)
    .executeTakeFirstOrThrow()
}
