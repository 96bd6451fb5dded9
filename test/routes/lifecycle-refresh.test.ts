import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { insertRegistrant } from '../../src/features/officers/test-support/officers.js'
import { REGISTRATION_PATHS } from '../../src/features/registration-actions/index.js'
import { verifyReceipt } from '../../src/features/receipts/index.js'
import {
  createRegistry,
  createSyntheticAdapter,
  syntheticRegistry,
  type JuristicPerson,
} from '../../src/features/registry-dbd/index.js'
import type { LifecycleChangeTables } from '../../src/platform/db/schema.js'
import { createPiiCrypto } from '../../src/platform/pii-crypto.js'
import { sampleCompanies } from '../../src/simulators/dbd/samples.js'
import { SIMULATOR_PEOPLE, type EkycSimulator } from '../../src/simulators/ekyc/index.js'
import { freePort } from '../../src/simulators/ekyc/ekyc-simulator.test-support.js'
import { buildTestApp, csrfFrom, testConfig } from '../helpers/app.js'
import { companyWalker } from '../helpers/company.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'
import { Desktop, idFactory, startSimulatorFor } from '../helpers/journey.js'

let tdb: TestDatabase
let app: FastifyInstance
let sim: EkycSimulator
let config: ReturnType<typeof testConfig>
const registry = new Map(syntheticRegistry(1))
const company = sampleCompanies(1, 12).get('one-signs')?.[8]
assert.ok(company)
const nextId = idFactory('4')

before(async () => {
  tdb = await createTestDatabase()
  config = testConfig({ IDP_SIMULATOR_PORT: String(await freePort()) })
  sim = await startSimulatorFor(config, tdb.database)
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

const db = () => tdb.database.db
const refreshes = () => db().withTables<LifecycleChangeTables>()

async function registrationOf(where: { personId?: string; juristicId?: string }) {
  let q = db()
    .selectFrom('registrations as r')
    .leftJoin('juristic_persons as j', 'j.id', 'r.juristic_person_id')
    .selectAll('r')
  if (where.personId) q = q.where('r.person_id', '=', where.personId)
  if (where.juristicId) q = q.where('j.juristic_id', '=', where.juristicId)
  return q.executeTakeFirstOrThrow()
}

/** Verifies again through the bank as `nationalId`; returns where the portal sends the browser. */
async function stepUp(d: Desktop, nationalId: string): Promise<string> {
  const back = await walker.verifyIn(d, '/account/verify', '/account/verify', nationalId)
  return String(back.headers.location)
}

/** A registrant with an earlier profile (the name before the change), as a journey leaves one. */
async function personFromBank(nationalId: string, email: string): Promise<string> {
  const crypto = createPiiCrypto({
    encryption: config.secrets.encryption,
    hmac: config.secrets.hmac,
  })
  return insertRegistrant(db(), crypto, { nationalId, firstTh: 'สุดารัตน์', lastTh: 'แสงทอง', email })
}

describe('refresh from the source', () => {
  it('a person updates from the bank after a marriage: a new snapshot with the new surname, the rules met, a receipt', async () => {
    const id = nextId()
    const bank = {
      nationalId: id,
      titleTh: 'นางสาว',
      firstNameTh: 'สุดารัตน์',
      lastNameTh: 'แสงทอง',
      birthDate: '1990-05-01',
      nationality: 'THA',
      address: {
        houseNo: '12',
        subdistrict: 'แขวงสีลม',
        district: 'เขตบางรัก',
        province: 'กรุงเทพมหานคร',
        postcode: '10500',
      },
    }
    SIMULATOR_PEOPLE.push(bank)
    const personId = await personFromBank(id, 'sudarat.refresh@example.com')
    const d = await walker.signIn(id)
    const reg = await registrationOf({ personId })
    const path = REGISTRATION_PATHS.refresh(reg.id)
    const page = await d.get(path)
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /แสงทอง/)

    // She marries: the bank now says นาง สุดารัตน์ มั่นคง, with a new address on the card.
    bank.titleTh = 'นาง'
    bank.lastNameTh = 'มั่นคง'
    bank.address = { ...bank.address, houseNo: '77/5' }
    const first = await d.post(path, path, {})
    assert.equal(first.headers.location, '/account/verify', 'sent to verify through the bank')
    assert.equal(await stepUp(d, id), path, 'back to the refresh page')
    const ready = await d.get(path)
    assert.match(ready.body, /ธนาคารยืนยันตัวท่านแล้ว/)
    const done = await d.post(path, path, {})
    assert.equal(done.statusCode, 303)
    const refreshId = /\?done=([0-9a-f-]+)$/.exec(String(done.headers.location))?.[1]
    assert.ok(refreshId)

    const row = await refreshes()
      .selectFrom('registration_refreshes')
      .selectAll()
      .where('id', '=', refreshId)
      .executeTakeFirstOrThrow()
    assert.equal(row.registration_id, reg.id)
    assert.equal(row.source, 'bank')
    assert.equal(row.outcome, 'approved')
    assert.deepEqual(
      row.results.map((r) => [r.rule, r.passed]),
      [
        ['refresh_same_person', true],
        ['thai_national', true],
        ['assurance_level', true],
      ],
    )
    const snapshot = await db()
      .selectFrom('person_profiles')
      .selectAll()
      .where('id', '=', row.profile_id)
      .executeTakeFirstOrThrow()
    assert.equal(snapshot.last_name_th, 'มั่นคง')
    assert.equal(snapshot.title_th, 'นาง')
    assert.equal(snapshot.verification_id, row.verification_id)
    assert.equal((snapshot.id_card_address as { houseNo?: string }).houseNo, '77/5')
    const older = await db()
      .selectFrom('person_profiles')
      .select('id')
      .where('person_id', '=', personId)
      .where('last_name_th', '=', 'แสงทอง')
      .execute()
    assert.ok(older.length >= 1, 'the earlier snapshots are kept: effective-dated, never edited')
    assert.equal((await registrationOf({ personId })).status, 'ACTIVE')
    assert.ok(row.receipt_id)
    const receipt = await verifyReceipt(db(), row.receipt_id)
    assert.equal(receipt.status, 'valid')
    assert.equal(receipt.status === 'valid' && receipt.claims.action, 'refresh')
    assert.equal(receipt.status === 'valid' && receipt.claims.outcome, 'approved')
    const shown = await d.get(String(done.headers.location))
    assert.match(shown.body, /data-refresh-outcome="approved"/)
    assert.match(shown.body, /นางสุดารัตน์ มั่นคง/)
    const account = await d.get('/account')
    assert.match(account.body, /นางสุดารัตน์ มั่นคง/)
    assert.match(account.body, /data-refresh-note="approved"/, 'the update shows on /account')
    assert.match((await d.get('/account/my-data')).body, /ปรับปรุงข้อมูลจากธนาคาร/)
    // One verification proves one refresh: the next asks the bank again.
    const again = await d.post(path, path, {})
    assert.equal(again.headers.location, '/account/verify')
  })

  it('a step-up as another person is refused and audited, and refreshes nothing', async () => {
    const id = nextId()
    const personId = await personFromBank(id, 'refresh.other@example.com')
    const d = await walker.signIn(id)
    const reg = await registrationOf({ personId })
    const path = REGISTRATION_PATHS.refresh(reg.id)
    await d.post(path, path, {})
    assert.equal(await stepUp(d, nextId()), '/account?stepUp=other-person')
    const refused = await db()
      .selectFrom('audit_events')
      .select(['actor_id', 'outcome'])
      .where('action', '=', 'account.step_up_refused')
      .where('actor_id', '=', personId)
      .execute()
    assert.equal(refused.length, 1)
    const res = await d.post(path, path, {})
    assert.equal(res.headers.location, '/account/verify', 'still not verified')
    const rows = await refreshes()
      .selectFrom('registration_refreshes')
      .select('id')
      .where('registration_id', '=', reg.id)
      .execute()
    assert.equal(rows.length, 0)
  })

  it('a company updates from DBD after the director who signed left the board: the rule refuses, says why, and the registration is suspended', async () => {
    const c: JuristicPerson = structuredClone(company)
    const [signer, ...others] = c.directors
    assert.ok(signer && others.length > 0)
    await walker.registerAlone(c, `refresh.${c.id}@example.com`)
    const d = await walker.signIn(signer.id)
    const acting = await d.post('/account/company', '/account/company', { juristicId: c.id })
    assert.equal(acting.headers.location, '/account/company/view')
    const reg = await registrationOf({ juristicId: c.id })
    assert.equal(reg.status, 'ACTIVE')
    const path = REGISTRATION_PATHS.refresh(reg.id)
    assert.equal((await d.get(path)).statusCode, 200)

    // A director acting for the company changes its contact details too, and is recorded.
    const contact = REGISTRATION_PATHS.contact(reg.id)
    const saved = await d.post(contact, contact, {
      action: 'save',
      mobile: '0655555555',
      mailingSame: 'yes',
    })
    assert.equal(saved.headers.location, `${contact}?saved=details`)
    const change = await refreshes()
      .selectFrom('registration_contact_changes')
      .select(['field', 'changed_by'])
      .where('registration_id', '=', reg.id)
      .executeTakeFirstOrThrow()
    assert.equal(change.field, 'mobile')
    const director = await db()
      .selectFrom('audit_events')
      .select(['actor_id', 'data'])
      .where('action', '=', 'lifecycle.contact_changed')
      .where('subject_id', '=', reg.id)
      .executeTakeFirstOrThrow()
    assert.equal(director.actor_id, change.changed_by)
    assert.equal((director.data as { as?: string }).as, 'company')

    // DBD now lists the company without the director who signed its registration.
    registry.set(c.id, { ...c, directors: others })
    const res = await d.post(path, path, {})
    assert.equal(res.statusCode, 303)
    const refreshId = /\?done=([0-9a-f-]+)$/.exec(String(res.headers.location))?.[1]
    assert.ok(refreshId)
    const row = await refreshes()
      .selectFrom('registration_refreshes')
      .selectAll()
      .where('id', '=', refreshId)
      .executeTakeFirstOrThrow()
    assert.equal(row.source, 'dbd')
    assert.equal(row.outcome, 'refused')
    assert.ok(row.dbd_snapshot_id)
    const failed = row.results.filter((r) => !r.passed).map((r) => r.rule)
    assert.ok(failed.includes('signers_are_directors'), `failed: ${failed.join(', ')}`)
    assert.ok(!failed.includes('dbd_active'))
    const after = await registrationOf({ juristicId: c.id })
    assert.equal(after.status, 'SUSPENDED')
    const line = await db()
      .selectFrom('registration_status_history')
      .selectAll()
      .where('id', '=', row.status_history_id)
      .executeTakeFirstOrThrow()
    assert.equal(line.status, 'SUSPENDED')
    assert.match(line.reason, /refresh\.refused \(dbd\): .*signers_are_directors/)
    assert.ok(row.receipt_id)
    const receipt = await verifyReceipt(db(), row.receipt_id)
    assert.equal(receipt.status === 'valid' && receipt.claims.outcome, 'refused')
    assert.equal(receipt.status === 'valid' && receipt.claims.action, 'refresh')
    const page = await d.get(String(res.headers.location))
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /data-refresh-outcome="refused"/)
    assert.match(page.body, /data-rule="signers_are_directors"/)
    assert.match(page.body, /ผู้ยืนยันตัวตนทุกคนเป็นกรรมการตามข้อมูล DBD/)
    assert.match(page.body, /โปรดลงทะเบียนใหม่โดยกรรมการปัจจุบัน/)
    assert.ok(!page.body.includes(`action="${path}"`), 'no form to refresh a suspended one')
    assert.ok(page.body.includes(REGISTRATION_PATHS.reactivate(reg.id)), 'reactivation instead')
    assert.doesNotMatch(
      page.body,
      /ปรับปรุงจาก DBD<\/button>/,
      'no button to refresh a suspended one',
    )
    const mail = await db()
      .selectFrom('outbox')
      .select('payload')
      .orderBy('created_at', 'desc')
      .execute()
    assert.ok(
      mail.some(
        (m) =>
          m.payload.to === `refresh.${c.id}@example.com` &&
          /signed the registration is no longer listed/.test(String(m.payload.text)),
      ),
      'the company is told which rule and what to do',
    )
    const audit = await db()
      .selectFrom('audit_events')
      .select(['outcome', 'data'])
      .where('action', '=', 'lifecycle.refresh_refused_by_rules')
      .where('subject_id', '=', reg.id)
      .executeTakeFirstOrThrow()
    assert.equal(audit.outcome, 'refused')
    const companyPage = await d.get('/account/company/view')
    assert.match(companyPage.body, /data-refresh-note="refused"/, 'the company page says why')
    // A suspended registration is not refreshed again: it is reactivated.
    assert.equal((await d.get(path)).statusCode, 409)
    const again = await d.postWithToken(path, { _csrf: csrfFrom((await d.get('/account')).body) })
    assert.equal(again.statusCode, 409)
    assert.match(again.body, new RegExp(REGISTRATION_PATHS.reactivate(reg.id)))
  })
})

describe('the DBD simulator’s changes (SIMULATOR)', () => {
  it('a tester closes a company or sends its first director away; the registry answers so; undo forgets it', async () => {
    const c = sampleCompanies(1, 12).get('two-sign')?.[9]
    assert.ok(c)
    const d = new Desktop(app)
    const page = await d.get('/simulators/dbd')
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /SIMULATOR/)
    assert.match(page.body, /data-sim-changes/)
    let res = await d.post('/simulators/dbd', '/simulators/dbd/changes', {
      juristicId: c.id,
      change: 'closed',
    })
    assert.equal(res.statusCode, 303)
    res = await d.post('/simulators/dbd', '/simulators/dbd/changes', {
      juristicId: c.id,
      change: 'director-left',
    })
    const registry = createRegistry(config.dbd)
    const changed = await registry.adapter.lookupJuristicPerson(c.id)
    assert.equal(changed.status === 'found' && changed.company.status, 'closed')
    assert.equal(
      changed.status === 'found' && changed.company.directors.length,
      c.directors.length - 1,
    )
    const api = await app.inject(`/simulators/dbd/juristic-persons/${c.id}`)
    assert.equal(
      api.json<{ status: string }>().status,
      'closed',
      'the simulator’s API says the same',
    )
    assert.match((await d.get('/simulators/dbd')).body, new RegExp(`data-changed="${c.id}"`))
    await d.post('/simulators/dbd', '/simulators/dbd/changes', { juristicId: c.id, change: 'undo' })
    const undone = await registry.adapter.lookupJuristicPerson(c.id)
    assert.equal(undone.status === 'found' && undone.company.status, c.status)
    const bad = await d.post('/simulators/dbd', '/simulators/dbd/changes', {
      juristicId: '123',
      change: 'closed',
    })
    assert.equal(bad.statusCode, 400)
  })
})
