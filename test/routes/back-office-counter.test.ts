import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { OFFICER_PATHS } from '../../src/features/back-office/index.js'
import {
  confirmCounterEntry,
  rejectCounterEntry,
} from '../../src/features/back-office/counter/counter-decision.service.js'
import { FourEyesError } from '../../src/features/back-office/counter/counter.service.js'
import type { CounterTables } from '../../src/features/back-office/counter/counter.repository.js'
import type {
  OfficerClient,
  TestOfficer,
} from '../../src/features/officers/test-support/officers.js'
import {
  addOfficer,
  insertRegistrant,
  signIn,
} from '../../src/features/officers/test-support/officers.js'
import { ForbiddenError } from '../../src/platform/errors.js'
import { newId, shortReference } from '../../src/platform/ids.js'
import { createPiiCrypto, type PiiCrypto } from '../../src/platform/pii-crypto.js'
import { formatThaiId, maskThaiId } from '../../src/platform/thai-id.js'
import { buildTestApp, testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'
import { idFactory } from '../helpers/journey.js'

let tdb: TestDatabase
let app: FastifyInstance
let crypto: PiiCrypto
let makerOfficer: TestOfficer
let checkerOfficer: TestOfficer
let maker: OfficerClient
let checker: OfficerClient
let helpDesk: OfficerClient
let auditor: OfficerClient
const freshId = idFactory('7')

before(async () => {
  tdb = await createTestDatabase()
  const config = testConfig()
  crypto = createPiiCrypto({ encryption: config.secrets.encryption, hmac: config.secrets.hmac })
  app = await buildTestApp(tdb.database, { config })
  await app.ready()
  makerOfficer = await addOfficer(app, tdb.database.db, 'counter.maker', ['registry_officer'])
  checkerOfficer = await addOfficer(app, tdb.database.db, 'counter.checker', ['registry_officer'])
  maker = await signIn(app, makerOfficer)
  checker = await signIn(app, checkerOfficer)
  helpDesk = await signIn(
    app,
    await addOfficer(app, tdb.database.db, 'counter.helpdesk', ['help_desk']),
  )
  auditor = await signIn(
    app,
    await addOfficer(app, tdb.database.db, 'counter.auditor', ['auditor']),
  )
})
after(async () => {
  await app.close()
  await tdb.close()
})

function entryForm(
  nationalId: string,
  email: string,
  extra: Record<string, string | string[]> = {},
) {
  return {
    nationalId: formatThaiId(nationalId),
    titleTh: 'นาง',
    firstNameTh: 'บุญมี',
    middleNameTh: '',
    lastNameTh: 'มาเคาน์เตอร์',
    titleEn: 'Mrs.',
    firstNameEn: 'Boonmee',
    middleNameEn: '',
    lastNameEn: 'Makounter',
    birthDate: '๒๙/๒/๒๕๒๓',
    houseNo: '99/1',
    moo: '',
    soi: 'เจริญกรุง 36',
    road: 'เจริญกรุง',
    subdistrict: 'แขวงบางรัก',
    postcode: '10500',
    email,
    mobile: '081-234-5678',
    documents: ['id_card', 'house_registration'],
    ekycReason: 'no_smartphone',
    seen: 'yes',
    ...extra,
  }
}

/** The maker enters a person at the counter; returns the entry's id. */
async function enter(nationalId: string, email: string): Promise<string> {
  const res = await maker.post(
    OFFICER_PATHS.newCounter,
    OFFICER_PATHS.newCounter,
    entryForm(nationalId, email),
  )
  assert.equal(res.statusCode, 303, res.body.slice(0, 2000))
  const m = /^\/officer\/counter\/([0-9a-f-]{36})\?done=saved$/.exec(String(res.headers.location))
  assert.ok(m?.[1], String(res.headers.location))
  return m[1]
}

async function entryRow(id: string) {
  return tdb.database.db
    .withTables<CounterTables>()
    .selectFrom('counter_registrations')
    .select([
      'status',
      'entered_by',
      'checked_by',
      'registration_id',
      'person_id',
      'rejection_reason',
    ])
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
}

async function auditOf(action: string, subjectId: string) {
  return tdb.database.db
    .selectFrom('audit_events')
    .select(['actor_id', 'outcome', 'data', 'subject_type'])
    .where('action', '=', action)
    .where('subject_id', '=', subjectId)
    .execute()
}

function deps() {
  return { db: tdb.database.db, crypto, publicBaseUrl: 'http://localhost' }
}

describe('counter registration: the maker', () => {
  it('enters a person from the documents; nothing is registered yet', async () => {
    const nationalId = freshId()
    const id = await enter(nationalId, `maker.${process.pid}@example.com`)
    const page = await maker.get(`${OFFICER_PATHS.counterEntry(id)}?done=saved`)
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /data-notice="saved"/)
    assert.ok(page.body.includes(formatThaiId(nationalId)), 'the entry shows what was typed')
    assert.ok(page.body.includes('แขวงบางรัก') || page.body.includes('บางรัก'))
    assert.ok(
      !page.body.includes(OFFICER_PATHS.confirmCounter(id)),
      'no confirm form for the maker',
    )
    const row = await entryRow(id)
    assert.equal(row.status, 'pending')
    assert.equal(row.entered_by, makerOfficer.id)
    assert.equal(row.registration_id, null)
    const entered = await auditOf('counter.entered', id)
    assert.equal(entered.length, 1)
    assert.equal(entered[0]?.actor_id, makerOfficer.id)
    const journey = await tdb.database.db
      .selectFrom('journey_events')
      .select(['event', 'channel'])
      .where('journey_id', '=', id)
      .orderBy('event')
      .execute()
    assert.deepEqual(journey, [
      { event: 'started', channel: 'counter' },
      { event: 'submitted', channel: 'counter' },
    ])
    const registrations = await tdb.database.db
      .selectFrom('registrations as r')
      .innerJoin('natural_persons as p', 'p.id', 'r.person_id')
      .select('r.id')
      .where('p.national_id_hmac', '=', crypto.hmac(nationalId).blob)
      .execute()
    assert.deepEqual(registrations, [])
  })

  it('shows every problem with the form, and keeps what was typed', async () => {
    const empty = await maker.post(OFFICER_PATHS.newCounter, OFFICER_PATHS.newCounter, {})
    assert.equal(empty.statusCode, 400)
    for (const field of [
      'nationalId',
      'titleTh',
      'firstNameTh',
      'lastNameTh',
      'birthDate',
      'houseNo',
      'subdistrict',
      'postcode',
      'email',
      'mobile',
      'documents',
      'ekycReason',
      'seen',
    ])
      assert.ok(empty.body.includes(`href="#${field}"`), `the summary links to ${field}`)
    const wrong = await maker.post(
      OFFICER_PATHS.newCounter,
      OFFICER_PATHS.newCounter,
      entryForm(freshId(), 'x@example.com', {
        subdistrict: 'สุเทพ',
        documents: ['house_registration'],
        firstNameEn: 'Boonmee',
        lastNameEn: '',
        birthDate: '1/1/2600',
      }),
    )
    assert.equal(wrong.statusCode, 400)
    assert.ok(wrong.body.includes('ตำบลหรือแขวงนี้ไม่อยู่ในรหัสไปรษณีย์ที่กรอก'))
    assert.ok(wrong.body.includes('ต้องเห็นบัตรประจำตัวประชาชนตัวจริง'))
    assert.ok(wrong.body.includes('กรอกนามสกุลภาษาอังกฤษด้วย'))
    assert.ok(wrong.body.includes('วันเกิดต้องเป็นวันที่ผ่านมาแล้ว'))
    assert.ok(wrong.body.includes('value="สุเทพ"'), 'what was typed stays')
  })

  it('refuses a person who is registered already, or who has an entry waiting', async () => {
    const registered = freshId()
    await insertRegistrant(tdb.database.db, crypto, {
      nationalId: registered,
      firstTh: 'มีทะเบียน',
      lastTh: 'อยู่แล้ว',
      email: `registered.${process.pid}@example.com`,
    })
    const res = await maker.post(
      OFFICER_PATHS.newCounter,
      OFFICER_PATHS.newCounter,
      entryForm(registered, 'r@example.com'),
    )
    assert.equal(res.statusCode, 400)
    assert.ok(res.body.includes('ผู้นี้มีทะเบียนที่ใช้งานได้อยู่แล้ว'))
    const waiting = freshId()
    await enter(waiting, 'w@example.com')
    const again = await checker.post(
      OFFICER_PATHS.newCounter,
      OFFICER_PATHS.newCounter,
      entryForm(waiting, 'w@example.com'),
    )
    assert.equal(again.statusCode, 400)
    assert.ok(again.body.includes('มีรายการของผู้นี้รอตรวจอยู่แล้ว'))
  })
})

describe('counter registration: the four-eyes rule', () => {
  it('refuses the maker confirming or rejecting their own entry, on every path, and records it', async () => {
    const id = await enter(freshId(), `own.${process.pid}@example.com`)
    const confirm = await maker.post(
      OFFICER_PATHS.counterEntry(id),
      OFFICER_PATHS.confirmCounter(id),
      {
        matches: 'yes',
      },
    )
    assert.equal(confirm.statusCode, 403)
    assert.match(confirm.body, /data-notice="fourEyes"/)
    // Whatever the form says: an empty one is refused for who sends it, not for what is missing.
    const empty = await maker.post(
      OFFICER_PATHS.counterEntry(id),
      OFFICER_PATHS.confirmCounter(id),
      {},
    )
    assert.equal(empty.statusCode, 403)
    const reject = await maker.post(
      OFFICER_PATHS.counterEntry(id),
      OFFICER_PATHS.rejectCounter(id),
      {
        reason: 'ขอยกเลิกรายการของตนเอง',
      },
    )
    assert.equal(reject.statusCode, 403)
    // Straight to the service, past the routes: still refused.
    const auth = {
      officerId: makerOfficer.id,
      roles: ['registry_officer' as const],
      requestId: 't',
      ip: '127.0.0.1',
    }
    await assert.rejects(confirmCounterEntry(deps(), auth, id), FourEyesError)
    await assert.rejects(
      rejectCounterEntry(deps(), auth, id, 'ขอยกเลิกรายการของตนเอง'),
      FourEyesError,
    )
    const refused = await auditOf('counter.four_eyes_refused', id)
    assert.equal(refused.length, 5)
    assert.ok(refused.every((e) => e.outcome === 'refused' && e.actor_id === makerOfficer.id))
    // And the table itself: the maker can never be written as the checker.
    await assert.rejects(
      sql`UPDATE counter_registrations SET status = 'rejected', checked_by = entered_by, checked_at = now(), rejection_reason = 'x' WHERE id = ${id}`.execute(
        tdb.database.db,
      ),
      /four_eyes/,
    )
    const row = await entryRow(id)
    assert.equal(row.status, 'pending')
    assert.equal(row.checked_by, null)
  })

  it('a second officer confirms: an ACTIVE counter registration, a counter profile, an e-mail, both officers recorded', async () => {
    const nationalId = freshId()
    const email = `confirmed.${process.pid}@example.com`
    const id = await enter(nationalId, email)
    const page = await checker.get(OFFICER_PATHS.counterEntry(id))
    assert.ok(page.body.includes(OFFICER_PATHS.confirmCounter(id)), 'the checker sees the forms')
    const unticked = await checker.post(
      OFFICER_PATHS.counterEntry(id),
      OFFICER_PATHS.confirmCounter(id),
      {},
    )
    assert.equal(unticked.statusCode, 400)
    assert.ok(unticked.body.includes('href="#matches"'))
    const done = await checker.post(
      OFFICER_PATHS.counterEntry(id),
      OFFICER_PATHS.confirmCounter(id),
      {
        matches: 'yes',
      },
    )
    assert.equal(done.statusCode, 303)
    assert.equal(done.headers.location, `${OFFICER_PATHS.counterEntry(id)}?done=confirmed`)
    const row = await entryRow(id)
    assert.equal(row.status, 'confirmed')
    assert.equal(row.entered_by, makerOfficer.id)
    assert.equal(row.checked_by, checkerOfficer.id)
    assert.ok(row.registration_id && row.person_id)
    const reg = await tdb.database.db
      .selectFrom('registrations')
      .select([
        'channel',
        'status',
        'person_id',
        'application_id',
        'decision_id',
        'email',
        'mobile',
      ])
      .where('id', '=', row.registration_id)
      .executeTakeFirstOrThrow()
    assert.deepEqual(reg, {
      channel: 'counter',
      status: 'ACTIVE',
      person_id: row.person_id,
      application_id: null,
      decision_id: null,
      email,
      mobile: '0812345678',
    })
    const profile = await tdb.database.db
      .selectFrom('person_profiles')
      .select(['source', 'first_name_th', 'birth_date', 'nationality', 'verification_id'])
      .where('person_id', '=', row.person_id)
      .executeTakeFirstOrThrow()
    assert.deepEqual(profile, {
      source: 'counter',
      first_name_th: 'บุญมี',
      birth_date: '1980-02-29',
      nationality: 'THA',
      verification_id: null,
    })
    const mail = await tdb.database.db
      .selectFrom('outbox')
      .select('payload')
      .where(sql<boolean>`payload->>'to' = ${email}`)
      .executeTakeFirstOrThrow()
    const text = String((mail.payload as { text?: string }).text)
    assert.ok(text.includes(maskThaiId(nationalId)))
    assert.ok(!text.includes(nationalId), 'never the whole ID in an e-mail')
    const decision = await tdb.database.db
      .selectFrom('journey_events')
      .select(['step', 'channel'])
      .where('journey_id', '=', id)
      .where('event', '=', 'decision')
      .executeTakeFirstOrThrow()
    assert.deepEqual(decision, { step: 'approved', channel: 'counter' })
    const confirmed = await auditOf('counter.confirmed', id)
    assert.equal(confirmed[0]?.actor_id, checkerOfficer.id)
    assert.equal((confirmed[0]?.data as { enteredBy?: string }).enteredBy, makerOfficer.id)
    // The registrant page shows the counter as the channel and the source of the data.
    const person = await checker.get(OFFICER_PATHS.person(row.person_id))
    assert.equal(person.statusCode, 200)
    assert.ok(person.body.includes('เคาน์เตอร์'))
    assert.ok(person.body.includes('จากเคาน์เตอร์'))
    assert.ok(person.body.includes('data-action="registration.created_at_counter"'))
    // Confirming twice changes nothing.
    const twice = await checker.post(
      OFFICER_PATHS.counterEntry(id),
      OFFICER_PATHS.confirmCounter(id),
      {
        matches: 'yes',
      },
    )
    assert.equal(twice.statusCode, 409)
    assert.match(twice.body, /data-notice="decided"/)
    const count = await tdb.database.db
      .selectFrom('registrations')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('person_id', '=', row.person_id)
      .executeTakeFirstOrThrow()
    assert.equal(Number(count.n), 1)
  })

  it('a second officer rejects with a reason: nothing is registered and the applicant is told', async () => {
    const nationalId = freshId()
    const email = `rejected.${process.pid}@example.com`
    const id = await enter(nationalId, email)
    const noReason = await checker.post(
      OFFICER_PATHS.counterEntry(id),
      OFFICER_PATHS.rejectCounter(id),
      {},
    )
    assert.equal(noReason.statusCode, 400)
    assert.ok(noReason.body.includes('href="#reason"'))
    const res = await checker.post(
      OFFICER_PATHS.counterEntry(id),
      OFFICER_PATHS.rejectCounter(id),
      {
        reason: 'วันเกิดในแบบฟอร์มไม่ตรงกับบัตรประจำตัวประชาชน',
      },
    )
    assert.equal(res.statusCode, 303)
    const row = await entryRow(id)
    assert.equal(row.status, 'rejected')
    assert.equal(row.checked_by, checkerOfficer.id)
    assert.equal(row.registration_id, null)
    assert.equal(row.rejection_reason, 'วันเกิดในแบบฟอร์มไม่ตรงกับบัตรประจำตัวประชาชน')
    const mail = await tdb.database.db
      .selectFrom('outbox')
      .select('payload')
      .where(sql<boolean>`payload->>'to' = ${email}`)
      .executeTakeFirstOrThrow()
    assert.ok(
      !String((mail.payload as { text?: string }).text).includes('วันเกิด'),
      'not the internal reason',
    )
    const rejected = await auditOf('counter.rejected', id)
    assert.equal(rejected[0]?.actor_id, checkerOfficer.id)
    // No person was registered, so the registry does not know them.
    const search = await checker.post(OFFICER_PATHS.registry, OFFICER_PATHS.search, {
      by: 'id',
      q: nationalId,
    })
    assert.ok(search.body.includes('ไม่พบผู้ลงทะเบียน'))
  })
})

describe('counter registration: roles and records', () => {
  it('refuses a help-desk officer and an auditor everywhere on the counter, and records it', async () => {
    const id = await enter(freshId(), `roles.${process.pid}@example.com`)
    for (const client of [helpDesk, auditor]) {
      for (const url of [
        OFFICER_PATHS.counter,
        OFFICER_PATHS.newCounter,
        OFFICER_PATHS.counterEntry(id),
      ]) {
        const res = await client.get(url)
        assert.equal(res.statusCode, 403, url)
      }
      const home = await client.get(OFFICER_PATHS.home)
      const token = /name="_csrf" value="([^"]+)"/.exec(home.body)?.[1] ?? ''
      for (const [action, form] of [
        [OFFICER_PATHS.newCounter, entryForm(freshId(), 'x@example.com')],
        [OFFICER_PATHS.confirmCounter(id), { matches: 'yes' }],
        [OFFICER_PATHS.rejectCounter(id), { reason: 'ไม่มีสิทธิ์แต่ลองดู' }],
      ] as const) {
        const res = await client.postWithToken(action, { _csrf: token, ...form })
        assert.equal(res.statusCode, 403, action)
      }
      assert.ok(!home.body.includes(`href="${OFFICER_PATHS.counter}"`), 'no link to the counter')
    }
    assert.equal((await entryRow(id)).status, 'pending')
    const refusals = await tdb.database.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('action', '=', 'officer.access_refused')
      .where(sql<boolean>`data->>'wanted' LIKE '%/officer/counter%'`)
      .executeTakeFirstOrThrow()
    assert.ok(Number(refusals.n) >= 12)
    await assert.rejects(
      confirmCounterEntry(
        deps(),
        { officerId: newId(), roles: ['help_desk'], requestId: 't', ip: '127.0.0.1' },
        id,
      ),
      ForbiddenError,
    )
  })

  it('answers "not found" for an entry that does not exist', async () => {
    for (const id of [newId(), 'not-a-uuid']) {
      assert.equal((await checker.get(OFFICER_PATHS.counterEntry(id))).statusCode, 404, id)
    }
    const page = await checker.get(OFFICER_PATHS.counter)
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? ''
    const res = await checker.postWithToken(OFFICER_PATHS.confirmCounter(newId()), {
      _csrf: token,
      matches: 'yes',
    })
    assert.equal(res.statusCode, 404)
  })

  it('lists what waits, marking the officer’s own entries', async () => {
    const page = await maker.get(OFFICER_PATHS.counter)
    assert.equal(page.statusCode, 200)
    assert.ok(page.body.includes('ท่านบันทึก ต้องให้คนอื่นตรวจ'))
    const listed = await tdb.database.db
      .selectFrom('audit_events')
      .select('actor_id')
      .where('action', '=', 'counter.list_viewed')
      .where('actor_id', '=', makerOfficer.id)
      .execute()
    assert.ok(listed.length >= 1)
  })
})

describe('the registrant page: grants of authority', () => {
  it('lists the grants a person holds or was named in, and those they made, with status, scopes and period', async () => {
    const db = tdb.database.db
    const granteeId = freshId()
    const grantee = await insertRegistrant(db, crypto, {
      nationalId: granteeId,
      firstTh: 'ผู้รับ',
      lastTh: 'มอบอำนาจ',
      email: `grantee.${process.pid}@example.com`,
    })
    const director = await insertRegistrant(db, crypto, {
      nationalId: freshId(),
      firstTh: 'กรรมการ',
      lastTh: 'ผู้มอบ',
      email: `director.${process.pid}@example.com`,
    })
    const company = newId()
    const juristicId = freshId()
    await db
      .insertInto('juristic_persons')
      .values({ id: company, juristic_id: juristicId })
      .execute()
    const grant = async (o: {
      status: 'active' | 'awaiting_grantee'
      personId: string | null
      scopes: string[]
    }) => {
      const applicationId = newId()
      await db
        .insertInto('applications')
        .values({
          id: applicationId,
          reference: shortReference(),
          kind: 'authority',
          step: 'done',
          status: 'approved',
        })
        .execute()
      const enc = crypto.encrypt(granteeId)
      await db
        .insertInto('authority_grants')
        .values({
          id: newId(),
          juristic_person_id: company,
          application_id: applicationId,
          grantee_id_hmac: crypto.hmac(granteeId).blob,
          grantee_id_enc: enc.blob,
          grantee_id_key_id: enc.keyId,
          grantee_email: `grantee.${process.pid}@example.com`,
          grantee_person_id: o.personId,
          scopes: JSON.stringify(o.scopes),
          valid_from: '2026-01-01',
          valid_until: '2026-12-31',
          status: o.status,
          created_by_person_id: director,
        })
        .execute()
    }
    await grant({
      status: 'active',
      personId: grantee,
      scopes: ['customs_formalities', 'duty_payment'],
    })
    await grant({ status: 'awaiting_grantee', personId: null, scopes: ['vehicle_reports'] })
    const page = await checker.get(OFFICER_PATHS.person(grantee))
    assert.equal(page.statusCode, 200)
    const table =
      /<table class="bo-table" data-grants="true">([\s\S]*?)<\/table>/.exec(page.body)?.[1] ?? ''
    assert.equal(
      [...table.matchAll(/data-grant="/g)].length,
      2,
      'both grants, the pending one by ID',
    )
    for (const text of [
      juristicId,
      'ผู้รับมอบอำนาจ',
      'มีผล',
      'รอผู้รับมอบยืนยัน',
      'ดำเนินพิธีการศุลกากร',
      'ชำระอากร',
      'ยื่นรายงานยานพาหนะ',
      '2569',
    ])
      assert.ok(table.includes(text), text)
    const directorPage = await checker.get(`${OFFICER_PATHS.person(director)}?lang=en`)
    const made =
      /<table class="bo-table" data-grants="true">([\s\S]*?)<\/table>/.exec(
        directorPage.body,
      )?.[1] ?? ''
    assert.equal([...made.matchAll(/data-grant="/g)].length, 2)
    assert.ok(made.includes('Granting director'))
    assert.ok(made.includes('Carry out customs formalities'))
  })
})
