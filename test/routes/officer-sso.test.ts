import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { OFFICER_PATHS } from '../../src/features/back-office/index.js'
import { ETHICS_PATHS } from '../../src/features/back-office/ethics/paths.js'
import {
  sampleStaffCsv,
  sampleUnitsCsv,
  staffNumber,
  staffRow,
  uploadCsv,
} from '../../src/features/ethics/test-support/directory-files.js'
import {
  createStaffRelyingParty,
  SSO_PATHS,
  type StaffRelyingParty,
} from '../../src/features/officers/index.js'
import {
  addOfficer,
  freshIp,
  OfficerClient,
  signIn,
  nextCode,
  type TestOfficer,
} from '../../src/features/officers/test-support/officers.js'
import type { Config } from '../../src/config.js'
import type { OfficerTables } from '../../src/features/officers/index.js'
import { startSsoSimulator, type SsoSimulator } from '../../src/simulators/sso/index.js'
import { freePort, signInAtSimulator } from '../../src/simulators/sso/sso-simulator.test-support.js'
import { buildTestApp, testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

let tdb: TestDatabase
let app: FastifyInstance
let config: Config
let sso: SsoSimulator
let other: SsoSimulator
let integrity: TestOfficer
const SECRET = 'sso-test-secret-0123456789'

/** Starts the sign-in in a browser; returns the simulator URL it was sent to. */
async function start(client: OfficerClient): Promise<string> {
  const res = await client.get(SSO_PATHS.start)
  assert.equal(res.statusCode, 303)
  const location = String(res.headers.location)
  assert.ok(location.startsWith(sso.url), location)
  return location
}

const callbackPath = (url: URL) => `${url.pathname}${url.search}`

before(async () => {
  tdb = await createTestDatabase()
  const [port, otherPort] = [await freePort(), await freePort()]
  const issuer = `http://127.0.0.1:${port}`
  config = testConfig({ STAFF_SSO_ISSUER: issuer, STAFF_SSO_CLIENT_SECRET: SECRET })
  const redirect = `${config.publicBaseUrl}${SSO_PATHS.callback}`
  const clients = [
    {
      client_id: config.staffSso?.clientId ?? '',
      client_secret: SECRET,
      redirect_uris: [redirect],
    },
    { client_id: 'another-app', client_secret: SECRET, redirect_uris: [redirect] },
  ]
  const db = tdb.database.db
  sso = await startSsoSimulator({ issuer, host: '127.0.0.1', port, db, clients })
  other = await startSsoSimulator({
    issuer: `http://127.0.0.1:${otherPort}`,
    host: '127.0.0.1',
    port: otherPort,
    db,
    clients,
  })
  app = await buildTestApp(tdb.database, { config })
  await app.ready()
  integrity = await addOfficer(app, db, 'sso.integrity', ['integrity_risk'])
  // The integrity officer's address confirmed, as the command line's break-glass account is
  // (a second administrator confirms every other address: back-office-grants.test.ts).
  await db
    .withTables<OfficerTables>()
    .updateTable('officers')
    .set({ email_confirmed_at: new Date() })
    .where('id', '=', integrity.id)
    .execute()
  const c = await signIn(app, await addOfficer(app, db, 'sso.loader', ['integrity_risk']))
  await uploadCsv(
    app,
    c,
    ETHICS_PATHS.directory,
    ETHICS_PATHS.importUnits,
    'unitsFile',
    sampleUnitsCsv(),
  )
  // S000007 is the integrity officer (same confirmed address); S000002 has left.
  const csv = sampleStaffCsv(10, (i) =>
    i === 7
      ? staffRow(7, { email: 'sso.integrity@customs.example' })
      : i === 2
        ? staffRow(2, { status: 'left' })
        : staffRow(i),
  )
  await uploadCsv(app, c, ETHICS_PATHS.directory, ETHICS_PATHS.importStaff, 'staffFile', csv)
})
after(async () => {
  await app.close()
  await sso.close()
  await other.close()
  await tdb.close()
})

describe("the officers' password sign-in page", () => {
  it("links to the agency's sign-on when it is configured, in Thai and English", async () => {
    const browser = new OfficerClient(app, freshIp())
    const th = await browser.get(OFFICER_PATHS.signIn)
    const en = await browser.get(`${OFFICER_PATHS.signIn}?lang=en`)
    assert.equal(th.statusCode, 200)
    const link = /<a [^>]*href="([^"]+)" data-sso-link[^>]*>([^<]+)<\/a>/
    assert.equal(link.exec(th.body)?.[2], 'เข้าสู่ระบบด้วยบัญชีเจ้าหน้าที่ของกรม')
    assert.equal(link.exec(en.body)?.[2], "Sign in with the agency's officer account")
    // The link starts the SSO sign-in: the browser is sent to the agency's sign-on.
    const href = link.exec(th.body)?.[1] ?? ''
    assert.equal(href, SSO_PATHS.start)
    const started = await browser.get(href)
    assert.equal(started.statusCode, 303)
    assert.ok(String(started.headers.location).startsWith(sso.url))
  })

  it('shows no such link where the SSO is not configured', async () => {
    const without = await buildTestApp(tdb.database, { config: { ...config, staffSso: undefined } })
    try {
      await without.ready()
      const res = await new OfficerClient(without, freshIp()).get(OFFICER_PATHS.signIn)
      assert.equal(res.statusCode, 200)
      assert.match(res.body, /name="password"/)
      assert.doesNotMatch(res.body, /data-sso-link|\/officer\/sso/)
      assert.equal((await without.inject(SSO_PATHS.start)).statusCode, 404)
    } finally {
      await without.close()
    }
  })
})

describe("officers' sign-in through the agency's SSO", () => {
  it('signs a directory officer without a role in to their own acknowledgements only', async () => {
    const browser = new OfficerClient(app, freshIp())
    const url = await start(browser)
    const callback = await signInAtSimulator(url, sso.url, staffNumber(3))
    const res = await browser.get(callbackPath(callback))
    assert.equal(res.statusCode, 303, res.body.slice(0, 300))
    assert.equal(res.headers.location, '/ethics')
    const mine = await browser.get('/ethics')
    assert.equal(mine.statusCode, 200)
    assert.match(mine.body, new RegExp(`data-staff="${staffNumber(3)}"`))
    const backOffice = await browser.get(OFFICER_PATHS.home)
    assert.equal(backOffice.statusCode, 303, 'no back office for a staff session')
    assert.equal(backOffice.headers.location, OFFICER_PATHS.signIn)
  })

  it('still asks a back-office officer for their TOTP code (amr is not trusted by default)', async () => {
    const browser = new OfficerClient(app, freshIp())
    const callback = await signInAtSimulator(await start(browser), sso.url, staffNumber(7), {
      mfa: true,
    })
    const res = await browser.get(callbackPath(callback))
    assert.equal(res.headers.location, OFFICER_PATHS.code)
    assert.equal((await browser.get(OFFICER_PATHS.home)).statusCode, 303)
    const code = await browser.post(OFFICER_PATHS.code, OFFICER_PATHS.code, {
      code: nextCode(integrity),
    })
    assert.equal(code.headers.location, OFFICER_PATHS.home)
    assert.equal((await browser.get(ETHICS_PATHS.campaigns)).statusCode, 200)
  })

  it('refuses a leaver and a staff number the directory does not hold', async () => {
    for (const number of [staffNumber(2), 'ZZ999']) {
      const browser = new OfficerClient(app, freshIp())
      const callback = await signInAtSimulator(await start(browser), sso.url, number)
      const res = await browser.get(callbackPath(callback))
      assert.equal(res.statusCode, 403)
      assert.equal((await browser.get('/ethics')).headers.location, SSO_PATHS.start)
    }
  })

  it('fails closed on a forged state, a replayed callback, and a callback without a request', async () => {
    const browser = new OfficerClient(app, freshIp())
    const callback = await signInAtSimulator(await start(browser), sso.url, staffNumber(3))
    const forged = new URL(callback)
    forged.searchParams.set('state', 'forged-state-value')
    assert.equal((await browser.get(callbackPath(forged))).statusCode, 400)
    assert.equal((await browser.get(callbackPath(callback))).statusCode, 400, 'one use only')
    const stranger = new OfficerClient(app, freshIp())
    assert.equal((await stranger.get(callbackPath(callback))).statusCode, 400)
    const refusals = await tdb.database.db
      .selectFrom('audit_events')
      .select('data')
      .where('action', '=', 'officer.sso_refused')
      .execute()
    assert.ok(refusals.length >= 3)
  })
})

describe("the officers' relying party", () => {
  const redirect = () => `${config.publicBaseUrl}${SSO_PATHS.callback}`
  const checks = { state: 's'.repeat(43), nonce: 'n'.repeat(43), verifier: 'v'.repeat(43) }
  const rp = (over: Partial<NonNullable<Config['staffSso']>> = {}, skew = 0): StaffRelyingParty => {
    const base = config.staffSso
    assert.ok(base)
    return createStaffRelyingParty({ ...base, ...over }, redirect(), skew)
  }

  it('accepts the real answer and reads the staff number and amr', async () => {
    const url = await rp().authorizationUrl(checks)
    const identity = await rp().complete(
      await signInAtSimulator(url, sso.url, staffNumber(4), { mfa: true }),
      checks,
    )
    assert.equal(identity.claims.staff_number, staffNumber(4))
    assert.deepEqual(identity.amr, ['pwd', 'otp'])
  })

  it('refuses an answer from another issuer', async () => {
    const url = await rp().authorizationUrl(checks)
    const callback = await signInAtSimulator(url, sso.url, staffNumber(4))
    await assert.rejects(rp({ issuer: other.url }).complete(callback, checks), {
      name: 'SsoResponseError',
    })
  })

  it('refuses a code issued to another client (another audience)', async () => {
    const url = await rp({ clientId: 'another-app' }).authorizationUrl(checks)
    const callback = await signInAtSimulator(url, sso.url, staffNumber(4))
    await assert.rejects(rp().complete(callback, checks), { name: 'SsoResponseError' })
  })

  it('refuses an expired ID token', async () => {
    const url = await rp().authorizationUrl(checks)
    const callback = await signInAtSimulator(url, sso.url, staffNumber(4))
    // This machine's clock eleven minutes ahead: the ten-minute ID token has expired.
    await assert.rejects(rp({}, 11 * 60).complete(callback, checks), { name: 'SsoResponseError' })
  })

  it('refuses a wrong nonce', async () => {
    const url = await rp().authorizationUrl(checks)
    const callback = await signInAtSimulator(url, sso.url, staffNumber(4))
    await assert.rejects(rp().complete(callback, { ...checks, nonce: 'x'.repeat(43) }), {
      name: 'SsoResponseError',
    })
  })
})
