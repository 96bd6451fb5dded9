import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { SERVICE_QUALITY_PATHS } from '../../src/features/back-office/service-quality/paths.js'
import {
  addOfficer,
  signIn,
  type OfficerClient,
} from '../../src/features/officers/test-support/officers.js'
import { figuresRounding, readSetting, settingHistory } from '../../src/features/settings/index.js'
import { currentSurvey } from '../../src/features/survey/index.js'
import { buildTestApp } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

let tdb: TestDatabase
let app: FastifyInstance
let quality: OfficerClient
let registry: OfficerClient
const key = figuresRounding.key
const page = SERVICE_QUALITY_PATHS.setting(key)

before(async () => {
  tdb = await createTestDatabase()
  app = await buildTestApp(tdb.database)
  await app.ready()
  quality = await signIn(
    app,
    await addOfficer(app, tdb.database.db, 'sq.settings', ['service_quality']),
  )
  registry = await signIn(
    app,
    await addOfficer(app, tdb.database.db, 'sq.registry', ['registry_officer']),
  )
})
after(async () => {
  await app.close()
  await tdb.close()
})

const refusals = (db = tdb.database.db) =>
  db
    .selectFrom('audit_events')
    .select(['action', 'subject_id'])
    .where('outcome', '=', 'refused')
    .execute()

describe('the settings pages', () => {
  it('lists the declared settings with their defaults, in the menu of those who may edit them', async () => {
    const list = await quality.get(SERVICE_QUALITY_PATHS.settings)
    assert.equal(list.statusCode, 200)
    assert.match(list.body, new RegExp(`data-setting="${key}"[^>]*>ตัดเศษทิ้ง`))
    assert.match(list.body, /\(ค่าเริ่มต้น\)/)
    const home = await quality.get('/officer')
    assert.match(home.body, /href="\/officer\/settings"/)
    const other = await registry.get('/officer')
    assert.doesNotMatch(other.body, /href="\/officer\/settings"/)
  })

  it('refuses an officer without settings.edit (403, audited)', async () => {
    const res = await registry.get(page)
    assert.equal(res.statusCode, 403)
    assert.ok((await refusals()).some((r) => r.action === 'officer.access_refused'))
  })

  it('re-renders an invalid change with its messages and keeps what was typed', async () => {
    const res = await quality.post(page, page, { value: 'truncate', reason: 'no', version: '0' })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /<title>ข้อผิดพลาด:/)
    assert.match(res.body, /href="#value">ค่าใหม่ต้องต่างจากค่าปัจจุบัน/)
    assert.match(res.body, /href="#reason">กรอกเหตุผล 5–500 ตัวอักษร/)
    assert.match(res.body, />no<\/textarea>/)
  })

  it('refuses and audits a choice the page never offered', async () => {
    const res = await quality.post(page, page, {
      value: 'ceiling',
      reason: 'forged form',
      version: '0',
    })
    assert.equal(res.statusCode, 400)
    assert.ok(
      (await refusals()).some(
        (r) => r.action === 'settings.forged_refused' && r.subject_id === key,
      ),
    )
    assert.equal(await readSetting(tdb.database.db, figuresRounding), 'truncate')
  })

  it('changes the setting with a reason, shown in the history, and refuses a stale page', async () => {
    const ok = await quality.post(page, page, {
      value: 'round',
      reason: 'รายงานปีนี้ปัดเศษ',
      version: '0',
    })
    assert.equal(ok.statusCode, 303, ok.body.slice(0, 400))
    assert.equal(await readSetting(tdb.database.db, figuresRounding), 'round')
    const detail = await quality.get(page)
    assert.match(detail.body, /รายงานปีนี้ปัดเศษ/)
    assert.match(detail.body, /Officer sq\.settings/)
    const stale = await quality.post(page, page, {
      value: 'truncate',
      reason: 'from an old tab',
      version: '0',
    })
    assert.equal(stale.statusCode, 400)
    assert.match(stale.body, /มีผู้แก้ไขค่านี้หลังจากที่คุณเปิดหน้านี้/)
    const history = await settingHistory(tdb.database.db, key)
    assert.deepEqual(
      history.map((h) => [h.oldValue, h.newValue]),
      [['truncate', 'round']],
    )
  })

  it('lists the survey base setting with the others', async () => {
    const res = await quality.get(SERVICE_QUALITY_PATHS.setting('survey.top2.base'))
    assert.equal(res.statusCode, 200, res.body.slice(0, 300))
    assert.match(res.body, /name="value" type="radio" value="answered_and_no_opinion"/)
  })

  it('answers an unknown setting with not found', async () => {
    const res = await quality.get(SERVICE_QUALITY_PATHS.setting('no.such_setting'))
    assert.equal(res.statusCode, 404)
  })
})

describe('the survey questions page', () => {
  const page = SERVICE_QUALITY_PATHS.surveyDefinition
  const form = (extra: Record<string, string>) => ({
    basedOn: '1',
    q0_id: 'ease',
    q0_th: 'การลงทะเบียนผ่านระบบใช้งานง่ายเพียงใด',
    q0_en: 'How easy was it to register through the portal?',
    q1_id: 'clarity',
    q1_th: 'คำอธิบายและข้อความบนหน้าจอชัดเจนเพียงใด',
    q1_en: 'How clear were the explanations and messages on the screens?',
    q2_id: 'speed',
    q2_th: 'ท่านพึงพอใจกับเวลาที่ใช้จนได้รับผลการลงทะเบียนเพียงใด',
    q2_en: 'How satisfied are you with the time it took to get the result?',
    q3_id: 'overall',
    q3_th: 'ความพึงพอใจโดยรวมต่อบริการลงทะเบียน',
    q3_en: 'Overall, how satisfied are you with the registration service?',
    step_th: 'ขั้นตอน "{step}" ใช้งานง่ายเพียงใด',
    step_en: 'How easy was the step "{step}"?',
    noOpinion: 'yes',
    comment: 'yes',
    note: 'ปรับถ้อยคำตามข้อเสนอแนะ',
    ...extra,
  })

  it('refuses an edit that changes nothing, and one without its texts', async () => {
    const same = await quality.post(page, page, form({}))
    assert.equal(same.statusCode, 400)
    assert.match(same.body, /ไม่มีการเปลี่ยนแปลงจากฉบับปัจจุบัน/)
    const empty = await quality.post(page, page, form({ q1_en: '', step_en: 'no placeholder' }))
    assert.equal(empty.statusCode, 400)
    assert.match(empty.body, /href="#q1_en">/)
    assert.match(empty.body, /href="#step_en">/)
  })

  it('publishes an edit as the next version (the first stays as it was), refusing a stale page', async () => {
    const res = await quality.post(
      page,
      page,
      form({
        q3_remove: 'yes',
        q4_th: 'ท่านจะแนะนำบริการนี้แก่ผู้อื่นเพียงใด',
        q4_en: 'How likely are you to recommend it?',
      }),
    )
    assert.equal(res.statusCode, 303, res.body.slice(0, 300))
    assert.equal(res.headers.location, `${page}?published=2`)
    const v2 = await currentSurvey(tdb.database.db)
    assert.equal(v2.version, 2)
    assert.deepEqual(
      v2.questions.map((q) => q.id),
      ['ease', 'clarity', 'speed', 'q2_5'],
    )
    const stale = await quality.postWithToken(page, {
      _csrf: csrfOf((await quality.get(page)).body),
      ...form({ q0_en: 'Edited on an old page' }),
    })
    assert.equal(stale.statusCode, 400)
    assert.match(stale.body, /มีผู้เผยแพร่ฉบับใหม่/)
    assert.equal((await registry.get(page)).statusCode, 403)
  })
})

function csrfOf(html: string): string {
  return /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? ''
}
