import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import ExcelJS from 'exceljs'
import type { FastifyInstance } from 'fastify'
import { SERVICE_QUALITY_PATHS } from '../../src/features/back-office/service-quality/paths.js'
import {
  addOfficer,
  signIn,
  type OfficerClient,
} from '../../src/features/officers/test-support/officers.js'
import { answerSurvey, inviteToSurvey } from '../../src/features/survey/index.js'
import { answerMany, testSurveyDeps } from '../../src/features/survey/test-support.js'
import { newId } from '../../src/platform/ids.js'
import { buildTestApp } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

let tdb: TestDatabase
let app: FastifyInstance
let quality: OfficerClient
let integrity: OfficerClient
let registry: OfficerClient
const DEC = '?from=1/12/2565&to=31/12/2565'
const QUESTIONS = ['ease', 'clarity', 'speed', 'overall']

before(async () => {
  tdb = await createTestDatabase()
  app = await buildTestApp(tdb.database)
  await app.ready()
  const db = tdb.database.db
  const deps = testSurveyDeps()
  const at = new Date('2022-12-10T03:00:00Z')
  // 3 responses: 12 answers, 1 "no opinion"; levels 5×5, 4×4, 3×1, 1×1 → top two 9 of 11.
  await answerMany(db, deps, at, QUESTIONS, [
    [5, 5, 4, 4],
    [5, 4, 3, null],
    [5, 5, 4, 1],
  ])
  const link = await inviteToSurvey(db, deps, {
    journeyId: newId(),
    kind: 'company',
    channel: 'online',
    email: null,
    locale: 'en',
    at: new Date('2022-11-20T03:00:00Z'),
  })
  assert.ok(link)
  await answerSurvey(
    db,
    link.path.split('/').pop() as string,
    {
      version: 1,
      answers: QUESTIONS.map((question) => ({ question, level: 2 })),
      comment: 'ช้ามาก โทร 0812345678',
    },
    null,
    new Date('2022-11-20T03:00:00Z'),
  )
  quality = await signIn(app, await addOfficer(app, db, 'sq.results', ['service_quality']))
  integrity = await signIn(app, await addOfficer(app, db, 'sq.integrity', ['integrity_risk']))
  registry = await signIn(app, await addOfficer(app, db, 'sq.noresults', ['registry_officer']))
})
after(async () => {
  await app.close()
  await tdb.close()
})

describe('the survey results for officers', () => {
  it('shows a month: counts, top-2-box with its base footnote, mean and S.D., charts beside tables', async () => {
    const res = await quality.get(`${SERVICE_QUALITY_PATHS.surveyResults}${DEC}`)
    assert.equal(res.statusCode, 200, res.body.slice(0, 300))
    assert.match(res.body, /data-top-two="true">81\.81%/) // 9 / 11 = 81.818…, truncated
    assert.match(res.body, /data-footnote-base="answered"/)
    assert.match(res.body, /data-footnote-rounding="truncate"/)
    assert.match(res.body, /data-answered="true">3</)
    assert.match(res.body, /<svg width="100%" role="img" aria-labelledby="trend-chart-title"/)
    assert.match(res.body, /<svg width="100%" role="img" aria-labelledby="questions-chart-title"/)
    assert.doesNotMatch(res.body, /<svg[^]*? style="/, 'no inline style for the CSP')
    assert.match(res.body, /<table class="bo-table" id="trend">/)
    assert.match(res.body, /<table class="bo-table" id="questions">/)
    assert.match(res.body, /data-months="true">[^<]*ธันวาคม 2565/)
  })

  it('lets the integrity and risk role read them, refuses others (403, audited)', async () => {
    assert.equal((await integrity.get(SERVICE_QUALITY_PATHS.surveyResults)).statusCode, 200)
    assert.equal((await registry.get(SERVICE_QUALITY_PATHS.surveyResults)).statusCode, 403)
    assert.equal((await registry.get(SERVICE_QUALITY_PATHS.surveyResultsXlsx)).statusCode, 403)
  })

  it('names a bad period next to its field', async () => {
    const res = await quality.get(
      `${SERVICE_QUALITY_PATHS.surveyResults}?from=31/02/2565&to=1/1/2565`,
    )
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /href="#from">กรอกวันที่เริ่มต้น/)
  })

  it('exports the same figures as CSV and XLSX (read back), each export audited', async () => {
    const csv = await quality.get(
      `${SERVICE_QUALITY_PATHS.surveyResultsCsv}?from=2022-12-01&to=2022-12-31`,
    )
    assert.equal(csv.statusCode, 200)
    assert.match(String(csv.headers['content-type']), /text\/csv/)
    assert.match(csv.body, /2022-12-01 – 2022-12-31,3,3,100,9,11,81\.81,4\.09,1\.22/)
    const xlsx = await quality.get(
      `${SERVICE_QUALITY_PATHS.surveyResultsXlsx}?from=2022-12-01&to=2022-12-31`,
    )
    assert.equal(xlsx.statusCode, 200)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
    const summary = wb.worksheets[0]
    assert.deepEqual((summary?.getRow(2).values as unknown[]).slice(1), [
      '2022-12-01 – 2022-12-31',
      3,
      3,
      100,
      9,
      11,
      81.81,
      4.09,
      1.22,
    ])
    const questions = wb.worksheets[2]
    assert.equal(questions?.getRow(2).getCell(2).value, 'การลงทะเบียนผ่านระบบใช้งานง่ายเพียงใด')
    assert.equal(questions?.getRow(2).getCell(3).value, 3, 'ease: three chose มากที่สุด')
    const audit = await tdb.database.db
      .selectFrom('audit_events')
      .select('data')
      .where('action', '=', 'survey.results_exported')
      .execute()
    assert.deepEqual(
      audit.map((a) => a.data.format),
      ['csv', 'xlsx'],
    )
  })

  it('lists the comments masked, with no time or person, and audits the reading', async () => {
    const res = await quality.get(
      `${SERVICE_QUALITY_PATHS.surveyComments}?from=2022-11-01&to=2022-11-30`,
    )
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /data-comment="true">ช้ามาก โทร \[โทรศัพท์\/phone\]</)
    assert.doesNotMatch(res.body, /0812345678/)
    const audit = await tdb.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'survey.comments_viewed')
      .execute()
    assert.equal(audit.length, 1)
  })
})
