import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { renderToString } from 'preact-render-to-string'
import { AcceptPage } from '../../src/features/authority/accept.views.js'
import {
  createSyntheticAdapter,
  syntheticRegistry,
  type JuristicPerson,
} from '../../src/features/registry-dbd/index.js'
import { translator } from '../../src/platform/i18n/index.js'
import { sampleCompanies } from '../../src/simulators/dbd/samples.js'
import type { EkycSimulator } from '../../src/simulators/ekyc/index.js'
import { freePort } from '../../src/simulators/ekyc/ekyc-simulator.test-support.js'
import { buildTestApp, testConfig } from '../helpers/app.js'
import { COMPANY, companyWalker, INVITE_LINK } from '../helpers/company.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'
import { Desktop, startSimulatorFor } from '../helpers/journey.js'

/**
 * A director who signs for two companies: A, registered by them alone, and B, which waits for
 * a second director. The synthetic registry is the default one, except that B's first
 * director is A's (a person on two boards, as happens).
 */
const samples = sampleCompanies(1, 12)
const A = samples.get('one-signs')?.[5]
const B0 = samples.get('two-sign')?.[6]
const C = samples.get('one-signs')?.[6]
assert.ok(A && B0 && C)
const P = A.directors[0]
assert.ok(P)
const B: JuristicPerson = { ...B0, directors: [P, ...B0.directors.slice(1)] }

let tdb: TestDatabase
let app: FastifyInstance
let sim: EkycSimulator

before(async () => {
  tdb = await createTestDatabase()
  const config = testConfig({ IDP_SIMULATOR_PORT: String(await freePort()) })
  sim = await startSimulatorFor(config, tdb.database)
  const registry = new Map(syntheticRegistry(1))
  registry.set(B.id, B)
  app = await buildTestApp(tdb.database, {
    config,
    registry: { adapter: createSyntheticAdapter(registry), source: 'synthetic' },
  })
  await app.ready()
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

/** An empty paragraph: nothing but whitespace between <p …> and </p>. */
const EMPTY_P = /<p(\s[^>]*)?>\s*<\/p>/

async function applicationId(juristicId: string): Promise<string> {
  const a = await tdb.database.db
    .selectFrom('applications')
    .select('id')
    .where('juristic_id', '=', juristicId)
    .where('kind', '=', 'company')
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow()
  return a.id
}

describe('the DBD result and refusal pages', () => {
  it('have one <h1>: what DBD says once a company is found, the lookup when it is not', async () => {
    const d = new Desktop(app)
    await d.post(COMPANY, COMPANY, { accept: 'yes' })
    await d.post(`${COMPANY}/company`, `${COMPANY}/company`, { juristicId: A.id })
    const found = await d.get(`${COMPANY}/company`)
    assert.equal(found.body.match(/<h1[ >]/g)?.length, 1)
    assert.match(found.body, /<h1 class="heading-l" id="precheck-title">/)
    const english = await d.get(`${COMPANY}/company?lang=en`)
    assert.ok(
      english.body.includes(`<span lang="th">${A.nameTh}</span>`),
      'DBD’s Thai name read in Thai',
    )
    assert.ok(english.body.includes(`>${A.nameEn}<`))
    await d.get(`${COMPANY}/company?lang=th`)
    const closed = samples.get('closed')?.[0]
    assert.ok(closed)
    await d.post(`${COMPANY}/company`, `${COMPANY}/company`, { juristicId: closed.id })
    const refused = await d.get(`${COMPANY}/company`)
    assert.match(refused.body, /data-precheck-problems/)
    assert.equal(refused.body.match(/<h1[ >]/g)?.length, 1)
    assert.ok(
      refused.body.indexOf('<h1') < refused.body.indexOf('data-precheck-problems'),
      'the heading comes before the problems',
    )
  })
})

describe('the grantee page', () => {
  it('has no empty paragraph before the verify button', () => {
    for (const locale of ['th', 'en'] as const) {
      const html = renderToString(
        <AcceptPage
          ctx={{ locale, t: translator(locale), nonce: 'n', url: '/', simulators: false }}
          companyName="บริษัท ทดสอบ จำกัด"
          scopes={['duty_payment']}
          validFrom="2026-01-01"
          validUntil="2027-01-01"
          action="/authority/accept/x"
        />,
      )
      assert.doesNotMatch(html, EMPTY_P)
    }
  })
})

describe('a director of companies, on their account', () => {
  let bApplication = ''
  let initiator: Desktop
  let shown = ''

  it('the status page of a company waiting for a director polls for news, with no empty <p>', async () => {
    await walker.registerAlone(A, `co.${A.id}@example.com`)
    // P starts B and invites the second director; B waits.
    initiator = await walker.upToVerify(B)
    await walker.verifyIn(initiator, `${COMPANY}/verify`, `${COMPANY}/verify/start`, P.id)
    await initiator.post(`${COMPANY}/signers`, `${COMPANY}/signers`, {
      director: '1',
      'email-1': `second.${B.id}@example.com`,
    })
    const { submitKey, token } = await walker.contactAndCheck(initiator, `co.${B.id}@example.com`)
    const sent = await initiator.postWithToken(`${COMPANY}/submit`, { _csrf: token, submitKey })
    assert.equal(sent.headers.location, `${COMPANY}/status`)
    bApplication = await applicationId(B.id)

    const status = await initiator.get(`${COMPANY}/status`)
    assert.match(status.body, /data-application-status="submitted"/)
    assert.doesNotMatch(status.body, EMPTY_P)
    assert.match(status.body, /data-status-poll="\/register\/company\/status\/state"/)
    assert.match(status.body, /<script nonce="[^"]+" src="\/assets\/company-status.js"/)
    assert.doesNotMatch(status.body, /http-equiv="refresh"/, 'no meta refresh (WCAG 2.2.1)')
    assert.doesNotMatch(status.body, /data-registration-number/)
    shown = (/data-status-state="([^"]+)"/.exec(status.body)?.[1] ?? '').replaceAll('&amp;', '&')
    assert.ok(shown)

    // The poll answers the state the page shows until something changes.
    const state = await initiator.get(`${COMPANY}/status/state`)
    assert.equal(state.statusCode, 200)
    assert.equal(state.headers['cache-control'], 'no-store')
    assert.equal(JSON.parse(state.body).state, shown)
    assert.equal((await new Desktop(app).get(`${COMPANY}/status/state`)).statusCode, 404)
    assert.equal((await app.inject('/assets/company-status.js')).statusCode, 200)
  })

  it('lists the companies they sign for by name, as links, and never says "no registration yet"', async () => {
    const d = await walker.signIn(P.id)
    const account = await d.get('/account')
    assert.equal(account.statusCode, 200)
    assert.doesNotMatch(account.body, /ยังไม่มีทะเบียน</)
    assert.match(account.body, /data-no-registration="true">ท่านยังไม่มีทะเบียนในนามตนเอง/)
    const aItem = new RegExp(
      `<li data-company-state="registered"><a href="/account/company/open/${A.id}" data-company="${A.id}"><span>${A.nameTh}</span></a>`,
    )
    assert.match(account.body, aItem)
    assert.match(account.body, /ท่านเป็นกรรมการ · ลงทะเบียนแล้ว \(ใช้งานได้\)/)
    assert.match(
      account.body,
      new RegExp(
        `<li data-company-state="pending"><a href="/register/company/status\\?application=${bApplication}" data-company="${B.id}"><span>${B.nameTh}</span></a>`,
      ),
    )
    assert.match(account.body, /รอลงทะเบียน: รอกรรมการท่านอื่นยืนยันตัวตน/)

    // In English: DBD's English names, and the bank's English name in the greeting.
    const en = await d.get('/account?lang=en')
    const profile = await tdb.database.db
      .selectFrom('person_profiles as pp')
      .innerJoin('application_signers as s', 's.person_id', 'pp.person_id')
      .select(['pp.first_name_en', 'pp.first_name_th'])
      .where('s.application_id', '=', bApplication)
      .where('s.initiator', '=', true)
      .executeTakeFirstOrThrow()
    assert.ok(profile.first_name_en, 'the bank gave an English name')
    assert.match(
      en.body,
      new RegExp(`Hello <span data-person-name="true">[^<]*${profile.first_name_en}`),
    )
    assert.ok(!en.body.includes(profile.first_name_th), 'no Thai name on the English page')
    assert.ok(en.body.includes(`>${A.nameEn}<`), A.nameEn)
    assert.match(en.body, /You are a director · Registered \(Active\)/)
    assert.match(en.body, /Registration pending: waiting for the other directors to verify/)
    assert.doesNotMatch(en.body, /You have no registration yet/)

    // The pending one opens its status page; the registered one its company page.
    let res = await d.get(`${COMPANY}/status?application=${bApplication}`)
    assert.equal(res.headers.location, `${COMPANY}/status`)
    const status = await d.get(`${COMPANY}/status`)
    assert.ok(status.body.includes(B.nameTh))
    assert.match(status.body, /data-application-status="submitted"/)
    assert.match(status.body, /<strong lang="th">/, 'the directors’ Thai names read in Thai')
    res = await d.get(`/account/company/open/${A.id}`)
    assert.equal(res.headers.location, '/account/company/view')
    const company = await d.get('/account/company/view')
    assert.match(company.body, /data-acting-role="director"/)
    assert.match(company.body, /<h1 class="heading-l" lang="th">/, 'a Thai name read in Thai')
    const acted = await tdb.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'company.acting')
      .execute()
    assert.equal(acted.length, 1, 'opening from the list is audited as typing the ID is')

    // "My data" says the legal block once, and each section folds without a script.
    const mine = await d.get('/account/my-data?lang=th')
    assert.equal(mine.body.match(/data-legal/g)?.length, 1)
    const legal = mine.body.slice(
      mine.body.indexOf('<section class="pdpa-legal"'),
      mine.body.indexOf('</section>', mine.body.indexOf('<section class="pdpa-legal"')),
    )
    for (const text of [/มาตรา 24\(4\)/g, /ตลอดอายุทะเบียน และอีก 10 ปี/g, /ลบไม่ได้ขณะที่กฎหมายศุลกากร/g]) {
      const inBlock = legal.match(text)?.length ?? 0
      assert.ok(inBlock > 0, `${text} in the legal block`)
      assert.equal(mine.body.match(text)?.length, inBlock, `${text} said in the legal block only`)
    }
    const sections = mine.body.match(/<(\w+) class="pdpa-section" data-category="[a-z]+"/g) ?? []
    assert.ok(sections.length >= 8)
    assert.ok(
      sections.every((tag) => tag.startsWith('<details ')),
      sections.join(),
    )
    assert.equal(
      mine.body.match(/<summary class="pdpa-section__summary">/g)?.length,
      sections.length,
    )
    const print = await d.get('/account/my-data/print')
    assert.equal(
      print.body.match(/<details class="pdpa-section" data-category="[a-z]+" open/g)?.length,
      sections.length,
      'the print version opens every section',
    )

    // The act-for page lists the registered company by name, as a link: nothing to retype.
    const actFor = await d.get('/account/company?lang=th')
    assert.match(actFor.body, aItem)
    assert.doesNotMatch(actFor.body, /<code>\d{13}<\/code>/)
  })

  it('once the second director verifies, the poll changes and the page shows the registration number', async () => {
    const link = await walker.linkMailedTo(`second.${B.id}@example.com`, INVITE_LINK)
    await walker.verifyIn(
      new Desktop(app),
      link,
      link,
      B.directors[1]?.id ?? '',
      `${COMPANY}/signer`,
    )
    const state = await initiator.get(`${COMPANY}/status/state`)
    assert.notEqual(JSON.parse(state.body).state, shown, 'the page reloads now')
    const approved = await initiator.get(`${COMPANY}/status`)
    assert.match(approved.body, /data-application-status="approved"/)
    assert.match(approved.body, new RegExp(`data-registration-number="true">${B.id}<`))
    assert.doesNotMatch(approved.body, /data-status-poll/, 'a decided application stops polling')
    assert.doesNotMatch(approved.body, EMPTY_P)
  })

  it('opens no one else’s application from a link, signed in or not', async () => {
    const stranger = new Desktop(app)
    let res = await stranger.get(`${COMPANY}/status?application=${bApplication}`)
    assert.equal(res.statusCode, 200)
    assert.ok(!res.body.includes(B.nameTh), 'no session, no application')
    await walker.registerAlone(C, `co.${C.id}@example.com`)
    const other = await walker.signIn(C.directors[0]?.id ?? '')
    res = await other.get(`${COMPANY}/status?application=${bApplication}`)
    assert.equal(res.headers.location, `${COMPANY}/status`)
    const page = await other.get(`${COMPANY}/status`)
    assert.ok(!page.body.includes(B.nameTh), 'not a signer of B: nothing of B')
    res = await other.get(`/account/company/open/${A.id}`)
    assert.equal(res.statusCode, 403, 'not a director of A: refused as a typed ID is')
  })
})
