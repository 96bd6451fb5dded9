import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { RISK_PATHS } from '../../src/features/back-office/risk/paths.js'
import type { OfficerClient } from '../../src/features/officers/test-support/officers.js'
import { addOfficer, signIn } from '../../src/features/officers/test-support/officers.js'
import { insertRegister, REPORT_PATHS, seedRegister } from '../../src/features/risk-report/index.js'
import { seedRegistrations } from '../../src/features/statistics/test-support/seed.repository.js'
import type { RiskTables } from '../../src/platform/db/schema.js'
import { newId } from '../../src/platform/ids.js'
import { buildTestApp } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

let tdb: TestDatabase
let app: FastifyInstance
let integrity: OfficerClient
let other: OfficerClient
let lastYear = ''
let copy = ''
const db = () => tdb.database.db

before(async () => {
  tdb = await createTestDatabase()
  app = await buildTestApp(tdb.database)
  await app.ready()
  integrity = await signIn(app, await addOfficer(app, db(), 'risk.integrity', ['integrity_risk']))
  other = await signIn(app, await addOfficer(app, db(), 'risk.helpdesk', ['help_desk']))
  lastYear = await db()
    .transaction()
    .execute((trx) =>
      insertRegister(trx, seedRegister({ campaignId: null }), { officerId: newId() }),
    )
  await seedRegistrations(db(), { n: 6, tag: 'rg-p', party: 'person', at: '2024-01-10T02:00:00Z' })
})
after(async () => {
  await app.close()
  await tdb.close()
})

describe('the risk register section (risk.register)', () => {
  it('is refused (403, audited) to an officer without risk.register and in the menu of one with it', async () => {
    const refused = await other.get(RISK_PATHS.registers)
    assert.equal(refused.statusCode, 403)
    const home = await integrity.get('/officer')
    assert.match(home.body, new RegExp(`href="${RISK_PATHS.registers}"`))
    const audit = await db()
      .selectFrom('audit_events')
      .select('action')
      .where('outcome', '=', 'refused')
      .execute()
    assert.ok(audit.length > 0)
  })

  it("copies last year's register, binds an indicator, changes the matrix, previews, approves and publishes", async () => {
    const list = await integrity.get(RISK_PATHS.registers)
    assert.equal(list.statusCode, 200)
    const copied = await integrity.post(RISK_PATHS.registers, RISK_PATHS.copy(lastYear), {})
    assert.equal(copied.statusCode, 303)
    copy = String(copied.headers.location).split('/').pop() ?? ''
    const page = await integrity.get(RISK_PATHS.register(copy))
    assert.match(page.body, /ปีงบประมาณ พ.ศ. 2567/)

    const bad = await integrity.post(RISK_PATHS.register(copy), RISK_PATHS.indicators(copy), {
      key: 'Bad Key',
      metric: 'registrations',
      asOf: '31/02/2567',
    })
    assert.equal(bad.statusCode, 400)
    assert.match(bad.body, /error-summary/)
    assert.match(bad.body, /31\/02\/2567/, 'what was typed is kept')
    const bound = await integrity.post(RISK_PATHS.register(copy), RISK_PATHS.indicators(copy), {
      key: 'registrations',
      metric: 'registrations',
      asOf: '31/01/2567',
      channels: 'online',
      parties: 'person,company',
    })
    assert.equal(bound.statusCode, 303)

    const preview = await integrity.get(RISK_PATHS.preview(copy))
    assert.match(preview.body, /จำนวน 6 ราย \(ข้อมูลถึงวันที่ 31 มกราคม 2567\)/)
    assert.match(preview.body, /ปานกลาง/)
    const cell = await integrity.post(RISK_PATHS.register(copy), RISK_PATHS.matrix(copy), {
      likelihood: '2',
      impact: '3',
      level: 'very_high',
    })
    assert.equal(cell.statusCode, 303)
    const after = await integrity.get(RISK_PATHS.preview(copy))
    assert.match(after.body, /สูงมาก/)

    const noName = await integrity.post(RISK_PATHS.register(copy), RISK_PATHS.signOff(copy), {
      approverName: '',
      memoReference: 'กค 0501/9',
    })
    assert.equal(noName.statusCode, 400)
    const approved = await integrity.post(RISK_PATHS.register(copy), RISK_PATHS.signOff(copy), {
      approverName: 'นายสุจริต ตรงไป',
      memoReference: 'กค 0501/9',
    })
    assert.equal(approved.statusCode, 303)
    const { id: reportId } = await db()
      .withTables<RiskTables>()
      .selectFrom('risk_reports')
      .select('id')
      .where('register_id', '=', copy)
      .executeTakeFirstOrThrow()
    const published = await integrity.post(
      RISK_PATHS.register(copy),
      RISK_PATHS.publish(copy, reportId),
      {},
    )
    assert.equal(published.statusCode, 303)
    const pub = await app.inject({ url: REPORT_PATHS.report(reportId) })
    assert.equal(pub.statusCode, 200)
    assert.match(pub.body, /จำนวน 6 ราย/)
    assert.match(pub.body, /นายสุจริต ตรงไป/)
    const again = await integrity.post(
      RISK_PATHS.register(copy),
      RISK_PATHS.publish(copy, reportId),
      {},
    )
    assert.equal(again.statusCode, 400)
    const actions = (
      await db()
        .selectFrom('audit_events')
        .select('action')
        .where('action', 'like', 'risk.%')
        .execute()
    ).map((a) => a.action)
    for (const a of [
      'risk.register_copied',
      'risk.indicator_bound',
      'risk.matrix_changed',
      'risk.report_approved',
      'risk.report_published',
    ])
      assert.ok(actions.includes(a), a)
  })
})

describe('editing the register', () => {
  it('shows the steps, risks with their levels and measures; edits a measure and a step (audited)', async () => {
    const page = await integrity.get(RISK_PATHS.register(lastYear))
    assert.match(page.body, /ขั้นตอนที่ 1/)
    const href = /href="(\/officer\/risk\/[^"]+\/controls\/[^"]+)"/.exec(page.body)?.[1] ?? ''
    const form = await integrity.get(href)
    assert.equal(form.statusCode, 200)
    const bad = await integrity.post(href, href, {
      textTh: 'มาตรการใหม่',
      textEn: 'A new measure',
      ownerUnit: 'ฝ่ายทะเบียน',
      status: 'done',
      dueOn: '31/02/2567',
      evidenceUrl: 'ftp://x',
      resultTh: 'ผล {nothing}',
      resultEn: '',
    })
    assert.equal(bad.statusCode, 400)
    assert.match(bad.body, /31\/02\/2567/)
    const unknown = await integrity.post(href, href, {
      textTh: 'มาตรการใหม่',
      textEn: 'A new measure',
      ownerUnit: 'ฝ่ายทะเบียน',
      status: 'done',
      dueOn: '30/09/2566',
      evidenceUrl: 'https://www.customs.go.th/evidence',
      resultTh: 'ผล {nothing}',
      resultEn: '',
    })
    assert.equal(unknown.statusCode, 400)
    assert.match(unknown.body, /nothing/)
    const ok = await integrity.post(href, href, {
      textTh: 'มาตรการใหม่ที่ปรับปรุงแล้ว',
      textEn: 'A new measure',
      ownerUnit: 'ฝ่ายทะเบียน',
      status: 'in_progress',
      dueOn: '30/09/2566',
      evidenceUrl: 'https://www.customs.go.th/evidence',
      resultTh: 'ลงทะเบียนแล้ว {registrations} ราย',
      resultEn: '{registrations} registered',
    })
    assert.equal(ok.statusCode, 303)
    const after = await integrity.get(RISK_PATHS.register(lastYear))
    assert.match(after.body, /มาตรการใหม่ที่ปรับปรุงแล้ว/)
    assert.match(after.body, /https:\/\/www.customs.go.th\/evidence/)
    const actions = await db()
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'risk.control_edited')
      .execute()
    assert.equal(actions.length, 1)
  })
})
