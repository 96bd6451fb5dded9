import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { createAdministratorFromCli, OFFICER_PATHS } from '../../src/features/back-office/index.js'
import {
  approveGrantRequest,
  GrantFourEyesError,
} from '../../src/features/back-office/officer-admin/grants.service.js'
import type { OfficerTables } from '../../src/features/officers/schema.js'
import {
  enrolmentFromOutbox,
  enrolThroughLink,
  freshIp,
  OfficerClient,
  signIn,
  type TestOfficer,
} from '../../src/features/officers/test-support/officers.js'
import { createPiiCrypto } from '../../src/platform/pii-crypto.js'
import { buildTestApp, csrfFrom, testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

// Issue 15, finding 2: one administrator made two registry accounts, enrolled both through the
// links shown to them, and revealed IDs and registered at the counter alone. Now the links go to
// the officers' mailboxes only, and every sensitive grant waits for a second administrator.

/** The administrator's browser, keeping every page it was sent. */
class RecordingClient extends OfficerClient {
  readonly bodies: string[] = []
  override async get(url: string): Promise<LightMyRequestResponse> {
    const res = await super.get(url)
    this.bodies.push(res.body)
    return res
  }
  override async postWithToken(
    action: string,
    form: Record<string, string | string[]>,
  ): Promise<LightMyRequestResponse> {
    const res = await super.postWithToken(action, form)
    this.bodies.push(res.body)
    return res
  }
}

let tdb: TestDatabase
let app: FastifyInstance
let adminOne: TestOfficer
let one: RecordingClient
/** The made-up registry officer, signed in through a mailbox the administrator reads. */
let shadow: OfficerClient
const config = testConfig()
const crypto = createPiiCrypto({ encryption: config.secrets.encryption, hmac: config.secrets.hmac })
const deps = () => ({ db: tdb.database.db, crypto, publicBaseUrl: config.publicBaseUrl })

/** An administrator from a CLI run, enrolled from the e-mail in the outbox. */
async function cliAdministrator(username: string): Promise<TestOfficer> {
  const email = `${username}@customs.example`
  const created = await createAdministratorFromCli(
    deps(),
    { username, displayName: `Admin ${username}`, unit: 'ส่วนกลาง', email },
    { osUser: 'ops', host: 'test-host' },
  )
  const { path } = await enrolmentFromOutbox(tdb.database.db, email)
  return enrolThroughLink(app, path, username, created.officerId)
}

async function rolesOf(officerId: string) {
  return tdb.database.db
    .withTables<OfficerTables>()
    .selectFrom('officer_roles')
    .select(['role', 'granted_by', 'approved_by'])
    .where('officer_id', '=', officerId)
    .execute()
}

async function requestFor(officerId: string) {
  return tdb.database.db
    .withTables<OfficerTables>()
    .selectFrom('officer_grant_requests')
    .selectAll()
    .where('officer_id', '=', officerId)
    .orderBy('requested_at', 'desc')
    .executeTakeFirstOrThrow()
}

async function officerId(username: string): Promise<string> {
  const row = await tdb.database.db
    .withTables<OfficerTables>()
    .selectFrom('officers')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow()
  return row.id
}

async function audit(action: string, subjectId: string) {
  return tdb.database.db
    .selectFrom('audit_events')
    .select(['actor_id', 'actor_type', 'actor_role', 'outcome', 'data'])
    .where('action', '=', action)
    .where('subject_id', '=', subjectId)
    .orderBy('seq')
    .execute()
}

/** The administrator creates an officer through the form. */
async function createThroughForm(c: OfficerClient, username: string, roles: string[]) {
  return c.post(OFFICER_PATHS.newOfficer, OFFICER_PATHS.newOfficer, {
    username,
    displayName: `Shadow ${username}`,
    unit: 'ฝ่ายทะเบียน',
    email: `${username}@customs.example`,
    roles,
  })
}

before(async () => {
  tdb = await createTestDatabase()
  app = await buildTestApp(tdb.database, { config })
  await app.ready()
  adminOne = await cliAdministrator('admin.one')
  one = new RecordingClient(app, freshIp())
  await signIn(app, adminOne, one)
})
after(async () => {
  await app.close()
  await tdb.close()
})

describe('the shadow-account scenario: one administrator alone', () => {
  it('never shows the enrolment links, and the registry roles wait for a second administrator', async () => {
    for (const username of ['shadow.one', 'shadow.two']) {
      const res = await createThroughForm(one, username, ['registry_officer'])
      assert.equal(res.statusCode, 200)
      assert.match(res.body, /s•••@customs\.example/)
      assert.match(res.body, /data-grant-waiting/)
      assert.match(res.body, /มีผู้ดูแลระบบที่ใช้งานได้เพียงท่านเดียว/)
    }
    await one.get(OFFICER_PATHS.officers)
    await one.get(OFFICER_PATHS.grants)
    for (const username of ['shadow.one', 'shadow.two']) {
      const id = await officerId(username)
      await one.get(OFFICER_PATHS.officer(id))
      const { token } = await enrolmentFromOutbox(tdb.database.db, `${username}@customs.example`)
      assert.ok(
        one.bodies.every((b) => !b.includes(token) && !b.includes('/officer/enrol?token')),
        'no page the administrator was sent holds an enrolment link',
      )
      assert.deepEqual(await rolesOf(id), [], 'no role before a second administrator approves')
      const request = await requestFor(id)
      assert.equal(request.status, 'pending')
      assert.deepEqual(request.roles, ['registry_officer'])
      assert.equal(request.requested_by, adminOne.id)
    }
  })

  it('even holding the mailboxes, the made-up officers can reveal nothing', async () => {
    // The worst case: the administrator reads the shadow mailboxes too.
    const id = await officerId('shadow.one')
    const { path } = await enrolmentFromOutbox(tdb.database.db, 'shadow.one@customs.example')
    shadow = await signIn(app, await enrolThroughLink(app, path, 'shadow.one', id))
    assert.equal((await shadow.get(OFFICER_PATHS.registry)).statusCode, 403)
    assert.equal((await shadow.get(OFFICER_PATHS.newCounter)).statusCode, 403)
  })

  it('refuses the administrator approving their own request, on the route and in the service, and audits it', async () => {
    const id = await officerId('shadow.one')
    const request = await requestFor(id)
    const page = await one.get(OFFICER_PATHS.grant(request.id))
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /ท่านเป็นผู้ยื่นคำขอนี้/)
    assert.doesNotMatch(page.body, new RegExp(OFFICER_PATHS.confirmGrant(request.id)))
    // They forge the approval with a valid token from the page.
    const forged = await one.postWithToken(OFFICER_PATHS.confirmGrant(request.id), {
      _csrf: csrfFrom(page.body),
      emailConfirmed: 'yes',
    })
    assert.equal(forged.statusCode, 403)
    assert.match(forged.body, /data-grant-notice="fourEyes"/)
    await assert.rejects(
      approveGrantRequest(
        deps(),
        { officerId: adminOne.id, roles: ['administrator'], requestId: 'test', ip: '127.0.0.1' },
        request.id,
      ),
      GrantFourEyesError,
    )
    const refusals = await audit('officer.four_eyes_refused', id)
    assert.equal(refusals.length, 2)
    assert.ok(
      refusals.every(
        (r) =>
          r.actor_id === adminOne.id && r.outcome === 'refused' && r.data.requestId === request.id,
      ),
    )
    assert.equal((await requestFor(id)).status, 'pending')
    assert.deepEqual(await rolesOf(id), [])
  })

  it('lets one administrator alone grant a role that sees no personal data', async () => {
    const res = await createThroughForm(one, 'plain.auditor', ['auditor'])
    assert.equal(res.statusCode, 200)
    assert.doesNotMatch(res.body, /data-grant-waiting/)
    const id = await officerId('plain.auditor')
    assert.deepEqual(
      (await rolesOf(id)).map((r) => r.role),
      ['auditor'],
    )
  })

  it('sends a reset enrolment to the officer’s address, not to the screen', async () => {
    const id = await officerId('shadow.two')
    const before = await enrolmentFromOutbox(tdb.database.db, 'shadow.two@customs.example')
    const res = await one.post(OFFICER_PATHS.officer(id), OFFICER_PATHS.resetOfficer(id), {})
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /data-enrolment-sent/)
    const after = await enrolmentFromOutbox(tdb.database.db, 'shadow.two@customs.example')
    assert.notEqual(after.token, before.token)
    assert.ok(!res.body.includes(after.token))
    assert.equal((await new OfficerClient(app, freshIp()).get(before.path)).statusCode, 404)
  })
})

describe('a second administrator, from a second CLI run', () => {
  let adminTwo: TestOfficer
  let two: OfficerClient

  before(async () => {
    adminTwo = await cliAdministrator('admin.two')
    two = await signIn(app, adminTwo)
  })

  it('approves only after confirming the officer’s address; the grant then works', async () => {
    const id = await officerId('shadow.one')
    const request = await requestFor(id)
    const list = await two.get(OFFICER_PATHS.grants)
    assert.match(list.body, new RegExp(OFFICER_PATHS.grant(request.id)))
    const unticked = await two.post(
      OFFICER_PATHS.grant(request.id),
      OFFICER_PATHS.confirmGrant(request.id),
      {},
    )
    assert.equal(unticked.statusCode, 400)
    assert.match(unticked.body, /href="#emailConfirmed"/)
    assert.match(unticked.body, /<title>ข้อผิดพลาด: /)
    const ok = await two.post(
      OFFICER_PATHS.grant(request.id),
      OFFICER_PATHS.confirmGrant(request.id),
      {
        emailConfirmed: 'yes',
      },
    )
    assert.equal(ok.statusCode, 303)
    assert.deepEqual(await rolesOf(id), [
      { role: 'registry_officer', granted_by: adminOne.id, approved_by: adminTwo.id },
    ])
    const officer = await tdb.database.db
      .withTables<OfficerTables>()
      .selectFrom('officers')
      .select(['email', 'email_confirmed_by'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    assert.deepEqual(officer, {
      email: 'shadow.one@customs.example',
      email_confirmed_by: adminTwo.id,
    })
    const [approved] = await audit('officer.grant_approved', id)
    assert.equal(approved?.actor_id, adminTwo.id)
    assert.equal(approved?.data.requestedBy, adminOne.id)
    // The same session: roles are read at every request.
    assert.equal((await shadow.get(OFFICER_PATHS.registry)).statusCode, 200)
  })

  it('refuses the officer concerned deciding a request about themselves', async () => {
    const res = await one.post(
      OFFICER_PATHS.officer(adminTwo.id),
      OFFICER_PATHS.officer(adminTwo.id),
      {
        unit: 'ส่วนกลาง',
        email: 'admin.two@customs.example',
        roles: ['administrator', 'data_protection'],
        status: 'active',
      },
    )
    assert.equal(res.headers.location, OFFICER_PATHS.officers)
    const request = await requestFor(adminTwo.id)
    assert.deepEqual(request.roles, ['data_protection'])
    const forged = await two.post(
      OFFICER_PATHS.grant(request.id),
      OFFICER_PATHS.confirmGrant(request.id),
      {
        emailConfirmed: 'yes',
      },
    )
    assert.equal(forged.statusCode, 403)
    const [refusal] = await audit('officer.four_eyes_refused', adminTwo.id)
    assert.equal(refusal?.data.own, true)
    assert.deepEqual(
      (await rolesOf(adminTwo.id)).map((r) => r.role),
      ['administrator'],
    )
  })

  it('keeps a change of address waiting too, and tells the old address once approved', async () => {
    const id = await officerId('shadow.one')
    await one.post(OFFICER_PATHS.officer(id), OFFICER_PATHS.officer(id), {
      unit: 'ฝ่ายทะเบียน',
      email: 'moved@customs.example',
      roles: ['registry_officer'],
      status: 'active',
    })
    const request = await requestFor(id)
    assert.equal(request.status, 'pending')
    assert.equal(request.email_before, 'shadow.one@customs.example')
    const page = await one.get(OFFICER_PATHS.officer(id))
    assert.match(page.body, /shadow\.one@customs\.example \(ยืนยันแล้ว\)/)
    const ok = await two.post(
      OFFICER_PATHS.grant(request.id),
      OFFICER_PATHS.confirmGrant(request.id),
      {
        emailConfirmed: 'yes',
      },
    )
    assert.equal(ok.statusCode, 303)
    const told = await tdb.database.db
      .selectFrom('outbox')
      .select('payload')
      .orderBy('created_at', 'desc')
      .limit(5)
      .execute()
    assert.ok(told.some((r) => r.payload.to === 'shadow.one@customs.example'))
  })

  it('declines: nothing changes', async () => {
    const id = await officerId('shadow.two')
    const request = await requestFor(id)
    const res = await two.post(
      OFFICER_PATHS.grant(request.id),
      OFFICER_PATHS.declineGrant(request.id),
      {},
    )
    assert.equal(res.statusCode, 303)
    assert.equal((await requestFor(id)).status, 'declined')
    assert.deepEqual(await rolesOf(id), [])
  })
})
