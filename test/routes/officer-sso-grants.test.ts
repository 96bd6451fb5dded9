import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import type { Config } from '../../src/config.js'
import { createAdministratorFromCli, OFFICER_PATHS } from '../../src/features/back-office/index.js'
import { ETHICS_PATHS } from '../../src/features/back-office/ethics/paths.js'
import {
  sampleStaffCsv,
  sampleUnitsCsv,
  staffRow,
  uploadCsv,
} from '../../src/features/ethics/test-support/directory-files.js'
import { SSO_PATHS, type OfficerTables } from '../../src/features/officers/index.js'
import {
  addOfficer,
  enrolmentFromOutbox,
  enrolThroughLink,
  freshIp,
  OfficerClient,
  signIn,
  type TestOfficer,
} from '../../src/features/officers/test-support/officers.js'
import { createPiiCrypto } from '../../src/platform/pii-crypto.js'
import { startSsoSimulator, type SsoSimulator } from '../../src/simulators/sso/index.js'
import { freePort, signInAtSimulator } from '../../src/simulators/sso/sso-simulator.test-support.js'
import { buildTestApp, testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

// A directory officer given a back-office role through the administrators' pages: the role
// waits for a second administrator (issue 15's four eyes), and until then the SSO opens only
// the officer's own acknowledgements; once approved and enrolled, the SSO asks for the TOTP code.

let tdb: TestDatabase
let app: FastifyInstance
let config: Config
let sso: SsoSimulator
const SECRET = 'sso-grants-secret-0123456789'
const EMAIL = 'shadow.five@customs.example'

async function cliAdministrator(username: string): Promise<TestOfficer> {
  const email = `${username}@customs.example`
  const crypto = createPiiCrypto({
    encryption: config.secrets.encryption,
    hmac: config.secrets.hmac,
  })
  const created = await createAdministratorFromCli(
    { db: tdb.database.db, crypto, publicBaseUrl: config.publicBaseUrl },
    { username, displayName: `Admin ${username}`, unit: 'ส่วนกลาง', email },
    { osUser: 'ops', host: 'test-host' },
  )
  const { path } = await enrolmentFromOutbox(tdb.database.db, email)
  return enrolThroughLink(app, path, username, created.officerId)
}

async function ssoLanding(): Promise<string> {
  const browser = new OfficerClient(app, freshIp())
  const start = await browser.get(SSO_PATHS.start)
  const callback = await signInAtSimulator(String(start.headers.location), sso.url, 'S000005')
  const res = await browser.get(`${callback.pathname}${callback.search}`)
  assert.equal(res.statusCode, 303)
  return String(res.headers.location)
}

before(async () => {
  tdb = await createTestDatabase()
  const port = await freePort()
  config = testConfig({
    STAFF_SSO_ISSUER: `http://127.0.0.1:${port}`,
    STAFF_SSO_CLIENT_SECRET: SECRET,
  })
  sso = await startSsoSimulator({
    issuer: `http://127.0.0.1:${port}`,
    host: '127.0.0.1',
    port,
    db: tdb.database.db,
    clients: [
      {
        client_id: config.staffSso?.clientId ?? '',
        client_secret: SECRET,
        redirect_uris: [`${config.publicBaseUrl}${SSO_PATHS.callback}`],
      },
    ],
  })
  app = await buildTestApp(tdb.database, { config })
  await app.ready()
  const loader = await signIn(
    app,
    await addOfficer(app, tdb.database.db, 'grants.loader', ['integrity_risk']),
  )
  const page = ETHICS_PATHS.directory
  await uploadCsv(app, loader, page, ETHICS_PATHS.importUnits, 'unitsFile', sampleUnitsCsv())
  const csv = sampleStaffCsv(6, (i) => (i === 5 ? staffRow(5, { email: EMAIL }) : staffRow(i)))
  await uploadCsv(app, loader, page, ETHICS_PATHS.importStaff, 'staffFile', csv)
})
after(async () => {
  await app.close()
  await sso.close()
  await tdb.close()
})

describe('back-office roles for a directory officer', () => {
  it('keep the second administrator’s approval: until then the SSO opens only the officer’s own pages', async () => {
    const one = await signIn(app, await cliAdministrator('grants.admin1'))
    const created = await one.post(OFFICER_PATHS.newOfficer, OFFICER_PATHS.newOfficer, {
      username: 'shadow.five',
      displayName: 'สมชาย5 ใจดี5',
      unit: 'B3-O1',
      email: EMAIL,
      roles: ['integrity_risk'],
    })
    assert.equal(created.statusCode, 200, created.body.slice(0, 300))
    const officer = await tdb.database.db
      .withTables<OfficerTables>()
      .selectFrom('officers')
      .select('id')
      .where('email', '=', EMAIL)
      .executeTakeFirstOrThrow()
    const roles = () =>
      tdb.database.db
        .withTables<OfficerTables>()
        .selectFrom('officer_roles')
        .select('role')
        .where('officer_id', '=', officer.id)
        .execute()
    assert.deepEqual(await roles(), [], 'a sensitive role waits for a second administrator')
    assert.equal(await ssoLanding(), '/ethics', 'a staff session only')

    const two = await signIn(app, await cliAdministrator('grants.admin2'))
    const request = await tdb.database.db
      .withTables<OfficerTables>()
      .selectFrom('officer_grant_requests')
      .select('id')
      .where('officer_id', '=', officer.id)
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow()
    const ok = await two.post(
      OFFICER_PATHS.grant(request.id),
      OFFICER_PATHS.confirmGrant(request.id),
      {
        emailConfirmed: 'yes',
      },
    )
    assert.equal(ok.statusCode, 303)
    assert.deepEqual(await roles(), [{ role: 'integrity_risk' }])
    assert.equal(await ssoLanding(), '/ethics', 'not enrolled yet: still a staff session')
    const { path } = await enrolmentFromOutbox(tdb.database.db, EMAIL)
    await enrolThroughLink(app, path, 'shadow.five', officer.id)
    assert.equal(await ssoLanding(), OFFICER_PATHS.code, 'now the back office, after the TOTP code')
  })
})
