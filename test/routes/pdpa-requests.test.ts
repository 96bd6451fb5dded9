import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { OFFICER_PATHS } from '../../src/features/back-office/index.js'
import type { OfficerClient } from '../../src/features/officers/test-support/officers.js'
import { addOfficer, signIn } from '../../src/features/officers/test-support/officers.js'
import {
  registerThroughJourney,
  registrantSignedIn,
} from '../../src/features/back-office/test-support/journey.js'
import {
  daysLeft,
  deadlineOf,
  dueDateOf,
  lodgeRequest,
  PDPA_PATHS,
  sendRequestReminders,
  stagesReached,
  type PdpaTables,
} from '../../src/features/pdpa/index.js'
import type { EkycSimulator } from '../../src/simulators/ekyc/index.js'
import type { TestDatabase } from '../helpers/db.js'
import { idFactory, journeyApp } from '../helpers/journey.js'

let tdb: TestDatabase
let app: FastifyInstance
let sim: EkycSimulator
let close: () => Promise<void>
let dpo: OfficerClient
let registry: OfficerClient
let registrant: Awaited<ReturnType<typeof registrantSignedIn>>
let person = ''
const DPO_EMAIL = 'dpo@customs.go.th'
const email = `pdpa.dsr.${process.pid}@example.com`
const nationalId = idFactory('9')()

/** An instant in Bangkok time. */
const bkk = (local: string) => new Date(`${local}+07:00`)

before(async () => {
  ;({ tdb, app, sim, close } = await journeyApp())
  person = await registerThroughJourney(app, tdb.database, sim.url, nationalId, email)
  const db = tdb.database.db
  dpo = await signIn(app, await addOfficer(app, db, 'dsr.dpo', ['data_protection']))
  registry = await signIn(app, await addOfficer(app, db, 'dsr.registry', ['registry_officer']))
  registrant = await registrantSignedIn(app, sim.url, nationalId)
})
after(() => close())

async function mailsTo(to: string) {
  const rows = await tdb.database.db
    .selectFrom('outbox')
    .select(['payload'])
    .orderBy('created_at')
    .execute()
  return rows.map((r) => r.payload).filter((p) => p.to === to)
}

describe('the 30-day deadline', () => {
  it('ends with the 30th day after the day of receipt, Bangkok time', () => {
    const received = bkk('2026-03-01T23:30:00')
    const due = deadlineOf(received)
    assert.equal(dueDateOf(due), '2026-03-31')
    assert.equal(due.toISOString(), bkk('2026-04-01T00:00:00').toISOString())
    assert.equal(daysLeft(due, received), 30)
    assert.equal(daysLeft(due, bkk('2026-03-31T23:59:00')), 0)
    assert.equal(daysLeft(due, bkk('2026-04-02T08:00:00')), -2)
  })

  it('reaches the reminder stages 7 days and 1 day before, and once passed', () => {
    const due = bkk('2026-04-01T00:00:00')
    assert.deepEqual(stagesReached(due, bkk('2026-03-24T23:59:00')), [])
    assert.deepEqual(stagesReached(due, bkk('2026-03-25T00:00:00')), ['due_in_7_days'])
    assert.deepEqual(stagesReached(due, bkk('2026-03-31T00:00:00')), [
      'due_in_7_days',
      'due_in_1_day',
    ])
    assert.deepEqual(stagesReached(due, due), ['due_in_7_days', 'due_in_1_day', 'overdue'])
  })
})

describe('a data-subject request from lodging to outcome', () => {
  let requestId = ''
  let reference = ''

  it('is lodged from "my data", confirmed by e-mail, and lands in the DPO’s queue', async () => {
    const res = await registrant.post(PDPA_PATHS.newRequest, PDPA_PATHS.requests, {
      kind: 'objection',
      details: 'ข้าพเจ้าคัดค้านการใช้ที่อยู่อีเมลเพื่อแจ้งเตือนการเข้าสู่ระบบ',
    })
    assert.equal(res.statusCode, 303)
    requestId = /requests\/([0-9a-f-]{36})\?lodged=1$/.exec(String(res.headers.location))?.[1] ?? ''
    assert.ok(requestId)
    const page = await registrant.get(String(res.headers.location))
    assert.match(page.body, /data-lodged/)
    assert.match(page.body, /กำลังดำเนินการ · อีก 30 วัน/)
    reference = /<span class="reference">([^<]+)<\/span>/.exec(page.body)?.[1] ?? ''
    assert.ok(reference)
    const mine = await mailsTo(email)
    assert.ok(
      mine.some((m) => String(m.subject).includes(reference)),
      'the registrant is told',
    )
    const dpoMail = await mailsTo(DPO_EMAIL)
    assert.ok(
      dpoMail.some((m) => String(m.subject).includes(reference)),
      'the DPO is told',
    )
    assert.doesNotMatch(JSON.stringify(dpoMail), /คัดค้านการใช้ที่อยู่อีเมล/, 'no request text')

    const queue = await dpo.get(PDPA_PATHS.dpoRequests)
    assert.equal(queue.statusCode, 200)
    const open = queue.body.slice(queue.body.indexOf('id="open-requests"'))
    assert.ok(open.includes(reference))
    assert.match(open, /อีก 30 วัน/)
    assert.equal((await registry.get(PDPA_PATHS.dpoRequests)).statusCode, 403)
    assert.equal((await registry.get(PDPA_PATHS.dpoRequest(requestId))).statusCode, 403)
  })

  it('is read by the DPO, and the registrant sees that access by role', async () => {
    const page = await dpo.get(PDPA_PATHS.dpoRequest(requestId))
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /data-request-details/)
    assert.match(page.body, /คัดค้านการใช้ที่อยู่อีเมล/)
    assert.ok(page.body.includes(OFFICER_PATHS.person(person)))
    const mine = await registrant.get(PDPA_PATHS.myData)
    const log = mine.body.slice(mine.body.indexOf('id="access-log"'))
    assert.match(log, /data-access-action="pdpa.request_viewed"/)
    assert.match(log, /เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล/)
    assert.doesNotMatch(mine.body, /dsr\.dpo/)
  })

  it('shows the outcome form again with linked errors', async () => {
    const res = await dpo.post(PDPA_PATHS.dpoRequest(requestId), PDPA_PATHS.dpoOutcome(requestId), {
      note: 'สั้น',
    })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /<title>ข้อผิดพลาด: /)
    assert.match(res.body, /<a href="#outcome">เลือกผลการพิจารณา<\/a>/)
    assert.match(res.body, /<a href="#note">คำอธิบายต้องมี 10 ถึง 2,000 ตัวอักษร<\/a>/)
  })

  it('is closed with the DPO’s outcome, which the registrant reads and is e-mailed', async () => {
    const note = 'การแจ้งเตือนการเข้าสู่ระบบจำเป็นต่อความปลอดภัยของทะเบียน (มาตรา 32 วรรคหนึ่ง (1))'
    const res = await dpo.post(PDPA_PATHS.dpoRequest(requestId), PDPA_PATHS.dpoOutcome(requestId), {
      outcome: 'refused',
      note,
    })
    assert.equal(res.statusCode, 303)
    const closed = await dpo.get(PDPA_PATHS.dpoRequest(requestId))
    assert.match(closed.body, /คำขอนี้ปิดแล้ว/)
    assert.doesNotMatch(closed.body, /name="outcome"/)
    const again = await dpo.postWithToken(PDPA_PATHS.dpoOutcome(requestId), {
      _csrf: /name="_csrf" value="([^"]+)"/.exec(closed.body)?.[1] ?? '',
      outcome: 'fulfilled',
      note: 'เปลี่ยนใจภายหลังการปิดคำขอแล้ว',
    })
    assert.equal(again.statusCode, 409, 'a closed request stays closed')
    const page = await registrant.get(PDPA_PATHS.request(requestId))
    assert.match(page.body, /ปฏิเสธคำขอ/)
    assert.ok(page.body.includes(note))
    assert.ok((await mailsTo(email)).some((m) => String(m.subject).startsWith('ผลการพิจารณาคำขอ')))
    const steps = await tdb.database.db
      .selectFrom('audit_events')
      .select(['action', 'actor_type', 'data'])
      .where((eb) =>
        eb.or([
          eb('subject_id', '=', requestId),
          eb(eb.ref('data', '->>').key('requestId'), '=', requestId),
        ]),
      )
      .orderBy('seq')
      .execute()
    // Every opening of the request by the DPO is a recorded read; the steps come in order.
    const writes = steps.filter((s) => s.action !== 'pdpa.request_viewed')
    assert.deepEqual(
      writes.map((s) => s.action),
      ['pdpa.request_lodged', 'pdpa.request_closed'],
    )
    assert.ok(steps.filter((s) => s.action === 'pdpa.request_viewed').length >= 3)
    assert.equal(steps[0]?.action, 'pdpa.request_lodged')
    assert.equal(writes[1]?.data.outcome, 'refused')
    assert.equal(writes[1]?.data.inTime, true)
  })
})

describe('reminders of the deadline', () => {
  const received = bkk('2026-03-01T10:00:00')
  let id = ''
  let ref = ''

  before(async () => {
    const r = await lodgeRequest(tdb.database.db, {
      personId: person,
      request: { kind: 'erasure', details: 'ขอให้ลบฉบับร่างที่ไม่ได้ยื่นทั้งหมด' },
      locale: 'th',
      requestId: 'test',
      dpoEmail: DPO_EMAIL,
      now: received,
    })
    id = r.id
    ref = r.reference
  })

  async function remindersOf(requestId: string) {
    return tdb.database.db
      .withTables<PdpaTables>()
      .selectFrom('data_subject_request_reminders')
      .select(['stage'])
      .where('request_id', '=', requestId)
      .orderBy('sent_at')
      .execute()
  }
  const remind = (now: Date) => sendRequestReminders(tdb.database.db, { dpoEmail: DPO_EMAIL, now })
  const reminderMails = async () =>
    (await mailsTo(DPO_EMAIL)).filter((m) => String(m.subject).startsWith(`เตือน: คำขอ ${ref}`))

  it('sends nothing while more than 7 days are left', async () => {
    assert.equal(await remind(bkk('2026-03-24T23:00:00')), 0)
    assert.deepEqual(await remindersOf(id), [])
  })

  it('reminds 7 days before, once, however often the job runs', async () => {
    assert.equal(await remind(bkk('2026-03-25T01:00:00')), 1)
    assert.equal(await remind(bkk('2026-03-25T02:00:00')), 0)
    assert.equal(await remind(bkk('2026-03-29T02:00:00')), 0)
    assert.deepEqual(await remindersOf(id), [{ stage: 'due_in_7_days' }])
    const mails = await reminderMails()
    assert.equal(mails.length, 1)
    assert.match(String(mails[0]?.text), /31 มีนาคม 2569/)
  })

  it('reminds 1 day before, and again once the deadline has passed', async () => {
    assert.equal(await remind(bkk('2026-03-31T08:00:00')), 1)
    assert.equal(await remind(bkk('2026-04-01T00:00:01')), 1)
    assert.equal(await remind(bkk('2026-04-05T00:00:00')), 0)
    assert.deepEqual(
      (await remindersOf(id)).map((r) => r.stage),
      ['due_in_7_days', 'due_in_1_day', 'overdue'],
    )
    const subjects = (await reminderMails()).map((m) => String(m.subject))
    assert.equal(subjects.length, 3)
    assert.match(subjects[2] ?? '', /เกินกำหนดแล้ว/)
    const audited = await tdb.database.db
      .selectFrom('audit_events')
      .select(['data', 'actor_type'])
      .where('action', '=', 'pdpa.request_reminder_sent')
      .where('subject_id', '=', id)
      .orderBy('seq')
      .execute()
    assert.deepEqual(
      audited.map((a) => [a.actor_type, a.data.stage]),
      [
        ['system', 'due_in_7_days'],
        ['system', 'due_in_1_day'],
        ['system', 'overdue'],
      ],
    )
  })

  it('sends one mail for the most urgent stage when the job was not running', async () => {
    const late = await lodgeRequest(tdb.database.db, {
      personId: person,
      request: { kind: 'access', details: 'ขอสำเนาข้อมูลที่รับรองความถูกต้อง' },
      locale: 'en',
      requestId: 'test',
      dpoEmail: DPO_EMAIL,
      now: bkk('2026-02-01T10:00:00'),
    })
    assert.equal(await remind(bkk('2026-03-10T10:00:00')), 1)
    assert.deepEqual((await remindersOf(late.id)).map((r) => r.stage).sort(), [
      'due_in_1_day',
      'due_in_7_days',
      'overdue',
    ])
    const mails = (await mailsTo(DPO_EMAIL)).filter((m) =>
      String(m.subject).includes(late.reference),
    )
    assert.equal(mails.filter((m) => String(m.subject).startsWith('เตือน')).length, 1)
  })

  it('shows the overdue requests first in the queue, in words as well as colour', async () => {
    const queue = await dpo.get(PDPA_PATHS.dpoRequests)
    const open = queue.body.slice(queue.body.indexOf('id="open-requests"'))
    assert.ok(open.indexOf(ref) > 0)
    assert.match(open, /pdpa-tag--overdue[^>]*>กำลังดำเนินการ · เกินกำหนด \d+ วัน/)
  })
})
