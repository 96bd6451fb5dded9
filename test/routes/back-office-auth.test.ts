import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { createAdministratorFromCli, OFFICER_PATHS } from '../../src/features/back-office/index.js'
import { updateOfficer } from '../../src/features/back-office/officer-admin/admin.service.js'
import { secretDigest, totpCode } from '../../src/features/officers/credentials.js'
import { insertOfficer } from '../../src/features/officers/officer-writes.repository.js'
import type { OfficerTables } from '../../src/features/officers/schema.js'
import {
  addOfficer,
  enrolmentFromOutbox,
  enrolThroughLink,
  freshIp,
  nextCode,
  OfficerClient,
  signIn,
  type TestOfficer,
} from '../../src/features/officers/test-support/officers.js'
import { ForbiddenError } from '../../src/platform/errors.js'
import { randomToken } from '../../src/platform/ids.js'
import { createPiiCrypto } from '../../src/platform/pii-crypto.js'
import { buildTestApp, testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

let tdb: TestDatabase
let app: FastifyInstance
let admin: TestOfficer
/** The administrator signs in once: a TOTP code works once, so sign-ins are few. */
let adminClient: OfficerClient
const config = testConfig()
const crypto = createPiiCrypto({ encryption: config.secrets.encryption, hmac: config.secrets.hmac })

before(async () => {
  tdb = await createTestDatabase()
  app = await buildTestApp(tdb.database, { config })
  await app.ready()
  const created = await createAdministratorFromCli(
    { db: tdb.database.db, crypto, publicBaseUrl: config.publicBaseUrl },
    {
      username: 'first.admin',
      displayName: 'ผู้ดูแลคนแรก',
      unit: 'ส่วนกลาง',
      email: 'first.admin@customs.example',
    },
    { osUser: 'test', host: null },
  )
  const link = await enrolmentFromOutbox(tdb.database.db, 'first.admin@customs.example')
  admin = await enrolThroughLink(app, link.path, 'first.admin', created.officerId)
  adminClient = await signIn(app, admin)
})
after(async () => {
  await app.close()
  await tdb.close()
})

async function auditRows(action: string, subjectId?: string) {
  let q = tdb.database.db
    .selectFrom('audit_events as e')
    .leftJoin('audit_event_details as d', 'd.event_id', 'e.id')
    .select([
      'e.action',
      'e.actor_id',
      'e.actor_role',
      'e.outcome',
      'e.subject_id',
      'e.data',
      'd.reason',
      'd.ip',
    ])
    .where('e.action', '=', action)
  if (subjectId) q = q.where('e.subject_id', '=', subjectId)
  return q.orderBy('e.seq').execute()
}

describe('officer enrolment', () => {
  it('refuses a second use of the enrolment link and a made-up one', async () => {
    const c = new OfficerClient(app, freshIp())
    const bogus = await c.get(OFFICER_PATHS.enrolLink('x'.repeat(43)))
    assert.equal(bogus.statusCode, 404)
    assert.match(bogus.body, /ลิงก์ตั้งค่าบัญชีใช้ไม่ได้/)
  })

  it('asks for a long enough password, typed twice the same', async () => {
    const token = randomToken()
    await tdb.database.db.transaction().execute((trx) =>
      insertOfficer(trx, {
        username: 'reg.password',
        displayName: 'x',
        unit: 'x',
        roles: ['help_desk'],
        createdBy: null,
        enrolmentTokenHash: secretDigest(token),
        enrolmentExpiresAt: new Date(Date.now() + 60_000),
      }),
    )
    const c = new OfficerClient(app, freshIp())
    await c.get(OFFICER_PATHS.enrolLink(token))
    const short = await c.post(OFFICER_PATHS.enrolPassword, OFFICER_PATHS.enrolPassword, {
      password: 'short',
      confirm: 'short',
    })
    assert.equal(short.statusCode, 400)
    assert.match(short.body, /href="#password">รหัสผ่านต้องมีอย่างน้อย 12 ตัวอักษร/)
    const mismatch = await c.post(OFFICER_PATHS.enrolPassword, OFFICER_PATHS.enrolPassword, {
      password: 'a long enough passphrase',
      confirm: 'a long enough passphrasE',
    })
    assert.match(mismatch.body, /href="#confirm"/)
    const named = await c.post(OFFICER_PATHS.enrolPassword, OFFICER_PATHS.enrolPassword, {
      password: 'my name is reg.password',
      confirm: 'my name is reg.password',
    })
    assert.match(named.body, /href="#password"/)
    // Until a password is chosen, the authenticator step sends the officer back.
    assert.equal(
      (await c.get(OFFICER_PATHS.enrolAuthenticator)).headers.location,
      OFFICER_PATHS.enrolPassword,
    )
  })
})

describe('officer sign-in', () => {
  it('signs in with password and TOTP, with a new session id at each step', async () => {
    const officer = await addOfficer(app, tdb.database.db, 'reg.fixation', ['registry_officer'])
    const c = new OfficerClient(app, freshIp())
    const page = await c.get(OFFICER_PATHS.signIn)
    assert.equal(page.statusCode, 200)
    const planted = c.sessionId()
    assert.ok(planted, 'the sign-in form has a session (CSRF)')
    const pw = await c.post(OFFICER_PATHS.signIn, OFFICER_PATHS.signIn, {
      username: 'REG.FIXATION',
      password: officer.password,
    })
    assert.equal(pw.headers.location, OFFICER_PATHS.code)
    const afterPassword = c.sessionId()
    assert.notEqual(afterPassword, planted, 'new session id after the password')
    // Half signed in: the back office is still closed.
    assert.equal((await c.get(OFFICER_PATHS.home)).headers.location, OFFICER_PATHS.signIn)
    const code = await c.post(OFFICER_PATHS.code, OFFICER_PATHS.code, { code: nextCode(officer) })
    assert.equal(code.headers.location, OFFICER_PATHS.home)
    assert.notEqual(c.sessionId(), afterPassword, 'new session id after the second factor')
    const home = await c.get(OFFICER_PATHS.home)
    assert.equal(home.statusCode, 200)
    assert.match(home.body, /เจ้าหน้าที่ทะเบียน/)
    // The planted id is worth nothing now.
    const attacker = await app.inject({
      url: OFFICER_PATHS.home,
      headers: { cookie: `ctp_sid=${planted}` },
    })
    assert.equal(attacker.headers.location, OFFICER_PATHS.signIn)
    const signedIn = await auditRows('officer.signed_in', officer.id)
    assert.equal(signedIn.length, 1)
    assert.equal(signedIn[0]?.actor_role, 'registry_officer')
  })

  it('gives the same answer for an unknown name and a wrong password', async () => {
    await addOfficer(app, tdb.database.db, 'reg.wrongpw', ['registry_officer'])
    const c = new OfficerClient(app, freshIp())
    const wrong = await c.post(OFFICER_PATHS.signIn, OFFICER_PATHS.signIn, {
      username: 'reg.wrongpw',
      password: 'not the password at all',
    })
    const unknown = await c.post(OFFICER_PATHS.signIn, OFFICER_PATHS.signIn, {
      username: 'nobody.here',
      password: 'not the password at all',
    })
    assert.equal(wrong.statusCode, 401)
    assert.equal(unknown.statusCode, 401)
    const message = (body: string) => /<a href="#username">([^<]+)<\/a>/.exec(body)?.[1]
    assert.ok(message(wrong.body))
    assert.equal(message(wrong.body), message(unknown.body))
    assert.match(wrong.body, /<title>ข้อผิดพลาด: /)
  })

  it('shows an error summary linked to the fields when they are empty', async () => {
    const c = new OfficerClient(app, freshIp())
    const res = await c.post(OFFICER_PATHS.signIn, OFFICER_PATHS.signIn, {
      username: '',
      password: '',
    })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /href="#username"/)
    assert.match(res.body, /href="#password"/)
    assert.match(res.body, /id="password-error"/)
  })

  it('refuses a TOTP code used before, and records the replay', async () => {
    const officer = await addOfficer(app, tdb.database.db, 'reg.replay', ['registry_officer'])
    const first = new OfficerClient(app, freshIp())
    await first.post(OFFICER_PATHS.signIn, OFFICER_PATHS.signIn, {
      username: officer.username,
      password: officer.password,
    })
    const code = nextCode(officer)
    const ok = await first.post(OFFICER_PATHS.code, OFFICER_PATHS.code, { code })
    assert.equal(ok.headers.location, OFFICER_PATHS.home)
    // Someone who saw the code (shoulder-surfing, a phishing page) tries it at once.
    const second = new OfficerClient(app, freshIp())
    await second.post(OFFICER_PATHS.signIn, OFFICER_PATHS.signIn, {
      username: officer.username,
      password: officer.password,
    })
    const replay = await second.post(OFFICER_PATHS.code, OFFICER_PATHS.code, { code })
    assert.equal(replay.statusCode, 401)
    assert.match(replay.body, /รหัสนี้ถูกใช้ไปแล้ว/)
    assert.equal((await second.get(OFFICER_PATHS.home)).headers.location, OFFICER_PATHS.signIn)
    const refused = await auditRows('officer.sign_in_failed', officer.id)
    assert.ok(refused.some((r) => r.data.why === 'totp_replay' && r.outcome === 'refused'))
  })

  it('refuses the code the officer confirmed at enrolment', async () => {
    const officer = await addOfficer(app, tdb.database.db, 'reg.enrolcode', ['help_desk'])
    const c = new OfficerClient(app, freshIp())
    await c.post(OFFICER_PATHS.signIn, OFFICER_PATHS.signIn, {
      username: officer.username,
      password: officer.password,
    })
    const enrolCode = totpCode(officer.secret, officer.lastStep * 30_000 + 1_000)
    const res = await c.post(OFFICER_PATHS.code, OFFICER_PATHS.code, { code: enrolCode })
    assert.equal(res.statusCode, 401)
  })

  it('pauses one name at one address after five failures in a row, codes included', async () => {
    const officer = await addOfficer(app, tdb.database.db, 'reg.lockout', ['registry_officer'])
    const c = new OfficerClient(app, freshIp())
    for (let i = 0; i < 4; i++) {
      const res = await c.post(OFFICER_PATHS.signIn, OFFICER_PATHS.signIn, {
        username: officer.username,
        password: `wrong password ${i}`,
      })
      assert.equal(res.statusCode, 401)
    }
    // The fifth failure is a wrong second factor after the right password: it counts as well.
    await c.post(OFFICER_PATHS.signIn, OFFICER_PATHS.signIn, {
      username: officer.username,
      password: officer.password,
    })
    const fifth = await c.post(OFFICER_PATHS.code, OFFICER_PATHS.code, { code: '000000' })
    assert.equal(fifth.statusCode, 429)
    assert.match(fifth.body, /ถูกพักไว้ชั่วคราว/)
    // From that address the right password now gets the answer of a wrong one ...
    const paused = await c.post(OFFICER_PATHS.signIn, OFFICER_PATHS.signIn, {
      username: officer.username,
      password: officer.password,
    })
    assert.equal(paused.statusCode, 401)
    const row = await tdb.database.db
      .selectFrom('audit_events')
      .select('data')
      .where('action', '=', 'officer.sign_in_failed')
      .where('subject_id', '=', officer.id)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow()
    assert.equal(row.data.why, 'throttled')
    // ... while the account itself is not locked: from another address it goes on.
    const other = new OfficerClient(app, freshIp())
    const fine = await other.post(OFFICER_PATHS.signIn, OFFICER_PATHS.signIn, {
      username: officer.username,
      password: officer.password,
    })
    assert.equal(fine.headers.location, OFFICER_PATHS.code)
  })

  it('accepts each recovery code once', async () => {
    const officer = await addOfficer(app, tdb.database.db, 'reg.recovery', ['auditor'])
    const code = officer.recoveryCodes[3] ?? ''
    const c = new OfficerClient(app, freshIp())
    await c.post(OFFICER_PATHS.signIn, OFFICER_PATHS.signIn, {
      username: officer.username,
      password: officer.password,
    })
    const ok = await c.post(OFFICER_PATHS.code, OFFICER_PATHS.code, { code: code.toLowerCase() })
    assert.equal(ok.headers.location, OFFICER_PATHS.home)
    const again = new OfficerClient(app, freshIp())
    await again.post(OFFICER_PATHS.signIn, OFFICER_PATHS.signIn, {
      username: officer.username,
      password: officer.password,
    })
    const reused = await again.post(OFFICER_PATHS.code, OFFICER_PATHS.code, { code })
    assert.equal(reused.statusCode, 401)
    const stored = await tdb.database.db
      .withTables<OfficerTables>()
      .selectFrom('officer_recovery_codes')
      .selectAll()
      .where('officer_id', '=', officer.id)
      .execute()
    assert.equal(stored.filter((r) => r.used_at !== null).length, 1)
    assert.ok(!JSON.stringify(stored).includes(code.replace(/-/g, '')), 'only hashes are stored')
  })

  it('limits sign-in attempts per client address', async () => {
    const c = new OfficerClient(app, freshIp())
    const page = await c.get(OFFICER_PATHS.signIn)
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? ''
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) {
      const res = await c.postWithToken(OFFICER_PATHS.signIn, {
        _csrf: token,
        username: `nobody${i}`,
        password: 'whatever it is',
      })
      statuses.push(res.statusCode)
    }
    assert.deepEqual(statuses.slice(0, 10), Array(10).fill(401))
    assert.equal(statuses[10], 429)
  })

  it('refuses a sign-in form without its CSRF token', async () => {
    const res = await app.inject({
      method: 'POST',
      url: OFFICER_PATHS.signIn,
      remoteAddress: freshIp(),
      payload: 'username=first.admin&password=whatever',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    assert.equal(res.statusCode, 403)
  })

  it('signs out: the session ends and is audited', async () => {
    const officer = await addOfficer(app, tdb.database.db, 'reg.signout', ['help_desk'])
    const c = await signIn(app, officer)
    const out = await c.post(OFFICER_PATHS.home, OFFICER_PATHS.signOut, {})
    assert.equal(out.headers.location, `${OFFICER_PATHS.signIn}?signedOut=1`)
    assert.equal((await c.get(OFFICER_PATHS.home)).headers.location, OFFICER_PATHS.signIn)
    assert.equal((await auditRows('officer.signed_out', officer.id)).length, 1)
  })

  it('keeps officers and registrants apart: an officer session opens no registrant page', async () => {
    const officer = await addOfficer(app, tdb.database.db, 'reg.apart', ['registry_officer'])
    const c = await signIn(app, officer)
    assert.equal((await c.get('/account')).headers.location, '/account/sign-in')
    const anonymous = await app.inject(OFFICER_PATHS.registry)
    assert.equal(anonymous.headers.location, OFFICER_PATHS.signIn)
  })
})

describe('roles and the administrator', () => {
  it('creates an officer, who enrols through the link e-mailed to them and signs in', async () => {
    const c = adminClient
    const res = await c.post(OFFICER_PATHS.newOfficer, OFFICER_PATHS.newOfficer, {
      username: 'Help.Desk1',
      displayName: 'สมหญิง ช่วยเหลือ',
      unit: 'ศูนย์บริการข้อมูล 1164',
      email: 'Somying.C@customs.example',
      roles: ['help_desk'],
    })
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /s•••@customs\.example/)
    const { path, token } = await enrolmentFromOutbox(tdb.database.db, 'somying.c@customs.example')
    assert.ok(!res.body.includes(token), 'the administrator never sees the link')
    const created = await tdb.database.db
      .selectFrom('audit_events')
      .select(['subject_id', 'actor_id'])
      .where('action', '=', 'officer.created')
      .where('actor_id', '=', admin.id)
      .executeTakeFirstOrThrow()
    const officer = await enrolThroughLink(app, path, 'help.desk1', created.subject_id ?? '')
    const again = await new OfficerClient(app, freshIp()).get(path)
    assert.equal(again.statusCode, 404, 'the link works once')
    const helpDesk = await signIn(app, officer)
    const home = await helpDesk.get(OFFICER_PATHS.home)
    assert.match(home.body, /เจ้าหน้าที่บริการช่วยเหลือ/)
    const list = await c.get(OFFICER_PATHS.officers)
    assert.match(list.body, /สมหญิง ช่วยเหลือ/)
  })

  it('shows the form again with errors for a taken username and no role', async () => {
    const c = adminClient
    const res = await c.post(OFFICER_PATHS.newOfficer, OFFICER_PATHS.newOfficer, {
      username: 'first.admin',
      displayName: '',
      unit: 'x',
    })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /href="#username">มีชื่อผู้ใช้นี้แล้ว/)
    assert.match(res.body, /href="#displayName"/)
    assert.match(res.body, /href="#email"/)
    assert.match(res.body, /id="email-error"/)
    assert.match(res.body, /href="#roles"/)
  })

  it('lets an administrator grant a role that sees no personal data alone, and records it', async () => {
    const officer = await addOfficer(app, tdb.database.db, 'reg.promoted', ['help_desk'])
    const c = adminClient
    const res = await c.post(OFFICER_PATHS.officer(officer.id), OFFICER_PATHS.officer(officer.id), {
      unit: 'สำนักทะเบียน',
      email: 'reg.promoted@customs.example',
      roles: ['auditor', 'help_desk'],
      status: 'active',
    })
    assert.equal(res.headers.location, OFFICER_PATHS.officers)
    const [row] = await auditRows('officer.updated', officer.id)
    assert.deepEqual(row?.data.rolesAfter, ['auditor', 'help_desk'])
    assert.equal(row?.actor_id, admin.id)
  })

  it('refuses an officer who grants themselves the administrator role, and audits it', async () => {
    const officer = await addOfficer(app, tdb.database.db, 'reg.escalate', ['registry_officer'])
    const c = await signIn(app, officer)
    // The form is not offered to them; they forge the post with a valid token from their own page.
    const home = await c.get(OFFICER_PATHS.home)
    const token = /name="_csrf" value="([^"]+)"/.exec(home.body)?.[1] ?? ''
    const res = await c.postWithToken(OFFICER_PATHS.officer(officer.id), {
      _csrf: token,
      unit: 'x',
      roles: ['administrator', 'registry_officer'],
      status: 'active',
    })
    assert.equal(res.statusCode, 403)
    const create = await c.postWithToken(OFFICER_PATHS.newOfficer, {
      _csrf: token,
      username: 'sockpuppet',
      displayName: 'x',
      unit: 'x',
      roles: 'administrator',
    })
    assert.equal(create.statusCode, 403)
    assert.equal((await c.get(OFFICER_PATHS.officers)).statusCode, 403)
    const roles = await tdb.database.db
      .withTables<OfficerTables>()
      .selectFrom('officer_roles')
      .selectAll()
      .where('officer_id', '=', officer.id)
      .execute()
    assert.equal(roles.length, 1)
    const refusals = await tdb.database.db
      .selectFrom('audit_events')
      .select(['data', 'actor_role', 'outcome'])
      .where('action', '=', 'officer.access_refused')
      .where('actor_id', '=', officer.id)
      .execute()
    assert.equal(refusals.length, 3)
    assert.ok(
      refusals.every((r) => r.outcome === 'refused' && r.data.permission === 'officers.manage'),
    )
  })

  it('refuses an administrator changing their own roles, on the page and in the service', async () => {
    const c = adminClient
    const page = await c.get(OFFICER_PATHS.officer(admin.id))
    assert.match(page.body, /ไม่สามารถเปลี่ยนบทบาท/)
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? ''
    const res = await c.postWithToken(OFFICER_PATHS.officer(admin.id), {
      _csrf: token,
      unit: 'x',
      roles: ['administrator', 'registry_officer'],
    })
    assert.equal(res.statusCode, 403)
    const refusals = await auditRows('officer.access_refused', admin.id)
    assert.ok(refusals.some((r) => r.data.wanted === 'officers.update_self'))
  })

  it('checks the permission again in the service, whatever the route did', async () => {
    const officer = await addOfficer(app, tdb.database.db, 'reg.service', ['registry_officer'])
    await assert.rejects(
      updateOfficer(
        { db: tdb.database.db, crypto, publicBaseUrl: config.publicBaseUrl },
        { officerId: officer.id, roles: ['registry_officer'], requestId: 'test', ip: '127.0.0.1' },
        admin.id,
        { roles: [], unit: 'x', email: 'x@customs.example', status: 'disabled' },
      ),
      ForbiddenError,
    )
    const refusals = await auditRows('officer.access_refused', admin.id)
    assert.ok(
      refusals.some((r) => r.actor_id === officer.id && r.data.wanted === 'officers.update'),
    )
  })

  it('ends a disabled officer’s session at the next request', async () => {
    const officer = await addOfficer(app, tdb.database.db, 'reg.disabled', ['help_desk'])
    const them = await signIn(app, officer)
    const c = adminClient
    await c.post(OFFICER_PATHS.officer(officer.id), OFFICER_PATHS.officer(officer.id), {
      unit: 'หน่วยทดสอบ',
      email: 'reg.disabled@customs.example',
      roles: ['help_desk'],
      status: 'disabled',
    })
    assert.equal((await them.get(OFFICER_PATHS.home)).headers.location, OFFICER_PATHS.signIn)
  })

  it('has no path that approves, refuses or changes a decision', () => {
    const routes = app.printRoutes({ commonPrefix: false })
    assert.doesNotMatch(routes, /approve|refuse|override|decision/i)
  })
})
