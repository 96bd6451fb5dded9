import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { EDIT_PATHS, RISK_PATHS } from '../../src/features/back-office/risk/paths.js'
import type { OfficerClient } from '../../src/features/officers/test-support/officers.js'
import { addOfficer, signIn } from '../../src/features/officers/test-support/officers.js'
import { insertRegister, REPORT_PATHS, seedRegister } from '../../src/features/risk-report/index.js'
import type { RiskTables } from '../../src/platform/db/schema.js'
import { newId } from '../../src/platform/ids.js'
import { buildTestApp } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

// The integrity officer edits a draft register's structure, scales and matrix: every edit is a
// form with CSRF, errors next to the field and in the summary with the typed values kept, an
// audit event, and is refused once one of the register's reports is published.

let tdb: TestDatabase
let app: FastifyInstance
let integrity: OfficerClient
let other: OfficerClient
let reg = ''
const db = () => tdb.database.db
const risk = () => db().withTables<RiskTables>()

before(async () => {
  tdb = await createTestDatabase()
  app = await buildTestApp(tdb.database)
  await app.ready()
  integrity = await signIn(app, await addOfficer(app, db(), 'edit.integrity', ['integrity_risk']))
  other = await signIn(app, await addOfficer(app, db(), 'edit.helpdesk', ['help_desk']))
})
after(async () => {
  await app.close()
  await tdb.close()
})
beforeEach(async () => {
  reg = await db()
    .transaction()
    .execute((trx) =>
      insertRegister(
        trx,
        { ...seedRegister({ campaignId: null }), titleTh: `ทะเบียน ${newId()}` },
        { officerId: newId() },
      ),
    )
})

const services = () =>
  risk()
    .selectFrom('risk_services')
    .selectAll()
    .where('register_id', '=', reg)
    .orderBy('position')
    .execute()
const steps = () =>
  risk()
    .selectFrom('risk_steps as s')
    .innerJoin('risk_services as v', 'v.id', 's.service_id')
    .selectAll('s')
    .where('v.register_id', '=', reg)
    .orderBy('v.position')
    .orderBy('s.position')
    .execute()
const risksOf = (stepId: string) =>
  risk().selectFrom('risk_events').selectAll().where('step_id', '=', stepId).execute()
const controlsOf = (stepId: string) =>
  risk()
    .selectFrom('risk_controls')
    .selectAll()
    .where('step_id', '=', stepId)
    .orderBy('position')
    .execute()
const audits = async (action: string) =>
  db()
    .selectFrom('audit_events')
    .select(['action', 'data', 'outcome'])
    .where('action', '=', action)
    .where('subject_id', '=', reg)
    .execute()
/** Posts a page's form to itself (or to its removal), with the page's CSRF token. */
const save = (path: string, form: Record<string, string>) => integrity.post(path, path, form)
const remove = (path: string) => integrity.post(path, EDIT_PATHS.remove(path), {})

const RISK = {
  textTh: 'เจ้าหน้าที่เรียกรับเงินเพื่อเร่งการลงทะเบียน',
  textEn: 'An officer asks for money to speed a registration up',
  likelihood: '4',
  impact: '5',
  residualLikelihood: '2',
  residualImpact: '5',
  ownerUnit: 'ฝ่ายทะเบียน',
  treatment: 'avoid',
}
const CONTROL = {
  textTh: 'ตรวจสอบการลงทะเบียนแบบสุ่ม',
  textEn: 'Random checks of registrations',
  ownerUnit: 'กลุ่มงานคุ้มครองจริยธรรม',
  status: 'in_progress',
  dueOn: '30/09/2567',
  evidenceLabel: 'คำสั่ง',
  evidenceUrl: 'https://www.customs.go.th/order-1',
  evidenceLabel2: 'รายงาน',
  evidenceUrl2: 'https://www.customs.go.th/report-2',
  resultTh: 'ลงทะเบียนแล้ว {registrations} ราย',
  resultEn: '{registrations} registered',
}

describe('editing a draft register (risk.register)', () => {
  it('adds, renames and removes a service (audited)', async () => {
    const added = await save(EDIT_PATHS.serviceNew(reg), {
      nameTh: 'การลงทะเบียนตัวแทนออกของ',
      nameEn: 'Customs broker registration',
    })
    assert.equal(added.statusCode, 303)
    const [, broker] = await services()
    assert.equal(broker?.name_en, 'Customs broker registration')
    const page = await integrity.get(RISK_PATHS.register(reg))
    assert.match(page.body, /บริการ: การลงทะเบียนตัวแทนออกของ/)

    const renamed = await save(EDIT_PATHS.service(reg, broker?.id ?? ''), {
      nameTh: 'การลงทะเบียนตัวแทนออกของ (ศุลกากร)',
      nameEn: 'Customs broker registration',
    })
    assert.equal(renamed.statusCode, 303)
    assert.equal((await services())[1]?.name_th, 'การลงทะเบียนตัวแทนออกของ (ศุลกากร)')

    const removed = await remove(EDIT_PATHS.service(reg, broker?.id ?? ''))
    assert.equal(removed.statusCode, 303)
    assert.equal((await services()).length, 1)
    assert.equal((await audits('risk.service_added')).length, 1)
    assert.equal((await audits('risk.service_renamed')).length, 1)
    const [gone] = await audits('risk.service_removed')
    assert.match(JSON.stringify(gone?.data), /การลงทะเบียนตัวแทนออกของ \(ศุลกากร\)/)
  })

  it('adds, edits and removes a step; a template naming an unbound indicator is refused', async () => {
    const [service] = await services()
    const path = EDIT_PATHS.stepNew(reg, service?.id ?? '')
    const form = {
      titleTh: 'การรับเรื่องร้องเรียน',
      titleEn: 'Receiving complaints',
      resultTh: 'รับเรื่อง {complaints} เรื่อง',
      resultEn: '',
    }
    const unknown = await save(path, form)
    assert.equal(unknown.statusCode, 400)
    assert.match(unknown.body, /ไม่มีตัวชี้วัดชื่อ complaints/)
    assert.match(unknown.body, /href="#resultTh"/)
    assert.match(unknown.body, /การรับเรื่องร้องเรียน/, 'what was typed is kept')
    assert.equal((await steps()).length, 2)

    assert.equal((await save(path, { ...form, resultTh: '' })).statusCode, 303)
    const added = (await steps())[2]
    assert.equal(added?.title_en, 'Receiving complaints')
    const edit = EDIT_PATHS.step(reg, added?.id ?? '')
    assert.equal(
      (await save(edit, { ...form, titleEn: 'Receiving complaints and tips', resultTh: '' }))
        .statusCode,
      303,
    )
    assert.equal((await steps())[2]?.title_en, 'Receiving complaints and tips')
    assert.equal((await remove(edit)).statusCode, 303)
    assert.equal((await steps()).length, 2)
    for (const a of ['risk.step_added', 'risk.step_edited', 'risk.step_removed'])
      assert.equal((await audits(a)).length, 1, a)
  })

  it("adds, edits and removes a risk event; a point off the register's scale is refused", async () => {
    const [step] = await steps()
    const path = EDIT_PATHS.riskNew(reg, step?.id ?? '')
    const form = await integrity.get(path)
    assert.equal(form.statusCode, 200)
    assert.match(form.body, /4 – สูง/, "the scale's point names")
    assert.equal((await save(path, RISK)).statusCode, 303)
    const added = (await risksOf(step?.id ?? '')).find((r) => r.text_en === RISK.textEn)
    assert.equal(added?.likelihood, 4)
    assert.equal(added?.treatment, 'avoid')
    const page = await integrity.get(RISK_PATHS.register(reg))
    assert.match(page.body, /เจ้าหน้าที่เรียกรับเงิน[^]*?สูงมาก/, '4 × 5 is very high by the matrix')

    const edit = EDIT_PATHS.risk(reg, added?.id ?? '')
    const off = await save(edit, { ...RISK, likelihood: '7' })
    assert.equal(off.statusCode, 400)
    assert.match(off.body, /เลือกค่าไม่เกิน 5/)
    assert.match(off.body, /href="#likelihood"/)
    const half = await save(edit, { ...RISK, residualImpact: '' })
    assert.equal(half.statusCode, 400)
    assert.match(half.body, /href="#residualImpact"/)
    assert.equal((await save(edit, { ...RISK, impact: '1' })).statusCode, 303)
    assert.equal((await risksOf(step?.id ?? '')).find((r) => r.id === added?.id)?.impact, 1)
    assert.equal((await remove(edit)).statusCode, 303)
    assert.equal((await risksOf(step?.id ?? '')).length, 1)
    for (const a of ['risk.risk_added', 'risk.risk_edited', 'risk.risk_removed'])
      assert.equal((await audits(a)).length, 1, a)
  })

  it('adds, edits and removes a control measure with its evidence links', async () => {
    const [step] = await steps()
    const bad = await save(EDIT_PATHS.controlNew(reg, step?.id ?? ''), {
      ...CONTROL,
      evidenceUrl2: 'http://insecure.example',
    })
    assert.equal(bad.statusCode, 400)
    assert.match(bad.body, /href="#evidenceUrl2"/)
    assert.match(bad.body, /http:\/\/insecure.example/, 'what was typed is kept')
    assert.equal((await save(EDIT_PATHS.controlNew(reg, step?.id ?? ''), CONTROL)).statusCode, 303)
    const added = (await controlsOf(step?.id ?? '')).at(-1)
    assert.equal(added?.text_en, CONTROL.textEn)
    assert.deepEqual(
      added?.evidence.map((e) => e.url),
      ['https://www.customs.go.th/order-1', 'https://www.customs.go.th/report-2'],
    )
    const edit = EDIT_PATHS.control(reg, added?.id ?? '')
    const form = await integrity.get(edit)
    assert.match(form.body, /value="https:\/\/www.customs.go.th\/report-2"/)
    assert.equal(
      (await save(edit, { ...CONTROL, status: 'done', evidenceUrl2: '', evidenceLabel2: '' }))
        .statusCode,
      303,
    )
    const edited = (await controlsOf(step?.id ?? '')).at(-1)
    assert.equal(edited?.status, 'done')
    assert.equal(edited?.evidence.length, 1)
    assert.equal((await remove(edit)).statusCode, 303)
    assert.equal((await controlsOf(step?.id ?? '')).length, 3)
    for (const a of ['risk.control_added', 'risk.control_edited', 'risk.control_removed'])
      assert.equal((await audits(a)).length, 1, a)
  })

  it('shows errors next to the field and in the summary, keeps what was typed, never saves', async () => {
    const res = await save(EDIT_PATHS.serviceNew(reg), { nameTh: 'บริการใหม่', nameEn: '' })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /class="error-summary"[^]*href="#nameEn"/)
    assert.match(res.body, /id="nameEn-error"/)
    assert.match(res.body, /id="nameEn"[^>]*aria-invalid="true"/)
    assert.match(res.body, /value="บริการใหม่"/)
    assert.equal((await services()).length, 1)
    assert.equal((await audits('risk.service_added')).length, 0)
  })

  it('refuses a post without the CSRF token and an officer without risk.register (403)', async () => {
    const noToken = await integrity.postWithToken(EDIT_PATHS.serviceNew(reg), {
      nameTh: 'ก',
      nameEn: 'A',
    })
    assert.equal(noToken.statusCode, 403)
    const [service] = await services()
    for (const path of [
      EDIT_PATHS.serviceNew(reg),
      EDIT_PATHS.service(reg, service?.id ?? ''),
      EDIT_PATHS.grid(reg),
      EDIT_PATHS.scales(reg),
      EDIT_PATHS.level(reg, 'low'),
    ]) {
      assert.equal((await other.get(path)).statusCode, 403, path)
      const post = await other.post('/officer', path, { nameTh: 'ก', nameEn: 'A' })
      assert.equal(post.statusCode, 403, path)
    }
    const removal = await other.post(
      '/officer',
      EDIT_PATHS.remove(EDIT_PATHS.service(reg, service?.id ?? '')),
      {},
    )
    assert.equal(removal.statusCode, 403)
    assert.equal((await services()).length, 1)
    assert.equal((await services())[0]?.name_th, service?.name_th)
  })
})

describe("editing a register's scales and matrix (data, never code)", () => {
  it('a grid edit changes the level shown on the register and in the report', async () => {
    const grid = await integrity.get(EDIT_PATHS.grid(reg))
    assert.equal(grid.statusCode, 200)
    assert.match(grid.body, /<option value="medium" selected>ปานกลาง<\/option>/)
    const before = await integrity.get(RISK_PATHS.preview(reg))
    assert.doesNotMatch(before.body, /สูงมาก/)
    const bad = await save(EDIT_PATHS.grid(reg), { c2x3: 'nothing' })
    assert.equal(bad.statusCode, 400)
    assert.match(bad.body, /href="#c2x3"/)
    const ok = await save(EDIT_PATHS.grid(reg), { c2x3: 'very_high', c2x4: 'high' })
    assert.equal(ok.statusCode, 303)
    const preview = await integrity.get(RISK_PATHS.preview(reg))
    assert.match(preview.body, /สูงมาก/)
    assert.match(preview.body, /สูง</)
    const [event] = await audits('risk.matrix_changed')
    assert.deepEqual((event?.data as { changed: unknown }).changed, {
      '2x3': 'very_high',
      '2x4': 'high',
    })
  })

  it('renames a level, colours it from a swatch or a custom colour with enough contrast', async () => {
    const path = EDIT_PATHS.level(reg, 'very_high')
    const form = await integrity.get(path)
    assert.match(form.body, /ความต่างของสีที่บันทึกไว้ 5.62:1/)
    const base = { nameTh: 'สูงมากที่สุด', nameEn: 'Extreme', textColour: '#0b0c0c' }
    const lowContrast = await save(path, { ...base, colour: 'custom', customColour: '#333333' })
    assert.equal(lowContrast.statusCode, 400)
    assert.match(lowContrast.body, /1.\d\d:1 ต้องไม่น้อยกว่า 4.5:1/)
    assert.match(lowContrast.body, /href="#customColour"/)
    assert.match(lowContrast.body, /value="#333333"/)
    const badCode = await save(path, { ...base, colour: 'custom', customColour: 'red' })
    assert.match(badCode.body, /href="#customColour"/)
    assert.equal(
      (await save(path, { ...base, colour: 'custom', customColour: '#FF8A80' })).statusCode,
      303,
    )
    const level = await risk()
      .selectFrom('risk_levels')
      .selectAll()
      .where('register_id', '=', reg)
      .where('code', '=', 'very_high')
      .executeTakeFirstOrThrow()
    assert.deepEqual(
      [level.name_en, level.colour, level.text_colour],
      ['Extreme', '#ff8a80', '#0b0c0c'],
    )
    assert.equal(
      (await save(path, { ...base, colour: '#6a1b9a', customColour: '' })).statusCode,
      303,
    )
    await save(EDIT_PATHS.grid(reg), { c2x3: 'very_high' })
    const preview = await integrity.get(RISK_PATHS.preview(reg))
    assert.match(preview.body, /สูงมากที่สุด/)
    assert.equal((await audits('risk.level_edited')).length, 2)
  })

  it('adds a level, refuses removing one the grid uses, removes it once free', async () => {
    const added = await save(EDIT_PATHS.levelNew(reg), {
      nameTh: 'วิกฤต',
      nameEn: 'Critical',
      colour: '#ad1457',
    })
    assert.equal(added.statusCode, 303)
    const grid = await integrity.get(EDIT_PATHS.grid(reg))
    assert.match(grid.body, /<option value="level_a">วิกฤต<\/option>/)
    await save(EDIT_PATHS.grid(reg), { c5x5: 'level_a' })
    const inUse = await remove(EDIT_PATHS.level(reg, 'level_a'))
    assert.equal(inUse.statusCode, 409)
    assert.match(inUse.body, /ยังมีช่องในตารางที่ใช้ระดับนี้/)
    assert.match(inUse.body, /href="#remove"/)
    await save(EDIT_PATHS.grid(reg), { c5x5: 'very_high' })
    assert.equal((await remove(EDIT_PATHS.level(reg, 'level_a'))).statusCode, 303)
    const levels = await risk()
      .selectFrom('risk_levels')
      .select('code')
      .where('register_id', '=', reg)
      .execute()
    assert.equal(levels.length, 4)
    assert.equal((await audits('risk.level_added')).length, 1)
    assert.equal((await audits('risk.level_removed')).length, 1)
  })

  it('grows a scale with named points, refuses shrinking it under a risk', async () => {
    const path = EDIT_PATHS.scales(reg)
    const form = await integrity.get(path)
    assert.match(form.body, /value="Almost certain"/)
    const names: Record<string, string> = {}
    for (const m of form.body.matchAll(
      /id="((?:likelihood|impact)(?:Th|En)\d+)"[^>]*value="([^"]*)"/g,
    ))
      names[m[1] ?? ''] = m[2] ?? ''
    const grown = await save(path, {
      ...names,
      likelihoodMax: '6',
      impactMax: '5',
      likelihoodEn5: 'Very likely',
    })
    assert.equal(grown.statusCode, 303)
    const r = await risk()
      .selectFrom('risk_registers')
      .selectAll()
      .where('id', '=', reg)
      .executeTakeFirstOrThrow()
    assert.equal(r.likelihood_max, 6)
    const cells = await risk()
      .selectFrom('risk_matrix_cells')
      .selectAll()
      .where('register_id', '=', reg)
      .execute()
    assert.equal(cells.length, 30)
    assert.equal(cells.find((c) => c.likelihood === 6 && c.impact === 5)?.level_code, 'very_high')
    const grid = await integrity.get(EDIT_PATHS.grid(reg))
    assert.match(grid.body, /6 ระดับ 6/)
    const shrink = await save(path, { ...names, likelihoodMax: '6', impactMax: '3' })
    assert.equal(shrink.statusCode, 400)
    assert.match(shrink.body, /มีความเสี่ยงที่ใช้ระดับ 4 อยู่/)
    assert.match(shrink.body, /href="#impactMax"/)
    assert.equal((await audits('risk.scales_changed')).length, 1)

    // Next year's copy starts with this year's scales, names and grid.
    const copied = await integrity.post(RISK_PATHS.registers, RISK_PATHS.copy(reg), {})
    const copy = String(copied.headers.location).split('/').pop() ?? ''
    const copyGrid = await integrity.get(EDIT_PATHS.grid(copy))
    assert.match(copyGrid.body, /โอกาส 6 ระดับ/)
    const named = await risk()
      .selectFrom('risk_scale_points')
      .select('name_en')
      .where('register_id', '=', copy)
      .where('axis', '=', 'likelihood')
      .where('value', '=', 5)
      .executeTakeFirstOrThrow()
    assert.equal(named.name_en, 'Very likely')
  })
})

describe('a published report', () => {
  it('stops every edit of its register (409, typed values kept) and its figures never change', async () => {
    await integrity.post(RISK_PATHS.register(reg), RISK_PATHS.signOff(reg), {
      approverName: 'นายสุจริต ตรงไป',
      memoReference: 'กค 0501/1',
    })
    const { id: reportId } = await risk()
      .selectFrom('risk_reports')
      .select('id')
      .where('register_id', '=', reg)
      .executeTakeFirstOrThrow()
    const published = await integrity.post(
      RISK_PATHS.register(reg),
      RISK_PATHS.publish(reg, reportId),
      {},
    )
    assert.equal(published.statusCode, 303)
    const report = async () =>
      /<main[^]*<\/main>/.exec((await app.inject({ url: REPORT_PATHS.report(reportId) })).body)?.[0]
    const frozen = await report()
    assert.match(frozen ?? '', /ปานกลาง/)
    const page = await integrity.get(RISK_PATHS.register(reg))
    assert.match(page.body, /มีรายงานที่เผยแพร่แล้ว จึงแก้ไขไม่ได้/)
    assert.doesNotMatch(page.body, new RegExp(EDIT_PATHS.serviceNew(reg)))

    const [service] = await services()
    const [step] = await steps()
    const refused = await save(EDIT_PATHS.serviceNew(reg), { nameTh: 'บริการใหม่', nameEn: 'New' })
    assert.equal(refused.statusCode, 409)
    assert.match(refused.body, /href="#nameTh"/)
    assert.match(refused.body, /value="บริการใหม่"/)
    const attempts = [
      () => save(EDIT_PATHS.service(reg, service?.id ?? ''), { nameTh: 'อื่น', nameEn: 'Other' }),
      () => remove(EDIT_PATHS.step(reg, step?.id ?? '')),
      () => save(EDIT_PATHS.riskNew(reg, step?.id ?? ''), RISK),
      () => save(EDIT_PATHS.controlNew(reg, step?.id ?? ''), CONTROL),
      () => save(EDIT_PATHS.grid(reg), { c2x3: 'very_high' }),
      () =>
        save(EDIT_PATHS.level(reg, 'medium'), { nameTh: 'กลาง', nameEn: 'Mid', colour: '#f9a825' }),
      () =>
        integrity.post(RISK_PATHS.register(reg), RISK_PATHS.matrix(reg), {
          likelihood: '2',
          impact: '3',
          level: 'very_high',
        }),
    ]
    for (const attempt of attempts) {
      const res = await attempt()
      assert.equal(res.statusCode, 409, res.body.slice(0, 200))
      assert.match(res.body, /จึงแก้ไขไม่ได้/)
    }
    assert.equal((await services()).length, 1)
    assert.equal((await services())[0]?.name_th, service?.name_th)
    assert.equal((await steps()).length, 2)
    const cell = await risk()
      .selectFrom('risk_matrix_cells')
      .select('level_code')
      .where('register_id', '=', reg)
      .where('likelihood', '=', 2)
      .where('impact', '=', 3)
      .executeTakeFirstOrThrow()
    assert.equal(cell.level_code, 'medium')
    assert.equal((await audits('risk.service_added')).length, 0)

    // Even a change behind the portal's back leaves the published report as it was frozen.
    await risk()
      .updateTable('risk_levels')
      .set({ name_th: 'เปลี่ยนแล้ว' })
      .where('register_id', '=', reg)
      .execute()
    assert.equal(await report(), frozen)
  })
})
