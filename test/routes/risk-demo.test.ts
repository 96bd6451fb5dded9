import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import type { FastifyInstance } from 'fastify'
import {
  approveReport,
  DemoDataPresent,
  loadReportDemo,
  previewReport,
  publishReport,
  REPORT_PATHS,
  type ReportSnapshot,
} from '../../src/features/risk-report/index.js'
import type { OfficerAuth } from '../../src/features/officers/index.js'
import { newId } from '../../src/platform/ids.js'
import { buildTestApp } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

let tdb: TestDatabase
let app: FastifyInstance
let registerId = ''
const auth: OfficerAuth = {
  officerId: newId(),
  roles: ['integrity_risk'],
  requestId: 'demo',
  ip: '127.0.0.1',
}
const db = () => tdb.database.db
const now = new Date('2023-04-01T03:00:00Z')

const field = (s: ReportSnapshot, key: string, name?: string) => {
  const v = s.values[key]
  const f = v ? v.fields[name ?? v.main] : undefined
  return f && 'value' in f ? f.value : undefined
}

before(async () => {
  tdb = await createTestDatabase()
  app = await buildTestApp(tdb.database)
  await app.ready()
  registerId = (await loadReportDemo(db(), auth.officerId)).registerId
})
after(async () => {
  await app.close()
  await tdb.close()
})

describe('the demo data set reproduces the seed by computation', () => {
  it("computes the seed's four results from the raw records", async () => {
    const s = await previewReport(db(), auth, registerId, now)
    assert.equal(field(s, 'registrations'), 7522)
    assert.equal(field(s, 'registrations', 'asOf'), '2023-01-24')
    assert.equal(field(s, 'satisfaction'), 86.77)
    assert.equal(field(s, 'ethics', 'signed'), 5963)
    assert.equal(field(s, 'ethics', 'eligible'), 6229)
    assert.equal(field(s, 'ethics'), 95.72)
    assert.equal(field(s, 'policy', 'date'), '2023-01-31')
    const approved = await approveReport(
      db(),
      auth,
      registerId,
      { approverName: 'ผู้อำนวยการ', memoReference: 'กค 0501/1' },
      now,
    )
    await publishReport(db(), auth, registerId, approved.id, now)
    const print = await app.inject({ url: REPORT_PATHS.print(approved.id) })
    assert.match(print.body, /จำนวน ๗,๕๒๒ ราย \(ข้อมูลถึงวันที่ ๒๔ มกราคม ๒๕๖๖\)/)
    assert.match(print.body, /รวมกันที่ ๘๖\.๗๗%/)
    assert.match(print.body, /ทั้งสิ้น ๕,๙๖๓ คน คิดเป็นร้อยละ ๙๕\.๗๒ ของจำนวนเจ้าหน้าที่ศุลกากรทั้งหมด ๖,๒๒๙ คน/)
    assert.match(print.body, /๑๔ กุมภาพันธ์ ๒๕๖๖ - ๑๗ มีนาคม ๒๕๖๖/)
    assert.match(print.body, /นโยบายคุ้มครองข้อมูลส่วนบุคคล กรมศุลกากร พ\.ศ\. ๒๕๖๖/)
    assert.match(print.body, /ปานกลาง/)
  })

  it('changing one raw row changes the figure', async () => {
    await sql`WITH j AS (INSERT INTO juristic_persons (id, juristic_id) VALUES (gen_random_uuid(), '0105599999999') RETURNING id)
      INSERT INTO registrations (id, registrant_type, juristic_person_id, kind, channel, status, email, mobile, valid_from, last_activity_at, created_at)
      SELECT gen_random_uuid(), 'company', id, 'importer_exporter', 'online', 'ACTIVE', 'x@example.invalid', '0800000000',
             '2023-01-24T10:00:00+07:00', now(), '2023-01-24T10:00:00+07:00'
      FROM j`.execute(db())
    await sql`INSERT INTO ethics_signatures (id, campaign_id, staff_number, signed_at, method, document_id, content_sha256, unit_code)
      SELECT gen_random_uuid(), s.campaign_id, a.staff_number, '2023-03-01T10:00:00+07:00', s.method, s.document_id, s.content_sha256, a.unit_code
      FROM ethics_campaign_audience a, (SELECT * FROM ethics_signatures LIMIT 1) s
      WHERE a.staff_number NOT IN (SELECT staff_number FROM ethics_signatures) LIMIT 1`.execute(
      db(),
    )
    await sql`INSERT INTO survey_responses (id, month, journey_kind, channel, survey_version) VALUES ('0190a000-0000-7000-8000-000000000001', '2022-12', 'person', 'online', 1)`.execute(
      db(),
    )
    await sql`INSERT INTO survey_answers (response_id, question, level) VALUES ('0190a000-0000-7000-8000-000000000001', 'overall', 1)`.execute(
      db(),
    )
    const s = await previewReport(db(), auth, registerId, now)
    assert.equal(field(s, 'registrations'), 7523)
    assert.equal(field(s, 'ethics', 'signed'), 5964)
    assert.equal(field(s, 'ethics'), 95.74)
    assert.equal(field(s, 'satisfaction'), 86.75)
  })

  it('refuses to load into a data directory that holds records', async () => {
    await assert.rejects(loadReportDemo(db(), auth.officerId), DemoDataPresent)
  })
})
