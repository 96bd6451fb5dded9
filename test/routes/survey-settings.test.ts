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

  it('answers an unknown setting with not found', async () => {
    const res = await quality.get(SERVICE_QUALITY_PATHS.setting('no.such_setting'))
    assert.equal(res.statusCode, 404)
  })
})
