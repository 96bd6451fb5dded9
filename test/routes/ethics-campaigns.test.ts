import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import ExcelJS from 'exceljs'
import { ETHICS_PATHS } from '../../src/features/back-office/ethics/paths.js'
import { documentContentHash } from '../../src/features/documents/index.js'
import { STAFF_PATHS } from '../../src/features/ethics/index.js'
import {
  sampleStaffCsv,
  sampleUnitsCsv,
  staffNumber,
  staffRow,
  uploadCsv,
} from '../../src/features/ethics/test-support/directory-files.js'
import {
  addStaffSignInRoute,
  TEST_STAFF_SIGN_IN,
} from '../../src/features/ethics/test-support/staff-session.js'
import {
  addOfficer,
  freshIp,
  OfficerClient,
  signIn,
} from '../../src/features/officers/test-support/officers.js'
import type { EthicsTables } from '../../src/platform/db/schema.js'
import { isMovable } from '../../src/platform/jobs/index.js'
import { addBusinessDays, businessDate, formatDateInput } from '../../src/platform/time.js'
import { buildTestApp } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

let tdb: TestDatabase
let app: FastifyInstance
let integrity: OfficerClient
let campaignId = ''
const DAY = 86_400_000
const db = () => tdb.database.db.withTables<EthicsTables>()
const today = () => businessDate(app.jobs.clock.now())
const BODY_TH = 'ข้าราชการกรมศุลกากรพึงยึดมั่นในความซื่อสัตย์สุจริต และไม่แสวงหาประโยชน์โดยมิชอบ'
const BODY_EN = 'Customs officers shall act with integrity and never seek any undue benefit.'

async function staffClient(number: string) {
  const c = new OfficerClient(app, freshIp())
  const res = await c.get(`${TEST_STAFF_SIGN_IN}?staff=${number}`)
  assert.equal(res.statusCode, 303)
  return c
}

async function launch(units: string[], startsOn: string, endsOn: string) {
  const code = await tdb.database.db
    .selectFrom('documents')
    .select('id')
    .where('kind', '=', 'ethics_code')
    .executeTakeFirstOrThrow()
  return integrity.post(ETHICS_PATHS.newCampaign, ETHICS_PATHS.newCampaign, {
    documentId: code.id,
    titleTh: 'การรับทราบประมวลจริยธรรม ปี 2566',
    titleEn: 'Code of ethics acknowledgement 2023',
    startsOn: formatDateInput(startsOn, 'th'),
    endsOn,
    methodTh: 'รับทราบและถือปฏิบัติ',
    methodEn: 'acknowledge and will comply',
    units,
    remindEvery: '7',
    remindBefore: '3',
    confirm: 'yes',
  })
}

before(async () => {
  tdb = await createTestDatabase()
  app = await buildTestApp(tdb.database)
  addStaffSignInRoute(app)
  await app.ready()
  integrity = await signIn(
    app,
    await addOfficer(app, tdb.database.db, 'camp.integrity', ['integrity_risk']),
  )
  const page = ETHICS_PATHS.directory
  await uploadCsv(app, integrity, page, ETHICS_PATHS.importUnits, 'unitsFile', sampleUnitsCsv())
  await uploadCsv(app, integrity, page, ETHICS_PATHS.importStaff, 'staffFile', sampleStaffCsv(40))
})
after(async () => {
  await app.close()
  await tdb.close()
})

describe('codes of ethics and campaigns', () => {
  it('publishes a version of the code with its effective date and the hash of its text', async () => {
    const bad = await integrity.post(ETHICS_PATHS.codes, ETHICS_PATHS.codes, { titleTh: '' })
    assert.equal(bad.statusCode, 400)
    assert.match(bad.body, /ข้อผิดพลาด/)
    const res = await integrity.post(ETHICS_PATHS.codes, ETHICS_PATHS.codes, {
      titleTh: 'ประมวลจริยธรรมข้าราชการกรมศุลกากร พ.ศ. 2565',
      titleEn: 'Customs Code of Ethics B.E. 2565',
      effectiveOn: '23/12/2565',
      bodyTh: BODY_TH,
      bodyEn: BODY_EN,
    })
    assert.equal(res.statusCode, 303)
    assert.equal(res.headers.location, `${ETHICS_PATHS.codes}?published=1`)
    const doc = await tdb.database.db
      .selectFrom('documents')
      .select(['effective_on', 'content_sha256', 'version'])
      .where('kind', '=', 'ethics_code')
      .executeTakeFirstOrThrow()
    assert.equal(doc.effective_on, '2022-12-23')
    assert.equal(
      doc.content_sha256,
      documentContentHash({
        titleTh: 'ประมวลจริยธรรมข้าราชการกรมศุลกากร พ.ศ. 2565',
        titleEn: 'Customs Code of Ethics B.E. 2565',
        bodyTh: BODY_TH,
        bodyEn: BODY_EN,
      }),
    )
  })

  it('launches a campaign to two units with their sub-units and freezes the audience', async () => {
    const refused = await launch([], today(), today())
    assert.equal(refused.statusCode, 400)
    const res = await launch(['B1', 'B2-H1'], today(), addBusinessDays(today(), 30))
    assert.equal(res.statusCode, 303, res.body.slice(0, 300))
    campaignId = String(res.headers.location).split('/').pop() ?? ''
    const audience = await db()
      .selectFrom('ethics_campaign_audience')
      .select(['staff_number', 'unit_code'])
      .where('campaign_id', '=', campaignId)
      .execute()
    // Leaves B1-O1, B1-O2 and B2-H1: 8 officers each of the 40.
    assert.equal(audience.length, 24)
    assert.ok(audience.every((a) => ['B1-O1', 'B1-O2', 'B2-H1'].includes(a.unit_code)))
  })

  it('keeps the snapshot when the directory changes: leavers stay in it, joiners are counted apart', async () => {
    // S000001 (B1-O1) leaves, S000005 (B3-O1) moves into B1-O1, S000002 (B1-O2) moves out.
    const csv = sampleStaffCsv(41, (i) =>
      i === 1
        ? staffRow(1, { status: 'left' })
        : i === 5
          ? staffRow(5, { unit: 'B1-O1' })
          : i === 2
            ? staffRow(2, { unit: 'B3-O1' })
            : staffRow(i),
    )
    const res = await uploadCsv(
      app,
      integrity,
      ETHICS_PATHS.directory,
      ETHICS_PATHS.importStaff,
      'staffFile',
      csv,
    )
    assert.equal(res.statusCode, 200)
    const audience = await db()
      .selectFrom('ethics_campaign_audience')
      .select(['staff_number', 'unit_code'])
      .where('campaign_id', '=', campaignId)
      .execute()
    assert.equal(audience.length, 24)
    assert.equal(audience.find((a) => a.staff_number === staffNumber(2))?.unit_code, 'B1-O2')
    const page = await integrity.get(ETHICS_PATHS.campaign(campaignId))
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /ลงนามแล้ว 0 จาก 24 คน/)
    // S000041 joins B1-O1 (41 % 5 = 1) and S000005 moved in: two joiners, never in the 24.
    assert.match(page.body, /ผู้เข้าใหม่หลังเริ่มรายการ 2 คน/)
    assert.match(page.body, /role="img"/)
  })

  it('lets an officer sign once, storing when, the wording and the hash; twice is refused', async () => {
    const officer = await staffClient(staffNumber(3))
    const mine = await officer.get(STAFF_PATHS.mine)
    assert.equal(mine.statusCode, 200)
    assert.match(mine.body, new RegExp(`data-campaign="${campaignId}"`))
    const page = await officer.get(STAFF_PATHS.campaign(campaignId))
    assert.match(page.body, /รับทราบและถือปฏิบัติ/)
    const signed = await officer.post(
      STAFF_PATHS.campaign(campaignId),
      STAFF_PATHS.sign(campaignId),
      {},
    )
    assert.equal(signed.statusCode, 303)
    const again = await officer.post(
      STAFF_PATHS.campaign(campaignId),
      STAFF_PATHS.sign(campaignId),
      {},
    )
    assert.equal(again.statusCode, 409)
    assert.match(again.body, /data-notice="already"/)
    const rows = await db()
      .selectFrom('ethics_signatures')
      .select(['method', 'content_sha256', 'unit_code'])
      .where('campaign_id', '=', campaignId)
      .execute()
    assert.equal(rows.length, 1)
    assert.equal(rows[0]?.method, 'รับทราบและถือปฏิบัติ')
    assert.match(rows[0]?.content_sha256 ?? '', /^[0-9a-f]{64}$/)
    const progress = await integrity.get(ETHICS_PATHS.campaign(campaignId))
    assert.match(progress.body, /ลงนามแล้ว 1 จาก 24 คน/)
    assert.match(progress.body, /data-signed="B2-H1">1</)
  })

  it('refuses an officer outside the audience, and signing outside the window with its dates', async () => {
    const outsider = await staffClient(staffNumber(4)) // B2-H2: not in the campaign
    assert.equal((await outsider.get(STAFF_PATHS.campaign(campaignId))).statusCode, 404)
    const start = addBusinessDays(today(), 10)
    const later = await launch(['B3'], start, addBusinessDays(today(), 20))
    const laterId = String(later.headers.location).split('/').pop() ?? ''
    const officer = await staffClient(staffNumber(10)) // B3-O1
    const res = await officer.post(STAFF_PATHS.campaign(laterId), STAFF_PATHS.sign(laterId), {})
    assert.equal(res.statusCode, 409)
    assert.match(res.body, /data-notice="outside"/)
    const none = await db()
      .selectFrom('ethics_signatures')
      .select('id')
      .where('campaign_id', '=', laterId)
      .execute()
    assert.equal(none.length, 0)
  })

  it('lists who has not signed per unit, exports CSV and XLSX, and audits each', async () => {
    const list = await integrity.get(ETHICS_PATHS.campaignUnit(campaignId, 'B2-H1'))
    assert.equal(list.statusCode, 200)
    assert.doesNotMatch(list.body, new RegExp(`data-non-signer="${staffNumber(3)}"`))
    assert.match(list.body, new RegExp(`data-non-signer="${staffNumber(8)}"`))
    const bureau = await integrity.get(ETHICS_PATHS.campaignUnit(campaignId, 'B1'))
    // B1's own officers are in its offices: the list covers the sub-units (16, S000002 moved out
    // after launch but stays in B1-O2's snapshot).
    assert.equal([...bureau.body.matchAll(/data-non-signer=/g)].length, 16)
    const csv = await integrity.get(ETHICS_PATHS.campaignExport(campaignId, 'csv'))
    assert.equal(csv.statusCode, 200)
    // Each unit counted by the snapshot's units: S000002 stays in B1-O2's 8 though he moved out.
    const units = csv.body
      .replace(/^\uFEFF/, '')
      .split(/\r?\n\r?\n/)[0]
      ?.split(/\r?\n/)
    assert.deepEqual(units, [
      'unit,eligible,signed,not_signed,leavers,joiners,joiners_signed,percent',
      'ALL,24,1,23,1,2,0,4.16',
      'B1,16,0,16,1,2,0,0',
      'B1-O1,8,0,8,1,2,0,0',
      'B1-O2,8,0,8,0,0,0,0',
      'B2-H1,8,1,7,0,0,0,12.5',
    ])
    const xlsx = await integrity.get(ETHICS_PATHS.campaignExport(campaignId, 'xlsx'))
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
    assert.equal(book.getWorksheet('officers')?.rowCount, 25)
    const actions = await tdb.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', '=', campaignId)
      .execute()
    const seen = new Set(actions.map((a) => a.action))
    for (const a of [
      'ethics.campaign_launched',
      'ethics.progress_viewed',
      'ethics.non_signers_viewed',
      'ethics.progress_exported',
      'ethics.signed',
      'ethics.sign_refused',
    ])
      assert.ok(seen.has(a), a)
  })

  it('e-mails reminders to those who have not signed, once per date, on the jobs clock', async () => {
    const clock = app.jobs.clock
    assert.ok(isMovable(clock))
    const reminders = async () =>
      (await tdb.database.db.selectFrom('outbox').select('payload').execute()).filter((r) =>
        String(r.payload.subject).includes('Reminder'),
      )
    clock.advance(2 * DAY)
    await app.jobs.scheduler.tick()
    assert.equal((await reminders()).length, 0, 'no reminder before the seventh day')
    clock.advance(5 * DAY + 3600_000)
    await app.jobs.scheduler.tick()
    const sent = (await reminders()).map((r) => String(r.payload.to))
    // 24 in the snapshot, one signed (S000003), one left (S000001): 22.
    assert.equal(sent.length, 22)
    assert.ok(!sent.includes('officer3@customs.example'))
    assert.ok(!sent.includes('officer1@customs.example'))
    clock.advance(3600_000)
    await app.jobs.scheduler.tick()
    assert.equal((await reminders()).length, 22, 'the same date is not sent again')
  })

  it("counts only the campaign's own signatures, over a snapshot without those who had left", async () => {
    // After the directory change: B1-O1 9 (S000001 left, S000005 moved in, S000041 joined),
    // B1-O2 7 (S000002 moved out), B2-H1 8 (S000003 signed the first campaign).
    // A week has passed on the jobs' clock: the integrity officer signs in again.
    integrity = await signIn(
      app,
      await addOfficer(app, tdb.database.db, 'camp.integrity2', ['integrity_risk']),
    )
    const res = await launch(['B1', 'B2-H1'], today(), addBusinessDays(today(), 30))
    assert.equal(res.statusCode, 303, res.body.slice(0, 300))
    const second = String(res.headers.location).split('/').pop() ?? ''
    const audience = await db()
      .selectFrom('ethics_campaign_audience')
      .select('staff_number')
      .where('campaign_id', '=', second)
      .execute()
    assert.equal(audience.length, 24)
    assert.ok(!audience.some((a) => a.staff_number === staffNumber(1)), 'a leaver is not asked')
    const before = await integrity.get(ETHICS_PATHS.campaign(second))
    assert.match(
      before.body,
      /ลงนามแล้ว 0 จาก 24 คน/,
      "the first campaign's signature is not this one's",
    )
    const officer = await staffClient(staffNumber(5))
    const signed = await officer.post(STAFF_PATHS.campaign(second), STAFF_PATHS.sign(second), {})
    assert.equal(signed.statusCode, 303)
    const after = await integrity.get(ETHICS_PATHS.campaign(second))
    assert.match(after.body, /ลงนามแล้ว 1 จาก 24 คน/)
    assert.match(after.body, /data-signed="B1-O1">1</)
    assert.match(after.body, /data-signed="B2-H1">0</)
    const first = await integrity.get(ETHICS_PATHS.campaign(campaignId))
    assert.match(first.body, /ลงนามแล้ว 1 จาก 24 คน/, 'the first campaign is unchanged')
  })
})
