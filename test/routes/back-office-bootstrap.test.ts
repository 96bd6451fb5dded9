import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import {
  AdministratorExistsError,
  createAdministratorFromCli,
  OFFICER_PATHS,
} from '../../src/features/back-office/index.js'
import type { OfficerTables } from '../../src/features/officers/schema.js'
import {
  addOfficer,
  enrolmentFromOutbox,
  enrolThroughLink,
  signIn,
  type TestOfficer,
} from '../../src/features/officers/test-support/officers.js'
import { createPiiCrypto } from '../../src/platform/pii-crypto.js'
import { buildTestApp, testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

// The first two administrators come from two separate command-line runs, each a break-glass
// event; while only one is active, no sensitive grant completes.

let tdb: TestDatabase
let app: FastifyInstance
const config = testConfig()
const crypto = createPiiCrypto({ encryption: config.secrets.encryption, hmac: config.secrets.hmac })
const deps = () => ({ db: tdb.database.db, crypto, publicBaseUrl: config.publicBaseUrl })
const operator = { osUser: 'ops.somchai', host: 'bastion-1' }

function cli(username: string, force = false) {
  return createAdministratorFromCli(
    deps(),
    { username, displayName: username, unit: 'ส่วนกลาง', email: `${username}@customs.example` },
    operator,
    { force },
  )
}

async function enrolled(username: string, officerId: string): Promise<TestOfficer> {
  const { path } = await enrolmentFromOutbox(tdb.database.db, `${username}@customs.example`)
  return enrolThroughLink(app, path, username, officerId)
}

function grants() {
  return tdb.database.db.withTables<OfficerTables>()
}

before(async () => {
  tdb = await createTestDatabase()
  app = await buildTestApp(tdb.database, { config })
  await app.ready()
})
after(async () => {
  await app.close()
  await tdb.close()
})

describe('administrators from the command line', () => {
  let first: TestOfficer
  let second: TestOfficer

  it('makes the first two in two runs, each recorded as break-glass, and refuses a third without --force', async () => {
    const a = await cli('boot.one')
    assert.equal(a.administrators, 1)
    assert.equal(a.sentTo, 'b•••@customs.example')
    const b = await cli('boot.two')
    assert.equal(b.administrators, 2)
    await assert.rejects(cli('boot.three'), AdministratorExistsError)
    const forced = await cli('boot.forced', true)
    assert.equal(forced.administrators, 3)
    const events = await tdb.database.db
      .selectFrom('audit_events')
      .select(['actor_type', 'actor_role', 'actor_id', 'subject_id', 'data'])
      .where('action', '=', 'officer.break_glass_created')
      .orderBy('seq')
      .execute()
    assert.deepEqual(
      events.map((e) => [e.subject_id, e.actor_type, e.actor_role, e.actor_id, e.data.osUser]),
      [a, b, forced].map((x) => [x.officerId, 'system', 'cli', null, 'ops.somchai']),
    )
    assert.deepEqual(
      events.map((e) => e.data.force),
      [false, false, true],
    )
    first = await enrolled('boot.one', a.officerId)
    second = await enrolled('boot.two', b.officerId)
  })

  it('completes no sensitive grant while only one administrator is active, and says why', async () => {
    const target = await addOfficer(app, tdb.database.db, 'boot.target', ['help_desk'])
    const secondClient = await signIn(app, second)
    const asked = await secondClient.post(
      OFFICER_PATHS.officer(target.id),
      OFFICER_PATHS.officer(target.id),
      {
        unit: 'หน่วยทดสอบ',
        email: 'boot.target@customs.example',
        roles: ['help_desk', 'registry_officer'],
        status: 'active',
      },
    )
    assert.equal(asked.headers.location, OFFICER_PATHS.officers)
    const firstClient = await signIn(app, first)
    // The second administrator is disabled: the first is the only one active.
    await firstClient.post(OFFICER_PATHS.officer(second.id), OFFICER_PATHS.officer(second.id), {
      unit: 'ส่วนกลาง',
      email: 'boot.two@customs.example',
      roles: ['administrator'],
      status: 'disabled',
    })
    const request = await grants()
      .selectFrom('officer_grant_requests')
      .selectAll()
      .where('officer_id', '=', target.id)
      .executeTakeFirstOrThrow()
    const page = await firstClient.get(OFFICER_PATHS.grant(request.id))
    assert.match(page.body, /มีผู้ดูแลระบบที่ใช้งานได้เพียงท่านเดียว/)
    const refused = await firstClient.post(
      OFFICER_PATHS.grant(request.id),
      OFFICER_PATHS.confirmGrant(request.id),
      { emailConfirmed: 'yes' },
    )
    assert.equal(refused.statusCode, 403)
    assert.match(refused.body, /data-grant-notice="onlyOne"/)
    const roles = await grants()
      .selectFrom('officer_roles')
      .select('role')
      .where('officer_id', '=', target.id)
      .execute()
    assert.deepEqual(
      roles.map((r) => r.role),
      ['help_desk'],
    )
    const audit = await tdb.database.db
      .selectFrom('audit_events')
      .select(['actor_id', 'outcome', 'data'])
      .where('action', '=', 'officer.four_eyes_refused')
      .where('subject_id', '=', target.id)
      .execute()
    assert.equal(audit.length, 1)
    assert.equal(audit[0]?.data.why, 'one_administrator')
    assert.equal(audit[0]?.actor_id, first.id)
  })
})

describe('the table keeps four eyes whatever the code does', () => {
  it('refuses an approval by the requester, a second waiting request, and any delete', async () => {
    const officer = await addOfficer(app, tdb.database.db, 'table.subject', ['help_desk'])
    const requester = await addOfficer(app, tdb.database.db, 'table.requester', ['administrator'])
    const id = '0190a7e0-0000-7000-8000-00000000a001'
    const request = {
      officer_id: officer.id,
      roles: JSON.stringify(['registry_officer']),
      email: 'table.subject@customs.example',
      email_before: 'table.subject@customs.example',
      requested_by: requester.id,
    }
    await grants()
      .insertInto('officer_grant_requests')
      .values({ id, ...request })
      .execute()
    await assert.rejects(
      grants()
        .updateTable('officer_grant_requests')
        .set({ status: 'approved', decided_by: requester.id, decided_at: new Date() })
        .where('id', '=', id)
        .execute(),
      /four_eyes|check constraint/,
    )
    await assert.rejects(
      grants()
        .updateTable('officer_grant_requests')
        .set({ status: 'approved', decided_by: officer.id, decided_at: new Date() })
        .where('id', '=', id)
        .execute(),
    )
    await assert.rejects(
      grants()
        .insertInto('officer_grant_requests')
        .values({ id: '0190a7e0-0000-7000-8000-00000000a002', ...request })
        .execute(),
      /one_pending|duplicate key/,
    )
    await assert.rejects(sql`DELETE FROM officer_grant_requests`.execute(tdb.database.db))
  })
})
