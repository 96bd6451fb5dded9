import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { OFFICER_PATHS } from '../../src/features/back-office/index.js'
import type { OfficerClient } from '../../src/features/officers/test-support/officers.js'
import { addOfficer, signIn } from '../../src/features/officers/test-support/officers.js'
import { registerThroughJourney } from '../../src/features/back-office/test-support/journey.js'
import { PDPA_PATHS } from '../../src/features/pdpa/index.js'
import type { LifecycleChangeTables } from '../../src/platform/db/schema.js'
import { maskThaiId } from '../../src/platform/thai-id.js'
import { syntheticPersonFor, type EkycSimulator } from '../../src/simulators/ekyc/index.js'
import { csrfFrom } from '../helpers/app.js'
import type { TestDatabase } from '../helpers/db.js'
import { approveOnPhone, Desktop, handleFrom, idFactory, journeyApp } from '../helpers/journey.js'

/** The registrations' status lines and changes in the JSON copy. */
interface RegistrationLifeExport {
  statusHistory: { registrationId: string; status: string; reason: string; changedAt: string }[]
  changes: { kind: string; at: string; [field: string]: unknown }[]
}

let tdb: TestDatabase
let app: FastifyInstance
let sim: EkycSimulator
let close: () => Promise<void>
let registry: OfficerClient
let dpo: OfficerClient
let helpDesk: OfficerClient
const freshId = idFactory('9')
/** A person whose synthetic birth date is full, or (DOPA's '1975-00-00') only a year. */
function personWith(birthDate: 'full' | 'year only'): string {
  for (;;) {
    const id = freshId()
    if (syntheticPersonFor(id).birthDate.endsWith('-00') === (birthDate === 'year only')) return id
  }
}
const idA = personWith('full')
const idB = personWith('year only')
let personA = ''
let personB = ''
let a: Desktop
let b: Desktop

/** Signs in through the bank; returns the browser and where /account sent it. */
async function bankSignIn(nationalId: string): Promise<{ d: Desktop; landing: string }> {
  const d = new Desktop(app)
  await d.post('/account/sign-in', '/account/sign-in', {})
  const handle = handleFrom((await d.get('/account/sign-in')).body)
  const callback = await approveOnPhone(app, sim.url, handle, { national_id: nationalId })
  assert.ok(callback)
  const back = await d.get(callback)
  const cont = await d.get(String(back.headers.location))
  assert.equal(cont.headers.location, '/account')
  const account = await d.get('/account')
  return { d, landing: account.statusCode === 200 ? '/account' : String(account.headers.location) }
}

before(async () => {
  ;({ tdb, app, sim, close } = await journeyApp())
  personA = await registerThroughJourney(
    app,
    tdb.database,
    sim.url,
    idA,
    `pdpa.a.${process.pid}@example.com`,
  )
  personB = await registerThroughJourney(
    app,
    tdb.database,
    sim.url,
    idB,
    `pdpa.b.${process.pid}@example.com`,
  )
  const db = tdb.database.db
  registry = await signIn(app, await addOfficer(app, db, 'pdpa.registry', ['registry_officer']))
  dpo = await signIn(app, await addOfficer(app, db, 'pdpa.dpo', ['data_protection']))
  helpDesk = await signIn(app, await addOfficer(app, db, 'pdpa.helpdesk', ['help_desk']))
  a = (await bankSignIn(idA)).d
  b = (await bankSignIn(idB)).d
})
after(() => close())

describe('my data', () => {
  it('shows every field with its source, masked national ID, purposes and lawful basis', async () => {
    const page = await a.get(PDPA_PATHS.myData)
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /<h1 class="heading-l">ข้อมูลส่วนบุคคลของท่าน<\/h1>/)
    assert.ok(page.body.includes(maskThaiId(idA)), 'the national ID is masked')
    assert.doesNotMatch(page.body, new RegExp(idA), 'never in full on the page')
    assert.match(page.body, /data-field="nationality">ไทย</, 'the nationality in words')
    for (const field of ['nameTh', 'nameEn', 'birthDate', 'idCardAddress', 'email', 'mobile'])
      assert.match(page.body, new RegExp(`data-field="${field}"`))
    assert.match(page.body, /<span class="source-tag">ธนาคาร<\/span>/)
    assert.match(page.body, /ท่านกรอกเอง/)
    assert.match(page.body, /มาตรา 24\(4\)/)
    assert.match(page.body, new RegExp(`pdpa.a.${process.pid}@example.com`))
    assert.doesNotMatch(page.body, new RegExp(`pdpa.b.${process.pid}@example.com`))
    // Acceptances made in the journey belong to the person.
    assert.match(page.body, /ประกาศความเป็นส่วนตัว ระบบลงทะเบียนผู้ประกอบการออนไลน์/)
    const english = await a.get(`${PDPA_PATHS.myData}?lang=en`)
    assert.match(english.body, /Your personal data/)
    assert.match(english.body, /Section 24\(4\)/)
    await a.get(`${PDPA_PATHS.myData}?lang=th`)
  })

  it('sends anyone not signed in as a registrant to sign in, officers included', async () => {
    for (const path of [
      PDPA_PATHS.myData,
      PDPA_PATHS.exportJson,
      PDPA_PATHS.print,
      PDPA_PATHS.newRequest,
      PDPA_PATHS.acknowledge,
    ]) {
      assert.equal((await new Desktop(app).get(path)).headers.location, '/account/sign-in', path)
      assert.equal((await registry.get(path)).headers.location, '/account/sign-in', path)
    }
  })

  it('shows an officer’s reveal by role, unit and reason, never by name', async () => {
    const person = OFFICER_PATHS.person(personA)
    const reveal = await registry.post(person, OFFICER_PATHS.reveal(personA), {
      reason: 'registrant_enquiry',
      reasonText: 'ผู้ลงทะเบียนโทร 1164 สอบถามสถานะ',
    })
    assert.equal(reveal.statusCode, 200)
    const page = await a.get(PDPA_PATHS.myData)
    const log = page.body.slice(page.body.indexOf('id="access-log"'))
    assert.match(log, /data-access-action="registry.personal_data_revealed"/)
    assert.match(log, /data-access-action="registry.person_viewed"/)
    assert.match(log, /<span data-access-role="true">เจ้าหน้าที่ทะเบียน<\/span>/)
    assert.match(log, /<span data-access-unit="true">หน่วยทดสอบ<\/span>/)
    assert.match(log, /ตอบข้อสอบถามของผู้ลงทะเบียนที่ยืนยันตัวตนแล้ว: ผู้ลงทะเบียนโทร 1164 สอบถามสถานะ/)
    assert.doesNotMatch(page.body, /Officer pdpa\.registry|pdpa\.registry/, 'no officer name')
    // B was not looked at, and does not see A's access.
    const other = await b.get(PDPA_PATHS.myData)
    assert.match(other.body, /ยังไม่มีเจ้าหน้าที่เข้าถึงข้อมูลของท่าน/)
    // B's birth date is a year only (DOPA's 00-00): shown as the Buddhist year.
    const year = Number(syntheticPersonFor(idB).birthDate.slice(0, 4)) + 543
    assert.match(other.body, new RegExp(`data-field="birthDate">${year}<`))
  })

  it('withholds the words of a reveal for an investigation, but shows that it happened', async () => {
    await registry.post(OFFICER_PATHS.person(personB), OFFICER_PATHS.reveal(personB), {
      reason: 'investigation',
      reasonText: 'แฟ้มสอบสวนภายในเลขที่ 12/2568 ลับ',
    })
    const page = await b.get(PDPA_PATHS.myData)
    assert.match(page.body, /ไม่เปิดเผยรายละเอียด/)
    assert.doesNotMatch(page.body, /แฟ้มสอบสวนภายใน/)
  })

  it('gives a JSON copy with the full ID and a print view, both audited', async () => {
    // A's registration had its e-mail changed and was refreshed from the bank; B's e-mail too.
    const db = tdb.database.db
    const registrationOf = async (personId: string) =>
      (
        await db
          .selectFrom('registrations')
          .select('id')
          .where('person_id', '=', personId)
          .executeTakeFirstOrThrow()
      ).id
    const [regA, regB] = [await registrationOf(personA), await registrationOf(personB)]
    const changes = db.withTables<LifecycleChangeTables>()
    const oldEmail = `pdpa.a.${process.pid}@example.com`
    const newEmail = `pdpa.a.new.${process.pid}@example.com`
    await changes
      .insertInto('registration_contact_changes')
      .values([
        {
          id: randomUUID(),
          registration_id: regA,
          field: 'email',
          old_value: JSON.stringify(oldEmail),
          new_value: JSON.stringify(newEmail),
          changed_by: personA,
        },
        {
          id: randomUUID(),
          registration_id: regB,
          field: 'email',
          old_value: JSON.stringify(`pdpa.b.${process.pid}@example.com`),
          new_value: JSON.stringify(`pdpa.b.other.${process.pid}@example.com`),
          changed_by: personB,
        },
      ])
      .execute()
    await changes
      .insertInto('registration_refreshes')
      .values({
        id: randomUUID(),
        registration_id: regA,
        reference: 'RF-PDPA-A',
        source: 'bank',
        profile_id: (
          await db
            .selectFrom('person_profiles')
            .select('id')
            .where('person_id', '=', personA)
            .executeTakeFirstOrThrow()
        ).id,
        rule_set_id: 'refresh',
        rule_set_version: '2026.1',
        outcome: 'approved',
        results: JSON.stringify([]),
        requested_by: personA,
      })
      .execute()

    const json = await a.get(PDPA_PATHS.exportJson)
    assert.equal(json.statusCode, 200)
    assert.match(String(json.headers['content-disposition']), /attachment/)
    const data = JSON.parse(json.body) as {
      format: string
      identity: { fields: { nationalId: { value: string; source: string } } }
      access: { records: { officerRoles: string[]; officerUnit: string }[] }
    }
    assert.equal(data.format, 'ctp-personal-data-export/1')
    assert.equal(data.identity.fields.nationalId.value, idA)
    assert.equal(data.identity.fields.nationalId.source, 'bank')
    assert.ok(data.access.records.some((r) => r.officerRoles.includes('registry_officer')))
    assert.doesNotMatch(json.body, new RegExp(idB))
    // The registration's life as the page shows it: its status lines, the e-mail changed (old
    // and new), the refresh; the national ID only once, under identity; nothing of B's.
    const life = (JSON.parse(json.body) as { registrations: RegistrationLifeExport }).registrations
    assert.deepEqual(
      life.statusHistory.map((l) => [l.registrationId, l.status, l.reason]),
      [[regA, 'ACTIVE', 'automatic-approval']],
    )
    assert.ok(life.statusHistory.every((l) => !Number.isNaN(Date.parse(l.changedAt))))
    assert.ok(life.changes.every((c) => !Number.isNaN(Date.parse(c.at))))
    const byKind = life.changes
      .map((c) => ({ ...c, at: typeof c.at }))
      .sort((x, y) => x.kind.localeCompare(y.kind))
    assert.deepEqual(byKind, [
      {
        kind: 'contact',
        registrationId: regA,
        at: 'string',
        field: 'email',
        oldValue: oldEmail,
        newValue: newEmail,
      },
      {
        kind: 'refresh',
        registrationId: regA,
        at: 'string',
        source: 'bank',
        outcome: 'approved',
        receiptId: null,
      },
    ])
    assert.equal(json.body.split(idA).length - 1, 1, 'the full national ID once, under identity')
    assert.doesNotMatch(json.body, new RegExp(`pdpa.b.other.${process.pid}`))
    const print = await a.get(PDPA_PATHS.print)
    assert.equal(print.statusCode, 200)
    assert.match(print.body, /สำเนาข้อมูลส่วนบุคคล/)
    assert.ok(print.body.includes(maskThaiId(idA)))
    const events = await tdb.database.db
      .selectFrom('audit_events')
      .select(['data'])
      .where('action', '=', 'pdpa.data_exported')
      .where('subject_id', '=', personA)
      .execute()
    assert.deepEqual(events.map((e) => e.data.format).sort(), ['json', 'print'])
  })
})

describe('data-subject requests, person to person (IDOR)', () => {
  it('keeps one registrant’s requests from another by any URL', async () => {
    const res = await a.post(PDPA_PATHS.newRequest, PDPA_PATHS.requests, {
      kind: 'rectification',
      details: 'ที่อยู่สำหรับจัดส่งเอกสารไม่ถูกต้อง ขอแก้เป็นเลขที่ 9',
    })
    assert.equal(res.statusCode, 303)
    const path = String(res.headers.location).replace(/\?.*$/, '')
    assert.match(path, /^\/account\/my-data\/requests\/[0-9a-f-]{36}$/)
    assert.equal((await a.get(path)).statusCode, 200)
    const stolen = await b.get(path)
    assert.equal(stolen.statusCode, 404)
    assert.doesNotMatch(stolen.body, /ขอแก้เป็นเลขที่ 9/)
    assert.equal((await new Desktop(app).get(path)).headers.location, '/account/sign-in')
    for (const probe of ['not-a-uuid', '00000000-0000-7000-8000-000000000000', '..%2F..%2Fofficer'])
      assert.equal((await b.get(PDPA_PATHS.request(probe))).statusCode, 404)
    const mine = await b.get(PDPA_PATHS.myData)
    assert.doesNotMatch(mine.body, /ขอแก้เป็นเลขที่ 9/)
    assert.doesNotMatch((await b.get(PDPA_PATHS.exportJson)).body, /ขอแก้เป็นเลขที่ 9/)
  })

  it('refuses a request form without a kind or with too few words, with a linked summary', async () => {
    const res = await a.post(PDPA_PATHS.newRequest, PDPA_PATHS.requests, { details: 'สั้น' })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /<title>ข้อผิดพลาด: /)
    assert.match(res.body, /<a href="#kind">เลือกประเภทคำขอ<\/a>/)
    assert.match(res.body, /<a href="#details">รายละเอียดต้องมี 10 ถึง 2,000 ตัวอักษร<\/a>/)
    const page = await a.get(PDPA_PATHS.newRequest)
    const noToken = await a.postWithToken(PDPA_PATHS.requests, {
      _csrf: 'wrong',
      kind: 'access',
      details: 'ขอสำเนาข้อมูลทั้งหมดของข้าพเจ้า',
    })
    assert.equal(noToken.statusCode, 403, 'CSRF is checked')
    assert.ok(csrfFrom(page.body))
  })

  it('keeps the DPO pages from registrants and from officers without the role', async () => {
    const forbidden = await helpDesk.get(PDPA_PATHS.dpoRequests)
    assert.equal(forbidden.statusCode, 403)
    assert.equal((await registry.get(PDPA_PATHS.dpoDocuments)).statusCode, 403)
    assert.equal((await a.get(PDPA_PATHS.dpoRequests)).headers.location, OFFICER_PATHS.signIn)
    const refusals = await tdb.database.db
      .selectFrom('audit_events')
      .select('data')
      .where('action', '=', 'officer.access_refused')
      .where('outcome', '=', 'refused')
      .execute()
    assert.ok(refusals.some((r) => String(r.data.wanted).includes(PDPA_PATHS.dpoRequests)))
  })
})

describe('a new version of a notice', () => {
  const body = (lang: string) =>
    `${lang}: ปรับปรุงระยะเวลาเก็บรักษาข้อมูลดิบจากธนาคาร และเพิ่มช่องทางติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล\nย่อหน้าที่สอง`

  it('is published by the DPO only, with every field checked', async () => {
    const empty = await dpo.post(PDPA_PATHS.dpoDocuments, PDPA_PATHS.dpoDocuments, {})
    assert.equal(empty.statusCode, 400)
    for (const field of ['kind', 'titleTh', 'titleEn', 'bodyTh', 'bodyEn', 'confirm'])
      assert.match(empty.body, new RegExp(`<a href="#${field}">`), field)
    const refused = await registry.postWithToken(PDPA_PATHS.dpoDocuments, {
      _csrf: csrfFrom((await registry.get(OFFICER_PATHS.registry)).body),
      kind: 'privacy',
    })
    assert.equal(refused.statusCode, 403)
    const res = await dpo.post(PDPA_PATHS.dpoDocuments, PDPA_PATHS.dpoDocuments, {
      kind: 'privacy',
      titleTh: 'ประกาศความเป็นส่วนตัว ฉบับปรับปรุง',
      titleEn: 'Privacy notice, revised',
      bodyTh: body('TH'),
      bodyEn: body('EN'),
      confirm: 'yes',
    })
    assert.equal(res.statusCode, 303)
    assert.match(String(res.headers.location), /published=privacy-2$/)
    const page = await dpo.get(String(res.headers.location))
    assert.match(page.body, /data-published/)
    assert.match(page.body, /<span data-version="privacy">2<\/span>/)
    const event = await tdb.database.db
      .selectFrom('audit_events')
      .select(['data', 'actor_role'])
      .where('action', '=', 'pdpa.document_published')
      .executeTakeFirstOrThrow()
    assert.deepEqual(event.data, { kind: 'privacy', version: 2 })
    assert.equal(event.actor_role, 'data_protection')
  })

  it("publishes the agency's data-protection policy with the date it takes effect, on a public page", async () => {
    const form = {
      kind: 'policy',
      titleTh: 'นโยบายการคุ้มครองข้อมูลส่วนบุคคลของกรมศุลกากร',
      titleEn: "The Customs Department's data-protection policy",
      bodyTh: body('TH'),
      bodyEn: body('EN'),
      confirm: 'yes',
    }
    const undated = await dpo.post(PDPA_PATHS.dpoDocuments, PDPA_PATHS.dpoDocuments, form)
    assert.equal(undated.statusCode, 400)
    assert.match(undated.body, /<a href="#effectiveOn">/)
    assert.match(undated.body, /นโยบายการคุ้มครองข้อมูลส่วนบุคคลของกรมศุลกากร/, 'what was typed is kept')
    const res = await dpo.post(PDPA_PATHS.dpoDocuments, PDPA_PATHS.dpoDocuments, {
      ...form,
      effectiveOn: '1/10/2565',
    })
    assert.equal(res.statusCode, 303)
    assert.match(String(res.headers.location), /published=policy-1$/)
    const dpoPage = await dpo.get(String(res.headers.location))
    assert.match(dpoPage.body, /data-published/)
    const page = await app.inject('/data-protection-policy?lang=en')
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /Version 1, in effect from 1 October 2022/)
    assert.match(page.body, /<code>[0-9a-f]{64}<\/code>/)
    const event = await tdb.database.db
      .selectFrom('audit_events')
      .select(['data'])
      .where('action', '=', 'pdpa.document_published')
      .where(sql<boolean>`data->>'kind' = 'policy'`)
      .executeTakeFirstOrThrow()
    assert.equal((event.data as { effectiveOn: string }).effectiveOn, '2022-10-01')
  })

  it('makes a registrant acknowledge it at the next sign-in, before /account', async () => {
    const { d, landing } = await bankSignIn(idA)
    assert.equal(landing, PDPA_PATHS.acknowledge)
    const page = await d.get(PDPA_PATHS.acknowledge)
    assert.match(page.body, /data-document="privacy-2"/)
    assert.doesNotMatch(page.body, /data-document="terms-/, 'terms are already accepted')
    const ids = [...page.body.matchAll(/name="document" value="([^"]+)"/g)].map((x) => x[1] ?? '')
    const missing = await d.postWithToken(PDPA_PATHS.acknowledge, {
      _csrf: csrfFrom(page.body),
      document: ids[0] ?? '',
    })
    assert.equal(missing.statusCode, 400)
    assert.match(missing.body, /<a href="#acknowledge">/)
    // Still asked for while it is pending, whichever page of the account is opened first.
    assert.equal((await d.get('/account')).headers.location, PDPA_PATHS.acknowledge)
    const done = await d.postWithToken(PDPA_PATHS.acknowledge, {
      _csrf: csrfFrom(missing.body),
      document: ids[0] ?? '',
      acknowledge: 'yes',
    })
    assert.equal(done.headers.location, '/account')
    assert.equal((await d.get('/account')).statusCode, 200)
    const rows = await tdb.database.db
      .selectFrom('document_acceptances as a')
      .innerJoin('documents as doc', 'doc.id', 'a.document_id')
      .select(['doc.kind', 'doc.version', 'a.application_id'])
      .where('a.person_id', '=', personA)
      .where('doc.version', '=', 2)
      .execute()
    assert.deepEqual(rows, [{ kind: 'privacy', version: 2, application_id: null }])
    const mine = await d.get(PDPA_PATHS.myData)
    assert.match(mine.body, /ประกาศความเป็นส่วนตัว ฉบับปรับปรุง/)
    // B has not acknowledged yet.
    assert.equal((await bankSignIn(idB)).landing, PDPA_PATHS.acknowledge)
  })
})

describe('the record of processing', () => {
  it('is public and generated from the configuration', async () => {
    const page = await new Desktop(app).get(PDPA_PATHS.recordOfProcessing)
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /บันทึกรายการกิจกรรมการประมวลผลข้อมูลส่วนบุคคล/)
    assert.match(page.body, /data-retention="identityClaims">7 วัน/)
    assert.match(page.body, /การลงทะเบียนบุคคลธรรมดา/)
    const english = await new Desktop(app).get(`${PDPA_PATHS.recordOfProcessing}?lang=en`)
    assert.match(english.body, /Record of processing activities/)
  })
})
