import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import type { Config } from '../../src/config.js'
import { createReceiptSigner } from '../../src/features/receipts/index.js'
import { createRegistry, type JuristicPerson } from '../../src/features/registry-dbd/index.js'
import {
  decideCompanyApplication,
  sweepCompanyApplications,
  type CompanyDeps,
} from '../../src/features/registration-company/index.js'
import { createPiiCrypto } from '../../src/platform/pii-crypto.js'
import { withCheckDigit } from '../../src/platform/thai-id.js'
import { sampleCompanies } from '../../src/simulators/dbd/samples.js'
import type { EkycSimulator } from '../../src/simulators/ekyc/index.js'
import type { TestDatabase } from '../helpers/db.js'
import { companyWalker } from '../helpers/company.js'
import { Desktop, journeyApp } from '../helpers/journey.js'

let tdb: TestDatabase
let app: FastifyInstance
let sim: EkycSimulator
let config: Config
let close: () => Promise<void>

before(async () => {
  ;({ tdb, app, sim, config, close } = await journeyApp())
})
after(() => close())

const BASE = '/register/company'
const samples = sampleCompanies(1, 8)
/** Each test takes its own company: one registration per company. */
function take(kind: Parameters<typeof samples.get>[0]): JuristicPerson {
  const c = samples.get(kind)?.shift()
  assert.ok(c, `a sample company of kind ${kind}`)
  return c
}
const director = (c: JuristicPerson, i: number) => {
  const d = c.directors[i]
  assert.ok(d)
  return d
}

const { linkMailedTo, upToVerify, verifyIn, contactAndCheck } = companyWalker({
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

async function applicationOf(juristicId: string) {
  return tdb.database.db
    .selectFrom('applications')
    .selectAll()
    .where('juristic_id', '=', juristicId)
    .where('kind', '=', 'company')
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow()
}

describe('a company registers from DBD data with its signing directors verified', () => {
  it('two directors: the second verifies from the e-mailed link on their own phone and the company is ACTIVE', async () => {
    const c = take('two-sign')
    const d = await upToVerify(c)
    const cont = await verifyIn(d, `${BASE}/verify`, `${BASE}/verify/start`, director(c, 0).id)
    assert.equal(cont.headers.location, `${BASE}/signers`)
    const signers = await d.get(`${BASE}/signers`)
    assert.match(signers.body, /data-signer-you/)
    // Alone is not enough under "two directors sign together".
    let res = await d.post(`${BASE}/signers`, `${BASE}/signers`, {})
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /href="#directors"/)
    res = await d.post(`${BASE}/signers`, `${BASE}/signers`, {
      director: '1',
      'email-1': 'second@example.com',
    })
    assert.equal(res.headers.location, `${BASE}/contact`)
    const { check, submitKey, token } = await contactAndCheck(d, 'company@example.com')
    assert.match(check.body, /data-waiting-signers="1"/)
    res = await d.postWithToken(`${BASE}/submit`, { _csrf: token, submitKey })
    assert.equal(res.headers.location, `${BASE}/status`)
    const status = await d.get(`${BASE}/status`)
    assert.match(status.body, /data-application-status="submitted"/)
    assert.match(status.body, /data-signer-status="invited"/)

    // The second director, on their own phone, from the e-mailed link.
    const link = await linkMailedTo(
      'second@example.com',
      /https?:\/\/\S+\/register\/company\/sign\/\S+/,
    )
    const phone = new Desktop(app)
    const landing = await phone.get(link)
    assert.equal(landing.statusCode, 200)
    assert.ok(landing.body.includes(c.nameTh))
    const done = await verifyIn(phone, link, link, director(c, 1).id, `${BASE}/signer`)
    assert.equal(done.headers.location, `${BASE}/signer`)
    const thanks = await phone.get(`${BASE}/signer`)
    assert.match(thanks.body, /ยืนยันตัวตนเรียบร้อย/)

    // The last verification decided the application.
    const a = await applicationOf(c.id)
    assert.equal(a.status, 'approved')
    const decision = await tdb.database.db
      .selectFrom('decisions')
      .selectAll()
      .where('application_id', '=', a.id)
      .executeTakeFirstOrThrow()
    assert.equal(decision.outcome, 'approved')
    assert.ok(decision.dbd_snapshot_id, 'the decision points at the DBD snapshot it used')
    assert.equal(decision.results.length, 9)
    const reg = await tdb.database.db
      .selectFrom('registrations as r')
      .innerJoin('juristic_persons as j', 'j.id', 'r.juristic_person_id')
      .select(['r.status', 'r.branch_code', 'r.contact_name'])
      .where('j.juristic_id', '=', c.id)
      .execute()
    assert.deepEqual(
      reg.map((r) => [r.status, r.branch_code]),
      [['ACTIVE', '00000']],
    )
    const mails = await tdb.database.db.selectFrom('outbox').select('payload').execute()
    const decidedTo = mails
      .filter(
        (m) =>
          String(m.payload.subject).includes(c.nameTh) && /สำเร็จ/.test(String(m.payload.subject)),
      )
      .map((m) => m.payload.to)
    assert.ok(decidedTo.includes('company@example.com'))
    assert.ok(decidedTo.includes('second@example.com'))
    const donePage = await d.get(`${BASE}/done`)
    assert.match(donePage.body, new RegExp(`data-registration-number="true">${c.id}<`))
    const receipt = /href="(\/verify\/[^"/]+)"/.exec(donePage.body)?.[1]
    assert.ok(receipt)
    assert.equal((await app.inject(receipt)).statusCode, 200)
  })

  it('a company whose clause lets one director sign is decided at once on submit', async () => {
    const c = take('one-signs')
    const d = await upToVerify(c)
    const cont = await verifyIn(d, `${BASE}/verify`, `${BASE}/verify/start`, director(c, 0).id)
    assert.equal(cont.headers.location, `${BASE}/signers`)
    let res = await d.post(`${BASE}/signers`, `${BASE}/signers`, {})
    assert.equal(res.headers.location, `${BASE}/contact`)
    const { submitKey, token } = await contactAndCheck(d, 'one@example.com')
    // A stale form's key is refused back to the check page, audited, and decides nothing.
    res = await d.postWithToken(`${BASE}/submit`, { _csrf: token, submitKey: 'stale' })
    assert.equal(res.headers.location, `${BASE}/check`)
    assert.match((await d.get(`${BASE}/check`)).body, /data-notice="submit-refused"/)
    const refused = await tdb.database.db
      .selectFrom('audit_events')
      .select('outcome')
      .where('action', '=', 'application.submit_refused')
      .where('subject_id', '=', (await applicationOf(c.id)).id)
      .execute()
    assert.deepEqual(refused, [{ outcome: 'refused' }])
    assert.equal((await applicationOf(c.id)).status, 'draft')
    // An application no longer a draft goes to its status page, which says nothing about
    // sending it again.
    const aid = (await applicationOf(c.id)).id
    const setStatus = (status: 'draft' | 'superseded') =>
      tdb.database.db.updateTable('applications').set({ status }).where('id', '=', aid).execute()
    await setStatus('superseded')
    res = await d.postWithToken(`${BASE}/submit`, { _csrf: token, submitKey: 'stale' })
    assert.equal(res.headers.location, `${BASE}/status`)
    assert.doesNotMatch((await d.get(`${BASE}/status`)).body, /data-notice=/)
    await setStatus('draft')
    res = await d.postWithToken(`${BASE}/submit`, { _csrf: token, submitKey })
    assert.equal(res.headers.location, `${BASE}/done`)
    // A double click changes nothing.
    res = await d.postWithToken(`${BASE}/submit`, { _csrf: token, submitKey })
    assert.equal(res.headers.location, `${BASE}/done`)
    const a = await applicationOf(c.id)
    assert.equal(a.status, 'approved')
    const n = await tdb.database.db
      .selectFrom('decisions')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('application_id', '=', a.id)
      .executeTakeFirstOrThrow()
    assert.equal(Number(n.n), 1)
  })

  it('explains why a company cannot register: a non-Thai director, closed, not found, unreadable clause', async () => {
    const cases: [JuristicPerson | { id: string }, string][] = [
      [take('foreign-director'), 'foreign_director'],
      [take('closed'), 'not_active'],
      [take('unreadable-clause'), 'clause_unparseable'],
      [{ id: withCheckDigit('010559999999') }, 'not_found'],
    ]
    for (const [c, problem] of cases) {
      const d = new Desktop(app)
      await d.post(BASE, BASE, { accept: 'yes' })
      await d.post(`${BASE}/company`, `${BASE}/company`, { juristicId: c.id })
      const page = await d.get(`${BASE}/company`)
      assert.match(page.body, new RegExp(`data-problem="${problem}"`), `${c.id} → ${problem}`)
      if (problem === 'foreign_director')
        assert.match(page.body, /\(สัญชาติ[^A-Z()<]+\)<\/li>/, 'the nationality in words, not a code')
      const res = await d.post(`${BASE}/company`, `${BASE}/company/confirm`, {})
      assert.equal(res.headers.location, `${BASE}/company`, 'an ineligible company goes no further')
      const verify = await d.get(`${BASE}/verify`)
      assert.equal(verify.headers.location, `${BASE}/company`)
    }
  })

  it('a bad juristic ID gets a message next to the field', async () => {
    const d = new Desktop(app)
    await d.post(BASE, BASE, { accept: 'yes' })
    const valid = withCheckDigit('010551234567')
    const wrong = `${valid.slice(0, 12)}${(Number(valid[12]) + 1) % 10}`
    const res = await d.post(`${BASE}/company`, `${BASE}/company`, { juristicId: wrong })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /id="juristicId-error"/)
    assert.ok(res.body.includes(`value="${wrong}"`), 'what was typed comes back')
    const short = await d.post(`${BASE}/company`, `${BASE}/company`, { juristicId: '12345' })
    assert.equal(short.statusCode, 400)
    assert.match(short.body, /13 หลัก/)
  })

  it('refuses and audits an invitation used by someone who is not the invited director', async () => {
    const c = take('two-sign')
    const d = await upToVerify(c)
    await verifyIn(d, `${BASE}/verify`, `${BASE}/verify/start`, director(c, 0).id)
    await d.post(`${BASE}/signers`, `${BASE}/signers`, {
      director: '1',
      'email-1': 'x@example.com',
    })
    const link = await linkMailedTo('x@example.com', /https?:\/\/\S+\/register\/company\/sign\/\S+/)
    const phone = new Desktop(app)
    // The first director tries to sign twice, through the second director's link.
    await verifyIn(phone, link, link, director(c, 0).id, `${BASE}/signer`)
    const page = await phone.get(`${BASE}/signer`)
    assert.match(page.body, /data-failure="not_director"/)
    const a = await applicationOf(c.id)
    const signer = await tdb.database.db
      .selectFrom('application_signers')
      .select(['status'])
      .where('application_id', '=', a.id)
      .where('initiator', '=', false)
      .executeTakeFirstOrThrow()
    assert.equal(signer.status, 'invited')
    const audit = await tdb.database.db
      .selectFrom('audit_events')
      .select(['outcome', 'data'])
      .where('action', '=', 'identity.verification_failed')
      .execute()
    assert.ok(audit.some((e) => e.data.failure === 'not_director'))
  })

  it('two directors starting at once get one application, not two', async () => {
    const c = take('two-sign')
    const first = await upToVerify(c)
    const second = await upToVerify(c)
    await verifyIn(first, `${BASE}/verify`, `${BASE}/verify/start`, director(c, 0).id)
    await verifyIn(second, `${BASE}/verify`, `${BASE}/verify/start`, director(c, 1).id)
    const [r1, r2] = await Promise.all([
      first.post(`${BASE}/signers`, `${BASE}/signers`, {
        director: '1',
        'email-1': 'b@example.com',
      }),
      second.post(`${BASE}/signers`, `${BASE}/signers`, {
        director: '0',
        'email-0': 'a@example.com',
      }),
    ])
    const codes = [r1.statusCode, r2.statusCode].sort()
    assert.deepEqual(codes, [303, 409])
    const open = await tdb.database.db
      .selectFrom('applications')
      .select('id')
      .where('juristic_id', '=', c.id)
      .where('signers_chosen_at', 'is not', null)
      .execute()
    assert.equal(open.length, 1)
  })

  it('expires a link at 72 h (with a way to ask for a new one) and reminds at 24 h', async () => {
    const c = take('two-sign')
    const d = await upToVerify(c)
    await verifyIn(d, `${BASE}/verify`, `${BASE}/verify/start`, director(c, 0).id)
    await d.post(`${BASE}/signers`, `${BASE}/signers`, {
      director: '1',
      'email-1': 'late@example.com',
    })
    const deps = await companyDepsOf()
    const a = await applicationOf(c.id)
    let swept = await sweepCompanyApplications(deps, new Date(Date.now() + 25 * 3600_000))
    assert.ok(swept.reminded >= 1)
    const reminder = await linkMailedTo(
      'late@example.com',
      /https?:\/\/\S+\/register\/company\/sign\/\S+/,
    )
    swept = await sweepCompanyApplications(deps, new Date(Date.now() + 73 * 3600_000))
    assert.ok(swept.expired >= 1)
    const phone = new Desktop(app)
    const expired = await phone.get(reminder)
    assert.equal(expired.statusCode, 410)
    assert.match(expired.body, /\/renew"/)
    const renewed = await phone.post(reminder, `${reminder}/renew`, {})
    assert.equal(renewed.statusCode, 200)
    const fresh = await linkMailedTo(
      'late@example.com',
      /https?:\/\/\S+\/register\/company\/sign\/\S+/,
    )
    assert.notEqual(fresh, reminder)
    assert.equal((await phone.get(fresh)).statusCode, 200)
    const signer = await tdb.database.db
      .selectFrom('application_signers')
      .select(['status', 'invites_sent'])
      .where('application_id', '=', a.id)
      .where('initiator', '=', false)
      .executeTakeFirstOrThrow()
    assert.equal(signer.status, 'invited')
    assert.equal(signer.invites_sent, 3)

    // Untouched for 30 days, the application expires and frees the company.
    swept = await sweepCompanyApplications(deps, new Date(Date.now() + 31 * 24 * 3600_000))
    assert.ok(swept.abandoned >= 1)
    assert.equal((await applicationOf(c.id)).status, 'expired')
    assert.equal((await phone.get(fresh)).statusCode, 410, 'its links stop working')
  })

  it('decides once under concurrent triggers: one decision and one registration', async () => {
    const c = take('one-signs')
    const d = await upToVerify(c)
    await verifyIn(d, `${BASE}/verify`, `${BASE}/verify/start`, director(c, 0).id)
    await d.post(`${BASE}/signers`, `${BASE}/signers`, {})
    await contactAndCheck(d, 'race@example.com')
    const a = await applicationOf(c.id)
    await tdb.database.db
      .updateTable('applications')
      .set({ status: 'submitted' })
      .where('id', '=', a.id)
      .execute()
    const deps = await companyDepsOf()
    const results = await Promise.all(
      Array.from({ length: 5 }, () => decideCompanyApplication(deps, a.id, null)),
    )
    const ids = new Set(results.map((r) => (r.status === 'decided' ? r.decisionId : r.status)))
    assert.equal(ids.size, 1)
    const regs = await tdb.database.db
      .selectFrom('registrations')
      .select('id')
      .where('application_id', '=', a.id)
      .execute()
    assert.equal(regs.length, 1)
  })
})

/** The company feature's dependencies, wired as the app wires them. */
async function companyDepsOf(): Promise<CompanyDeps> {
  return {
    db: tdb.database.db,
    crypto: createPiiCrypto({ encryption: config.secrets.encryption, hmac: config.secrets.hmac }),
    idp: config.idp,
    publicBaseUrl: config.publicBaseUrl,
    registry: createRegistry(config.dbd),
    signer: await createReceiptSigner({
      db: tdb.database.db,
      signing: config.secrets.signing,
      publicBaseUrl: config.publicBaseUrl,
    }),
  }
}
