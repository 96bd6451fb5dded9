import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { OFFICER_PATHS } from '../../src/features/back-office/index.js'
import { SEARCH_CAP } from '../../src/features/back-office/registry/search.service.js'
import { viewRegistrant } from '../../src/features/back-office/registry/registrant.service.js'
import type { OfficerClient } from '../../src/features/officers/test-support/officers.js'
import {
  addOfficer,
  insertRegistrant,
  signIn,
} from '../../src/features/officers/test-support/officers.js'
import {
  registerThroughJourney,
  registrantSignedIn,
} from '../../src/features/back-office/test-support/journey.js'
import { ForbiddenError } from '../../src/platform/errors.js'
import { newId } from '../../src/platform/ids.js'
import { createPiiCrypto, type PiiCrypto } from '../../src/platform/pii-crypto.js'
import { formatThaiId } from '../../src/platform/thai-id.js'
import { toThaiDigits } from '../../src/platform/time.js'
import { syntheticPersonFor, type EkycSimulator } from '../../src/simulators/ekyc/index.js'
import { freePort } from '../../src/simulators/ekyc/ekyc-simulator.test-support.js'
import { buildTestApp, testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'
import { idFactory, startSimulatorFor } from '../helpers/journey.js'

let tdb: TestDatabase
let app: FastifyInstance
let sim: EkycSimulator
let crypto: PiiCrypto
let registry: OfficerClient
let helpDesk: OfficerClient
let auditor: OfficerClient
let admin: OfficerClient
let registryId: string
const freshId = idFactory('8')
const personId = freshId()
const email = `b.o.${process.pid}@example.com`
let person: string

before(async () => {
  tdb = await createTestDatabase()
  const config = testConfig({ IDP_SIMULATOR_PORT: String(await freePort()) })
  crypto = createPiiCrypto({ encryption: config.secrets.encryption, hmac: config.secrets.hmac })
  sim = await startSimulatorFor(config, tdb.database)
  app = await buildTestApp(tdb.database, { config })
  await app.ready()
  person = await registerThroughJourney(app, tdb.database, sim.url, personId, email)
  const reg = await addOfficer(app, tdb.database.db, 'registry.one', ['registry_officer'])
  registryId = reg.id
  registry = await signIn(app, reg)
  helpDesk = await signIn(
    app,
    await addOfficer(app, tdb.database.db, 'helpdesk.one', ['help_desk']),
  )
  auditor = await signIn(app, await addOfficer(app, tdb.database.db, 'auditor.one', ['auditor']))
  admin = await signIn(app, await addOfficer(app, tdb.database.db, 'admin.one', ['administrator']))
})
after(async () => {
  await app.close()
  await sim.close()
  await tdb.close()
})

function search(client: OfficerClient, by: string, q: string, page?: number) {
  return client.post(OFFICER_PATHS.registry, OFFICER_PATHS.search, {
    by,
    q,
    ...(page ? { page: String(page) } : {}),
  })
}

/** The audit event of the newest search. */
function lastSearchAudit() {
  return tdb.database.db
    .selectFrom('audit_events')
    .select('data')
    .where('action', '=', 'registry.searched')
    .orderBy('seq', 'desc')
    .executeTakeFirstOrThrow()
}

function personLinks(html: string): string[] {
  return [...html.matchAll(/href="\/officer\/registry\/persons\/([0-9a-f-]{36})"/g)].map(
    (m) => m[1] ?? '',
  )
}

describe('registrant search', () => {
  it('finds a registrant by national ID, exactly, however it is typed', async () => {
    for (const typed of [personId, formatThaiId(personId), toThaiDigits(personId)]) {
      const res = await search(registry, 'id', typed)
      assert.equal(res.statusCode, 200)
      assert.deepEqual(personLinks(res.body), [person])
      assert.match(res.body, new RegExp(`x-xxxx-xxxxx-${personId.slice(10, 12)}-${personId[12]}`))
      const results = res.body.slice(res.body.indexOf('data-results'))
      assert.doesNotMatch(results, new RegExp(personId), 'the results show no full ID')
    }
    const other = await search(registry, 'id', freshId())
    assert.deepEqual(personLinks(other.body), [])
    assert.match(other.body, /ไม่พบผู้ลงทะเบียน/)
    const audit = await tdb.database.db
      .selectFrom('audit_events')
      .select(['data', 'actor_id'])
      .where('action', '=', 'registry.searched')
      .where('actor_id', '=', registryId)
      .execute()
    assert.ok(audit.length >= 4)
    assert.doesNotMatch(JSON.stringify(audit), new RegExp(personId), 'the audit keeps no ID')
  })

  it('finds a registrant by a Thai or English name fragment', async () => {
    const synthetic = syntheticPersonFor(personId)
    const thai = await search(registry, 'name', synthetic.lastNameTh)
    assert.ok(personLinks(thai.body).includes(person))
    const english = await search(
      registry,
      'name',
      (synthetic.lastNameEn ?? '').slice(0, 4).toUpperCase(),
    )
    assert.ok(personLinks(english.body).includes(person))
  })

  it('finds any part of a name, across words, and takes every character as typed', async () => {
    const id = await insertRegistrant(tdb.database.db, crypto, {
      nationalId: freshId(),
      firstTh: 'ทดสอบส่วนกลาง',
      lastTh: 'ใจกลางคำ',
      firstEn: 'Wanchai',
      lastEn: "D'Arcy&Co:*",
      email: `parts.${process.pid}@example.com`,
      registered: true,
    })
    const finds = async (q: string) => personLinks((await search(registry, 'name', q)).body)
    // Inside a word, at its end, and over a first name and surname (no middle name between
    // them: one space, however many were typed).
    assert.deepEqual(await finds('ลางค'), [id])
    assert.deepEqual(await finds('NCHAI'), [id])
    assert.deepEqual(await finds("  nchai   d'ar "), [id])
    assert.deepEqual(await finds('ส่วนกลาง ใจ'), [id])
    // The index finds both words of "chai wan"; the whole fragment is not in the name.
    assert.deepEqual(await finds('chai wan'), [])
    // Quotes, operators and backslashes are letters of a name, not of a query.
    assert.deepEqual(await finds("d'arcy&co:*"), [id])
    for (const q of ['arcy|x', "co:* & 'x'", 'rcy\\', '!cy&']) {
      const res = await search(registry, 'name', q)
      assert.equal(res.statusCode, 200, q)
      assert.deepEqual(personLinks(res.body), [], q)
    }
    // Three characters of one word at least: "ab c" is refused like "ab".
    const short = await search(registry, 'name', 'wa n c')
    assert.equal(short.statusCode, 400)
    assert.match(short.body, /<a href="#q">กรอกชื่อหรือนามสกุลอย่างน้อย 3 ตัวอักษร/)
    assert.match(short.body, /value="wa n c"/, 'what was typed stays in the field')
  })

  it('finds a registrant by e-mail, whatever its case', async () => {
    const res = await search(helpDesk, 'email', email.toUpperCase())
    assert.deepEqual(personLinks(res.body), [person])
  })

  it('shows the form again with a linked error for a short name or a wrong ID', async () => {
    const short = await search(registry, 'name', 'สม')
    assert.equal(short.statusCode, 400)
    assert.match(short.body, /<a href="#q">กรอกชื่อหรือนามสกุลอย่างน้อย 3 ตัวอักษร/)
    assert.match(short.body, /aria-invalid="true"/)
    const wrong = await search(registry, 'id', '1234567890123')
    assert.equal(wrong.statusCode, 400)
    assert.match(wrong.body, /เลขประจำตัวประชาชนไม่ถูกต้อง/)
  })

  it('orders results in Thai and pages through them with POSTs', async () => {
    const firsts = ['เกษม', 'กมล', 'ขจร', 'ใจดี', 'ไพโรจน์', 'อำนาจ', 'ฉลอง', 'บุญมี', 'สมชาย', 'ณัฐ']
    for (let i = 0; i < 25; i++) {
      await insertRegistrant(tdb.database.db, crypto, {
        nationalId: freshId(),
        firstTh: `${firsts[i % firsts.length] ?? ''}${i < 10 ? '' : String.fromCharCode(0x0e01 + i)}`,
        lastTh: 'เรียงลำดับทดสอบ',
        firstEn: `Sort${i}`,
        lastEn: 'Ordering',
        email: `sort${i}.${process.pid}@example.com`,
      })
    }
    const one = await search(registry, 'name', 'เรียงลำดับ')
    assert.match(one.body, /พบ 25 ราย/)
    assert.match(one.body, /หน้า 1 จาก 2/)
    const names = [...one.body.matchAll(/persons\/[0-9a-f-]{36}">นาย([^ <]+) เรียงลำดับทดสอบ/g)].map(
      (m) => m[1] ?? '',
    )
    assert.equal(names.length, 20)
    const collator = new Intl.Collator('th')
    assert.deepEqual(names, [...names].sort(collator.compare))
    // Thai order is not code-point order: เกษม sorts with ก, before ข.
    assert.ok(names.indexOf('เกษม') < names.indexOf('ขจร'))
    assert.ok(names.indexOf('กมล') < names.indexOf('เกษม'))
    const two = await search(registry, 'name', 'เรียงลำดับ', 2)
    assert.match(two.body, /หน้า 2 จาก 2/)
    assert.equal(personLinks(two.body).length, 5)
    assert.equal(new Set([...personLinks(one.body), ...personLinks(two.body)]).size, 25)
    // A page past the end (an old form, a tampered number) shows the last one.
    const past = await search(registry, 'name', 'เรียงลำดับ', 9)
    assert.match(past.body, /หน้า 2 จาก 2/)
    assert.deepEqual(personLinks(past.body), personLinks(two.body))
  })

  it('asks to narrow a search that matches more registrants than it lists', async () => {
    for (let i = 0; i <= SEARCH_CAP; i++) {
      await insertRegistrant(tdb.database.db, crypto, {
        nationalId: freshId(),
        firstTh: 'มาก',
        lastTh: `เกินขีดจำกัด${String.fromCharCode(0x0e01 + (i % 40))}`,
        email: `many${i}.${process.pid}@example.com`,
      })
    }
    const many = await search(registry, 'name', 'เกินขีดจำกัด')
    assert.equal(many.statusCode, 200)
    assert.match(many.body, new RegExp(`พบมากกว่า ${SEARCH_CAP} ราย`))
    assert.match(many.body, /พิมพ์ชื่อหรือนามสกุลให้ยาวขึ้น/)
    assert.deepEqual(personLinks(many.body), [], 'no arbitrary part of the matches is listed')
    const audit = await lastSearchAudit()
    assert.equal(audit.data.capped, true)
    // Narrowed, the same people are listed; a person out of scope (no registration) is not.
    const outside = await insertRegistrant(tdb.database.db, crypto, {
      nationalId: freshId(),
      firstTh: 'นอก',
      lastTh: 'เกินขีดจำกัดก',
      email: `outside.${process.pid}@example.com`,
      registered: false,
    })
    const narrow = await search(registry, 'name', 'เกินขีดจำกัดก')
    assert.match(narrow.body, /พบ 6 ราย/)
    assert.equal(personLinks(narrow.body).length, 6)
    assert.ok(!personLinks(narrow.body).includes(outside))
  })

  it('counts people, not name records: a renamed person is one match', async () => {
    // 150 people, 60 of them renamed with the fragment in both names: 210 name records, more
    // than the first look (SEARCH_CAP + 1) takes, yet 150 people — listed, not "narrow".
    for (let i = 0; i < 150; i++) {
      const id = await insertRegistrant(tdb.database.db, crypto, {
        nationalId: freshId(),
        firstTh: 'ย้าย',
        lastTh: `เปลี่ยนชื่อสกุล${String.fromCharCode(0x0e01 + (i % 40))}`,
        email: `renamed${i}.${process.pid}@example.com`,
      })
      if (i < 60)
        await tdb.database.db
          .insertInto('person_profiles')
          .values({
            id: newId(),
            person_id: id,
            source: 'bank',
            first_name_th: 'ย้าย',
            last_name_th: `เปลี่ยนชื่อสกุลใหม่${i}`,
            birth_date: '1980-02-29',
            nationality: 'THA',
            effective_from: new Date(Date.now() + 1000),
          })
          .execute()
    }
    assert.ok(150 + 60 > SEARCH_CAP + 1)
    const res = await search(registry, 'name', 'เปลี่ยนชื่อสกุล')
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /พบ 150 ราย/)
    assert.equal(personLinks(res.body).length, 20)
    const audit = await lastSearchAudit()
    assert.equal(audit.data.capped, false)
    assert.equal(audit.data.matches, 150)
  })

  it('refuses the search to an administrator, and records the refusal', async () => {
    const res = await admin.get(OFFICER_PATHS.registry)
    assert.equal(res.statusCode, 403)
    const token = /name="_csrf" value="([^"]+)"/.exec(
      (await admin.get(OFFICER_PATHS.home)).body,
    )?.[1]
    const post = await admin.postWithToken(OFFICER_PATHS.search, {
      _csrf: token ?? '',
      by: 'id',
      q: personId,
    })
    assert.equal(post.statusCode, 403)
    const refusals = await tdb.database.db
      .selectFrom('audit_events')
      .select(['data'])
      .where('action', '=', 'officer.access_refused')
      .where('actor_role', '=', 'administrator')
      .execute()
    assert.ok(refusals.length >= 2)
    assert.ok(refusals.every((r) => r.data.permission === 'registry.search'))
  })
})

describe('the registrant page', () => {
  it('shows data masked, with its source, registrations, every rule result and the history', async () => {
    const res = await registry.get(OFFICER_PATHS.person(person))
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /data-field="nationalId">x-xxxx-xxxxx-\d\d-\d</)
    assert.doesNotMatch(res.body, new RegExp(personId))
    assert.match(res.body, /data-field="mobile">xxx-xxx-5678</)
    assert.doesNotMatch(res.body, /0812345678/)
    assert.match(res.body, /data-field="birthDate">xxxx-xx-xx</)
    assert.match(res.body, /จากธนาคาร/)
    assert.match(res.body, /ผู้ลงทะเบียนกรอกเอง/)
    assert.match(res.body, /data-status="ACTIVE"/)
    for (const rule of ['id_check_digit', 'thai_national', 'not_already_registered'])
      assert.match(res.body, new RegExp(`data-rule="${rule}"`))
    assert.match(res.body, /ประวัติการตรวจสอบ/)
    assert.match(res.body, /name="reason"/)
    const viewed = await tdb.database.db
      .selectFrom('audit_events')
      .select(['actor_id', 'actor_role'])
      .where('action', '=', 'registry.person_viewed')
      .where('subject_id', '=', person)
      .execute()
    assert.ok(viewed.some((v) => v.actor_id === registryId && v.actor_role === 'registry_officer'))
  })

  it('reveals the data for this response only after a reason, and audits the reason', async () => {
    const page = OFFICER_PATHS.person(person)
    const missing = await registry.post(page, OFFICER_PATHS.reveal(person), {
      reason: '',
      reasonText: '',
    })
    assert.equal(missing.statusCode, 400)
    assert.match(missing.body, /href="#reason"/)
    assert.match(missing.body, /href="#reasonText"/)
    // Each field with a problem says so to assistive technology, the list as well as the text.
    assert.match(missing.body, /<select[^>]*id="reason"[^>]*aria-invalid="true"/)
    assert.match(missing.body, /<textarea[^>]*id="reasonText"[^>]*aria-invalid="true"/)
    assert.doesNotMatch(missing.body, new RegExp(personId))
    const text = 'คำขอเลขที่ DSR-2568-0042 ขอสำเนาข้อมูล'
    const res = await registry.post(page, OFFICER_PATHS.reveal(person), {
      reason: 'subject_request',
      reasonText: text,
    })
    assert.equal(res.statusCode, 200)
    assert.match(res.body, new RegExp(`data-field="nationalId">${personId}<`))
    assert.match(res.body, /data-field="mobile">0812345678</)
    assert.match(res.body, /แสดงข้อมูลส่วนบุคคลเฉพาะในหน้านี้/)
    const [event] = await tdb.database.db
      .selectFrom('audit_events as e')
      .innerJoin('audit_event_details as d', 'd.event_id', 'e.id')
      .select(['e.actor_id', 'e.data', 'd.reason'])
      .where('e.action', '=', 'registry.personal_data_revealed')
      .where('e.subject_id', '=', person)
      .execute()
    assert.equal(event?.actor_id, registryId)
    assert.equal(event?.data.reasonCode, 'subject_request')
    assert.equal(event?.reason, `subject_request: ${text}`)
    assert.doesNotMatch(JSON.stringify(event?.data), new RegExp(personId))
    const again = await registry.get(page)
    assert.doesNotMatch(again.body, new RegExp(personId), 'masked again on the next request')
    // The reveal is in the history the next officer sees.
    assert.match(again.body, /data-action="registry.personal_data_revealed"/)
  })

  it('refuses a reveal without the CSRF token', async () => {
    const before = await tdb.database.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('action', '=', 'registry.personal_data_revealed')
      .executeTakeFirstOrThrow()
    const res = await registry.postWithToken(OFFICER_PATHS.reveal(person), {
      reason: 'other',
      reasonText: 'no token in this form',
    })
    assert.equal(res.statusCode, 403)
    assert.doesNotMatch(res.body, new RegExp(personId))
    const afterCount = await tdb.database.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('action', '=', 'registry.personal_data_revealed')
      .executeTakeFirstOrThrow()
    assert.equal(afterCount.n, before.n)
    const csrf = await tdb.database.db
      .selectFrom('audit_events')
      .select('data')
      .where('action', '=', 'security.csrf_refused')
      .execute()
    assert.ok(csrf.some((c) => String(c.data.route).includes('/reveal')))
  })

  it('lets the help desk find and read, but never reveal', async () => {
    const page = await helpDesk.get(OFFICER_PATHS.person(person))
    assert.equal(page.statusCode, 200)
    assert.doesNotMatch(page.body, /name="reason"/, 'no reveal form')
    assert.doesNotMatch(page.body, /ประวัติการตรวจสอบ/, 'no audit history')
    assert.match(page.body, /data-rule="thai_national"/, 'rule results, to explain a refusal')
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? ''
    const res = await helpDesk.postWithToken(OFFICER_PATHS.reveal(person), {
      _csrf: token,
      reason: 'registrant_enquiry',
      reasonText: 'the caller asked for it',
    })
    assert.equal(res.statusCode, 403)
    assert.doesNotMatch(res.body, new RegExp(personId))
    const refusal = await tdb.database.db
      .selectFrom('audit_events')
      .select(['data', 'actor_role'])
      .where('action', '=', 'officer.access_refused')
      .where('actor_role', '=', 'help_desk')
      .executeTakeFirstOrThrow()
    assert.equal(refusal.data.permission, 'registry.reveal')
  })

  it('lets an auditor read the history but not reveal', async () => {
    const page = await auditor.get(OFFICER_PATHS.person(person))
    assert.match(page.body, /ประวัติการตรวจสอบ/)
    assert.doesNotMatch(page.body, /name="reason"/)
  })

  it('answers "not found" for a person outside the scope, an unknown id or a malformed one', async () => {
    const outside = await insertRegistrant(tdb.database.db, crypto, {
      nationalId: freshId(),
      firstTh: 'นอกขอบเขต',
      lastTh: 'ไม่มีทะเบียน',
      email: `outside.${process.pid}@example.com`,
      registered: false,
    })
    for (const id of [outside, newId(), 'not-a-uuid', '..%2F..%2Fadmin']) {
      const res = await registry.get(OFFICER_PATHS.person(id))
      assert.equal(res.statusCode, 404, id)
    }
    const byName = await search(registry, 'name', 'นอกขอบเขต')
    assert.deepEqual(personLinks(byName.body), [], 'nor does a search find them')
    const page = await registry.get(OFFICER_PATHS.person(person))
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? ''
    const reveal = await registry.postWithToken(OFFICER_PATHS.reveal(outside), {
      _csrf: token,
      reason: 'other',
      reasonText: 'probing another record',
    })
    assert.equal(reveal.statusCode, 404)
    const refusals = await tdb.database.db
      .selectFrom('audit_events')
      .select(['data'])
      .where('action', '=', 'officer.access_refused')
      .where('subject_id', '=', outside)
      .execute()
    assert.equal(refusals.length, 2)
  })

  it('checks the permission again in the service', async () => {
    await assert.rejects(
      viewRegistrant(
        { db: tdb.database.db, crypto, publicBaseUrl: 'http://localhost' },
        { officerId: newId(), roles: ['integrity_risk'], requestId: 't', ip: '127.0.0.1' },
        person,
      ),
      ForbiddenError,
    )
  })

  it('keeps registrants out of the back office', async () => {
    const d = await registrantSignedIn(app, sim.url, personId)
    for (const url of [OFFICER_PATHS.home, OFFICER_PATHS.registry, OFFICER_PATHS.person(person)]) {
      const res = await d.get(url)
      assert.equal(res.headers.location, OFFICER_PATHS.signIn, url)
    }
  })

  it('has no path that approves or refuses a registration', async () => {
    const page = await registry.get(OFFICER_PATHS.person(person))
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? ''
    for (const verb of ['approve', 'refuse', 'override', 'decision']) {
      const res = await registry.postWithToken(`${OFFICER_PATHS.person(person)}/${verb}`, {
        _csrf: token,
      })
      assert.equal(res.statusCode, 404)
    }
  })
})
