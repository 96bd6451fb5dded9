import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import {
  addYears,
  createSyntheticLicenceRegistry,
  demoLicenceFor,
  LICENCE_RULES,
  recheckBrokerLicence,
  formatLicence,
  OTHER_HOLDERS_LICENCES,
  type BrokerRule,
} from '../../src/features/brokers/index.js'
import {
  seedBrokerCompany,
  seedBrokerPerson,
} from '../../src/features/brokers/test-support/seed.repository.js'
import type { BrokerTables } from '../../src/platform/db/schema.js'
import { isMovable } from '../../src/platform/jobs/index.js'
import { createPiiCrypto, type PiiCrypto } from '../../src/platform/pii-crypto.js'
import { withCheckDigit } from '../../src/platform/thai-id.js'
import { businessDate, formatDate } from '../../src/platform/time.js'
import { freePort } from '../../src/simulators/ekyc/ekyc-simulator.test-support.js'
import { buildTestApp, cookieJar, csrfFrom, testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

// Applying to be a customs broker (issue 24) on the real app, the licence registry asked over
// HTTP: the app listens, and LICENCE_REGISTRY_BASE_URL points at its own SIMULATOR, so every
// decision here went through the production adapter and the registry's wire.

const DAY = 86_400_000
let tdb: TestDatabase
let app: FastifyInstance
let crypto: PiiCrypto
let dataDir: string
let serial = 0
const pid = String(process.pid % 10_000).padStart(4, '0')

/** A fresh valid national ID for this run. */
function nationalId(): string {
  serial += 1
  return withCheckDigit(`37${pid}${String(serial).padStart(6, '0')}`)
}

before(async () => {
  tdb = await createTestDatabase()
  const port = await freePort()
  const config = testConfig({
    LICENCE_REGISTRY_BASE_URL: `http://127.0.0.1:${port}/simulators/licence-registry`,
    LICENCE_REGISTRY_RETRIES: '0',
  })
  crypto = createPiiCrypto({ encryption: config.secrets.encryption, hmac: config.secrets.hmac })
  dataDir = config.dataDir
  app = await buildTestApp(tdb.database, { config })
  // Tests sign a person in the way the bank's sign-in ends (their id in the session), and make
  // them act for a company as a director the way the company sign-in does after DBD's answer.
  app.get('/test/sign-in/:id', async (request, reply) => {
    request.session.set('personId', (request.params as { id: string }).id)
    return reply.send('ok')
  })
  app.get('/test/act/:jp/:role', async (request, reply) => {
    const p = request.params as { jp: string; role: 'director' | 'grantee' }
    request.session.set('acting', {
      juristicPersonId: p.jp,
      juristicId: '0000000000000',
      companyName: 'บริษัท ทดสอบ จำกัด',
      role: p.role,
      scopes: [],
      checkedAt: new Date().toISOString(),
    })
    return reply.send('ok')
  })
  await app.listen({ port, host: '127.0.0.1' })
})
after(async () => {
  await app?.close()
  await tdb?.close()
})

/** A browser signed in as this person. */
function browser(personId: string) {
  const jar = cookieJar()
  const b = {
    async get(url: string) {
      const res = await app.inject({ method: 'GET', url, headers: { cookie: jar.header() } })
      jar.take(res)
      return res
    },
    async post(url: string, form: Record<string, string>) {
      const res = await app.inject({
        method: 'POST',
        url,
        payload: new URLSearchParams(form).toString(),
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          cookie: jar.header(),
        },
      })
      jar.take(res)
      return res
    },
    /** Opens the form: its CSRF token and one-time key. */
    async form(registrationId: string) {
      const page = await b.get(`/account/registrations/${registrationId}/broker`)
      assert.equal(page.statusCode, 200, page.body.slice(0, 300))
      const key = /name="submitKey" value="([^"]+)"/.exec(page.body)?.[1]
      assert.ok(key, 'the form carries its one-time key')
      return { _csrf: csrfFrom(page.body), submitKey: key }
    },
    async apply(registrationId: string, licence: string) {
      const f = await b.form(registrationId)
      return b.post(`/account/registrations/${registrationId}/broker`, { ...f, licence })
    },
  }
  return {
    ...b,
    async signIn() {
      await b.get(`/test/sign-in/${personId}`)
      return this
    },
  }
}

async function person(status: 'ACTIVE' | 'SUSPENDED' = 'ACTIVE') {
  const id = nationalId()
  const seeded = await seedBrokerPerson(tdb.database.db, crypto, { nationalId: id, status })
  const b = await browser(seeded.personId).signIn()
  return { nationalId: id, ...seeded, b }
}

const brokersDb = () => tdb.database.db.withTables<BrokerTables>()

async function decisionsOn(registrationId: string) {
  return brokersDb()
    .selectFrom('broker_decisions')
    .selectAll()
    .where('base_registration_id', '=', registrationId)
    .execute()
}

async function brokerRegistrations(owner: { person_id?: string; juristic_person_id?: string }) {
  return tdb.database.db
    .selectFrom('registrations')
    .selectAll()
    .where('kind', '=', 'customs_broker')
    .$if(owner.person_id !== undefined, (q) => q.where('person_id', '=', owner.person_id ?? ''))
    .$if(owner.juristic_person_id !== undefined, (q) =>
      q.where('juristic_person_id', '=', owner.juristic_person_id ?? ''),
    )
    .execute()
}

async function audits(action: string, subjectId: string) {
  return tdb.database.db
    .selectFrom('audit_events')
    .selectAll()
    .where('action', '=', action)
    .where('subject_id', '=', subjectId)
    .execute()
}

/** Posts a licence and follows to the decision page; returns the page and the failed rules. */
async function decide(p: Awaited<ReturnType<typeof person>>, licence: string) {
  const res = await p.b.apply(p.registrationId, licence)
  assert.equal(res.statusCode, 303, res.body.slice(0, 500))
  const page = await p.b.get(res.headers.location as string)
  assert.equal(page.statusCode, 200)
  const failed = [...page.body.matchAll(/data-failed-rule="([^"]+)"/g)].map((m) => m[1])
  return { page, failed, location: res.headers.location as string }
}

describe('applying to be a customs broker', () => {
  it('approves a valid licence: a broker registration for 3 years from the jobs’ clock, its receipt, e-mail, history and audit', async () => {
    const clock = app.jobs.clock
    assert.ok(isMovable(clock))
    clock.advance(10 * DAY)
    const p = await person()
    const { page, failed } = await decide(p, formatLicence(demoLicenceFor(p.nationalId, 'valid')))
    assert.deepEqual(failed, [])
    assert.match(page.body, /data-outcome="approved"/)

    const [reg, ...more] = await brokerRegistrations({ person_id: p.personId })
    assert.ok(reg)
    assert.equal(more.length, 0)
    assert.equal(reg.status, 'ACTIVE')
    assert.equal(reg.channel, 'online')
    assert.equal(reg.registrant_type, 'person')
    // Decided by the jobs' clock (moved 10 days ahead), valid for exactly 3 calendar years.
    assert.ok(reg.valid_from.getTime() >= Date.now() + 9 * DAY)
    assert.ok(reg.valid_until)
    assert.equal(reg.valid_until.toISOString(), addYears(reg.valid_from, 3).toISOString())
    assert.match(
      page.body,
      new RegExp(`data-valid-until="true">${formatDate(reg.valid_until, 'th')}<`),
    )

    const [d] = await decisionsOn(p.registrationId)
    assert.ok(d)
    assert.equal(d.outcome, 'approved')
    assert.equal(d.registration_id, reg.id)
    assert.equal(d.registry_source, 'http')
    assert.equal(reg.latest_receipt_id, d.receipt_id)
    assert.equal(d.decided_at.toISOString(), reg.valid_from.toISOString())

    // The receipt verifies and says what it is about, with the end date.
    const receipt = await app.inject(`/verify/${d.receipt_id}?lang=en`)
    assert.equal(receipt.statusCode, 200)
    assert.match(receipt.body, /data-receipt-action="broker_registration"/)
    assert.match(receipt.body, new RegExp(`datetime="${reg.valid_until.toISOString()}"`, 'i'))
    assert.match(receipt.body, /The licence registry confirms the licence belongs to the applicant/)

    const history = await tdb.database.db
      .selectFrom('registration_status_history')
      .selectAll()
      .where('registration_id', '=', reg.id)
      .execute()
    assert.deepEqual(
      history.map((h) => [h.status, h.reason]),
      [['ACTIVE', 'broker-approval']],
    )
    const mail = await tdb.database.db.selectFrom('outbox').select('payload').execute()
    assert.ok(
      mail.some(
        (m) =>
          m.payload.to === 'broker@example.com' &&
          String(m.payload.text).includes(`/verify/${d.receipt_id}`),
      ),
      'the result e-mail links the receipt',
    )
    const audit = await audits('broker.decided', p.registrationId)
    assert.equal(audit.length, 1)
    assert.equal(audit[0]?.actor_id, p.personId)
    const events = await tdb.database.db
      .selectFrom('journey_events')
      .select(['journey_kind', 'event', 'step'])
      .where('journey_id', '=', d.id)
      .execute()
    assert.deepEqual(events.map((e) => [e.journey_kind, e.event, e.step]).sort(), [
      ['broker', 'decision', 'approved'],
      ['broker', 'submitted', null],
    ])

    // The account page shows the broker registration with its end date; no second application.
    const account = await p.b.get('/account')
    assert.match(account.body, new RegExp(formatDate(reg.valid_until, 'th')))
    const again = await p.b.get(`/account/registrations/${p.registrationId}/broker`)
    assert.match(again.body, /data-cannot-apply="already"/)
    assert.doesNotMatch(again.body, /name="licence"/)
  })

  const refusals: [string, (id: string) => string, BrokerRule[], RegExp][] = [
    [
      'a revoked licence',
      (id) => demoLicenceFor(id, 'revoked'),
      ['broker_licence_in_force'],
      /ใบอนุญาตถูกเพิกถอน พักใช้ หรือหมดอายุ/,
    ],
    [
      'a holder with a disqualifying record',
      (id) => demoLicenceFor(id, 'disqualified'),
      ['broker_not_disqualified'],
      /ทะเบียนใบอนุญาตมีประวัติที่เป็นเหตุต้องห้าม/,
    ],
    [
      'someone else’s licence',
      () => OTHER_HOLDERS_LICENCES[0]?.licence ?? '',
      ['broker_licence_holder'],
      /ไม่พบใบอนุญาตเลขนี้ในชื่อของท่าน/,
    ],
    [
      'a licence the registry does not know',
      () => 'CB000000000',
      ['broker_licence_holder', 'broker_licence_in_force'],
      /ไม่พบใบอนุญาตเลขนี้ในชื่อของท่าน/,
    ],
  ]
  for (const [name, licence, rules, todo] of refusals) {
    it(`refuses ${name}, naming the rule and what to do, with a receipt and no registration`, async () => {
      const p = await person()
      const { page, failed } = await decide(p, licence(p.nationalId))
      assert.deepEqual(failed, rules)
      assert.match(page.body, /data-outcome="refused"/)
      assert.match(page.body, todo)
      const [d] = await decisionsOn(p.registrationId)
      assert.equal(d?.outcome, 'refused')
      assert.equal(d?.registration_id, null)
      const receipt = await app.inject(`/verify/${d?.receipt_id ?? ''}`)
      assert.equal(receipt.statusCode, 200)
      assert.match(receipt.body, /data-receipt-action="broker_registration"/)
      assert.equal((await brokerRegistrations({ person_id: p.personId })).length, 0)
    })
  }

  it('refuses a second broker registration: a form opened before the first approval', async () => {
    const p = await person()
    const stale = await p.b.form(p.registrationId)
    await decide(p, demoLicenceFor(p.nationalId, 'valid'))
    const res = await p.b.post(`/account/registrations/${p.registrationId}/broker`, {
      ...stale,
      licence: demoLicenceFor(p.nationalId, 'valid'),
    })
    assert.equal(res.statusCode, 303)
    const page = await p.b.get(res.headers.location as string)
    assert.deepEqual(
      [...page.body.matchAll(/data-failed-rule="([^"]+)"/g)].map((m) => m[1]),
      ['broker_not_already_registered'],
    )
    assert.equal((await brokerRegistrations({ person_id: p.personId })).length, 1)
  })

  it('refuses on a registration that is not ACTIVE: no form, and a posted one is refused by the rule', async () => {
    const p = await person('SUSPENDED')
    const page = await p.b.get(`/account/registrations/${p.registrationId}/broker`)
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /data-cannot-apply="not_active"/)
    assert.doesNotMatch(page.body, /name="licence"/)
    // A form kept from before the suspension (any page's CSRF token of this session).
    const csrf = csrfFrom((await p.b.get('/simulators/licence-registry')).body)
    const res = await p.b.post(`/account/registrations/${p.registrationId}/broker`, {
      _csrf: csrf,
      submitKey: 'k'.repeat(43),
      licence: demoLicenceFor(p.nationalId, 'valid'),
    })
    assert.equal(res.statusCode, 303)
    const decision = await p.b.get(res.headers.location as string)
    assert.deepEqual(
      [...decision.body.matchAll(/data-failed-rule="([^"]+)"/g)].map((m) => m[1]),
      ['broker_base_active'],
    )
    assert.equal((await brokerRegistrations({ person_id: p.personId })).length, 0)
  })

  it('shows a mistyped licence next to the field and in the summary, keeps it, decides nothing', async () => {
    const p = await person()
    const good = demoLicenceFor(p.nationalId, 'valid')
    const typo = `${good.slice(0, 10)}${(Number(good[10]) + 1) % 10}`
    for (const [typed, message] of [
      [typo, 'เลขใบอนุญาตไม่ถูกต้องตามหลักตรวจสอบ'],
      ['12345', 'เลขใบอนุญาตต้องขึ้นต้นด้วย CB'],
      ['', 'กรอกเลขใบอนุญาตตัวแทนออกของ'],
    ] as const) {
      const f = await p.b.form(p.registrationId)
      const res = await p.b.post(`/account/registrations/${p.registrationId}/broker`, {
        ...f,
        licence: typed,
      })
      assert.equal(res.statusCode, 400)
      assert.match(res.body, /data-error-summary/)
      assert.match(res.body, new RegExp(`<a href="#licence">${message}`))
      assert.match(res.body, new RegExp(`id="licence-error"[^>]*>[^<]*(<[^>]+>)*[^<]*${message}`))
      // What was typed is kept (an empty field has an empty value).
      assert.match(
        res.body,
        typed ? new RegExp(`name="licence"[^>]*value="${typed}"`) : /name="licence"[^>]*value /,
      )
    }
    assert.equal((await decisionsOn(p.registrationId)).length, 0)
  })

  it('refuses a post without its CSRF token', async () => {
    const p = await person()
    const f = await p.b.form(p.registrationId)
    const res = await p.b.post(`/account/registrations/${p.registrationId}/broker`, {
      submitKey: f.submitKey,
      licence: demoLicenceFor(p.nationalId, 'valid'),
    })
    assert.equal(res.statusCode, 403)
    assert.equal((await decisionsOn(p.registrationId)).length, 0)
  })

  it('refuses someone else’s registration id, the same as an unknown one, and audits it', async () => {
    const me = await person()
    const other = await person()
    const csrf = csrfFrom((await me.b.get('/simulators/licence-registry')).body)
    const shown = await me.b.get(`/account/registrations/${other.registrationId}/broker`)
    assert.equal(shown.statusCode, 404)
    assert.doesNotMatch(shown.body, /name="licence"/)
    const posted = await me.b.post(`/account/registrations/${other.registrationId}/broker`, {
      _csrf: csrf,
      submitKey: 'x'.repeat(43),
      licence: demoLicenceFor(other.nationalId, 'valid'),
    })
    assert.equal(posted.statusCode, 404)
    const unknown = await me.b.get(
      '/account/registrations/00000000-0000-7000-8000-000000000000/broker',
    )
    assert.equal(unknown.statusCode, 404)
    const audit = await audits('broker.tampered', other.registrationId)
    assert.equal(audit.length, 2)
    assert.ok(audit.every((a) => a.actor_id === me.personId && a.outcome === 'refused'))
    assert.equal((await decisionsOn(other.registrationId)).length, 0)
    assert.equal((await brokerRegistrations({ person_id: other.personId })).length, 0)
    // Nor may the decision page of another's application be read.
    await decide(other, demoLicenceFor(other.nationalId, 'revoked'))
    const [d] = await decisionsOn(other.registrationId)
    const peek = await me.b.get(
      `/account/registrations/${other.registrationId}/broker/result/${d?.id ?? ''}`,
    )
    assert.equal(peek.statusCode, 404)
  })

  it('makes one registration of a double submit, one after the other or at once', async () => {
    const p = await person()
    const f = await p.b.form(p.registrationId)
    const form = { ...f, licence: demoLicenceFor(p.nationalId, 'valid') }
    const url = `/account/registrations/${p.registrationId}/broker`
    const [a, b] = await Promise.all([p.b.post(url, form), p.b.post(url, form)])
    const c = await p.b.post(url, form)
    for (const r of [a, b, c]) assert.equal(r.statusCode, 303)
    assert.equal(a.headers.location, b.headers.location)
    assert.equal(a.headers.location, c.headers.location)
    assert.equal((await decisionsOn(p.registrationId)).length, 1)
    assert.equal((await brokerRegistrations({ person_id: p.personId })).length, 1)
  })

  it('lets a director acting for the company apply, never a grantee; the public check shows the broker with its end date', async () => {
    const juristicId = withCheckDigit(`01055${pid}123`)
    const c = await seedBrokerCompany(tdb.database.db, { juristicId })
    const director = await person()
    const grantee = await person()
    await grantee.b.get(`/test/act/${c.juristicPersonId}/grantee`)
    assert.equal(
      (await grantee.b.get(`/account/registrations/${c.registrationId}/broker`)).statusCode,
      404,
    )
    await director.b.get(`/test/act/${c.juristicPersonId}/director`)
    const res = await director.b.apply(c.registrationId, demoLicenceFor(juristicId, 'valid'))
    assert.equal(res.statusCode, 303, res.body.slice(0, 300))
    const [reg] = await brokerRegistrations({ juristic_person_id: c.juristicPersonId })
    assert.ok(reg?.valid_until)
    assert.equal(reg.registrant_type, 'company')
    const [d] = await decisionsOn(c.registrationId)
    assert.equal(d?.applicant_person_id, director.personId)

    const check = await app.inject(`/check-registration?number=${juristicId}&lang=en`)
    assert.equal(check.statusCode, 200)
    assert.match(check.body, /data-registration="customs_broker"/)
    assert.match(check.body, new RegExp(formatDate(reg.valid_until, 'en')))
    const api = await app.inject(`/api/v1/registration-check?number=${juristicId}`)
    const body = JSON.stringify(api.json())
    assert.match(body, /customs_broker/)
    assert.match(body, new RegExp(`"validUntil":"${businessDate(reg.valid_until)}"`))
  })

  it('decides nothing while the licence registry cannot be reached, keeping what was typed', async () => {
    // The same data folder: the same secrets (signing key, encryption) as the app above.
    const config = testConfig({
      DATA_DIR: dataDir,
      LICENCE_REGISTRY_BASE_URL: 'http://127.0.0.1:9/registry',
      LICENCE_REGISTRY_RETRIES: '0',
    })
    const down = await buildTestApp(tdb.database, { config })
    down.get('/test/sign-in/:id', async (request, reply) => {
      request.session.set('personId', (request.params as { id: string }).id)
      return reply.send('ok')
    })
    await down.ready()
    try {
      const id = nationalId()
      const seeded = await seedBrokerPerson(tdb.database.db, crypto, { nationalId: id })
      const jar = cookieJar()
      const get = async (url: string) => {
        const res = await down.inject({ url, headers: { cookie: jar.header() } })
        jar.take(res)
        return res
      }
      await get(`/test/sign-in/${seeded.personId}`)
      const url = `/account/registrations/${seeded.registrationId}/broker`
      const form = await get(url)
      const typed = formatLicence(demoLicenceFor(id, 'valid'))
      const res = await down.inject({
        method: 'POST',
        url,
        payload: new URLSearchParams({
          _csrf: csrfFrom(form.body),
          submitKey: /name="submitKey" value="([^"]+)"/.exec(form.body)?.[1] ?? '',
          licence: typed,
        }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
      })
      assert.equal(res.statusCode, 503)
      assert.match(res.body, /data-error-summary/)
      assert.match(res.body, /ติดต่อทะเบียนใบอนุญาตตัวแทนออกของไม่ได้/)
      assert.match(res.body, new RegExp(`name="licence"[^>]*value="${typed}"`))
      assert.equal((await decisionsOn(seeded.registrationId)).length, 0)
      assert.equal((await brokerRegistrations({ person_id: seeded.personId })).length, 0)
    } finally {
      await down.close()
    }
  })

  it('the registry SIMULATOR speaks the wire: a checked body, and nothing without its key when one is set', async () => {
    const url = '/simulators/licence-registry/v1/licence-checks'
    const holderId = nationalId()
    const ok = await app.inject({
      method: 'POST',
      url,
      payload: { licenceNumber: demoLicenceFor(holderId, 'revoked'), holderId },
    })
    assert.equal(ok.statusCode, 200)
    assert.deepEqual(ok.json().licence, { status: 'revoked', holderMatches: true })
    const bad = await app.inject({
      method: 'POST',
      url,
      payload: { licenceNumber: 'CB123', holderId },
    })
    assert.equal(bad.statusCode, 400)
    const keyed = await buildTestApp(tdb.database, {
      config: testConfig({ DATA_DIR: dataDir, LICENCE_REGISTRY_API_KEY: 'the-registry-key' }),
    })
    try {
      const refused = await keyed.inject({
        method: 'POST',
        url,
        payload: { licenceNumber: demoLicenceFor(holderId, 'valid'), holderId },
      })
      assert.equal(refused.statusCode, 401)
    } finally {
      await keyed.close()
    }
  })

  it('re-checks an approved broker’s licence for a renewal: the same rules from a fresh answer', async () => {
    const p = await person()
    await decide(p, demoLicenceFor(p.nationalId, 'valid'))
    const [reg] = await brokerRegistrations({ person_id: p.personId })
    assert.ok(reg)
    const deps = { db: tdb.database.db, crypto, licences: createSyntheticLicenceRegistry() }
    const again = await recheckBrokerLicence(deps, reg.id)
    assert.equal(again.status, 'answered')
    assert.deepEqual(
      again.status === 'answered' ? again.results.map((r) => [r.rule, r.passed]) : [],
      LICENCE_RULES.map((r) => [r, true]),
    )
    assert.deepEqual(await recheckBrokerLicence(deps, p.registrationId), { status: 'unknown' })
    const down = {
      ...deps,
      licences: {
        source: 'http' as const,
        check: () => Promise.resolve({ status: 'unavailable' as const, reason: 'test' }),
      },
    }
    assert.deepEqual(await recheckBrokerLicence(down, reg.id), { status: 'unavailable' })
  })

  it('publishes its rules', async () => {
    const page = await app.inject('/rules/customs-broker?lang=en')
    assert.equal(page.statusCode, 200)
    for (const rule of [
      'broker_base_active',
      'broker_licence_check_digit',
      'broker_licence_holder',
      'broker_licence_in_force',
      'broker_not_disqualified',
      'broker_not_already_registered',
    ])
      assert.match(page.body, new RegExp(`data-rule="${rule}"`))
    assert.match(page.body, /No disqualifying record in the licence registry/)
  })
})
