import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { insertVersion } from '../../src/features/documents/index.js'
import {
  approveReport,
  changeMatrixCell,
  insertRegister,
  previewReport,
  publishReport,
  REPORT_PATHS,
  seedRegister,
} from '../../src/features/risk-report/index.js'
import { seedRegistrations } from '../../src/features/statistics/test-support/seed.repository.js'
import type { OfficerAuth } from '../../src/features/officers/index.js'
import { newId } from '../../src/platform/ids.js'
import { buildTestApp } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

let tdb: TestDatabase
let app: FastifyInstance
let registerId = ''
let reportId = ''
const auth: OfficerAuth = {
  officerId: newId(),
  roles: ['integrity_risk'],
  requestId: 'risk-test',
  ip: '127.0.0.1',
}
const db = () => tdb.database.db
const now = new Date('2023-04-01T03:00:00Z')

function stepOne(html: string) {
  return html.slice(html.indexOf('การลงทะเบียนทาง'), html.indexOf('การยืนยันตัวตน'))
}

before(async () => {
  tdb = await createTestDatabase()
  app = await buildTestApp(tdb.database)
  await app.ready()
  registerId = await db()
    .transaction()
    .execute((trx) =>
      insertRegister(trx, seedRegister({ campaignId: null }), { officerId: auth.officerId }),
    )
  // 5 + 3 online before the date; 2 online after it; 4 at the counter: 8 count.
  await seedRegistrations(db(), {
    n: 5,
    tag: 'rr-p',
    party: 'person',
    at: '2023-01-10T02:00:00Z',
    stepSeconds: 60,
  })
  await seedRegistrations(db(), { n: 3, tag: 'rr-c', party: 'company', at: '2023-01-24T16:00:00Z' })
  await seedRegistrations(db(), {
    n: 2,
    tag: 'rr-late',
    party: 'person',
    at: '2023-01-24T17:30:00Z',
  })
  await seedRegistrations(db(), {
    n: 4,
    tag: 'rr-ctr',
    party: 'person',
    channel: 'counter',
    at: '2023-01-05T02:00:00Z',
  })
  await db()
    .transaction()
    .execute((trx) =>
      insertVersion(trx, 'policy', {
        titleTh: 'นโยบายคุ้มครองข้อมูลส่วนบุคคล กรมศุลกากร พ.ศ. 2566',
        titleEn: 'Customs Department Personal Data Protection Policy B.E. 2566 (2023)',
        bodyTh: 'กรมศุลกากรให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคล',
        bodyEn: 'The Customs Department protects personal data.',
        effectiveOn: '2023-02-01',
        publishedAt: new Date('2023-01-31T03:00:00Z'),
      }),
    )
})
after(async () => {
  await app.close()
  await tdb.close()
})

describe('the risk report from live records', () => {
  it('previews the figures computed from the records; a missing source says no data', async () => {
    const r = await previewReport(db(), auth, registerId, now)
    const reg = r.values.registrations
    assert.equal(reg?.fields.count?.type === 'count' && reg.fields.count.value, 8)
    assert.equal(r.values.satisfaction, null, 'no answers in December 2022')
    assert.equal(r.values.ethics, undefined, 'no campaign bound')
    const step1 = r.services[0]?.steps[0]
    assert.equal(step1?.level?.nameTh, 'ปานกลาง')
  })

  it('the level follows the matrix kept as data', async () => {
    assert.equal(
      await changeMatrixCell(db(), auth, registerId, { likelihood: 2, impact: 3, level: 'high' }),
      true,
    )
    const r = await previewReport(db(), auth, registerId, now)
    assert.equal(r.services[0]?.steps[0]?.level?.nameTh, 'สูง')
    await changeMatrixCell(db(), auth, registerId, { likelihood: 2, impact: 3, level: 'medium' })
    const back = await previewReport(db(), auth, registerId, now)
    assert.equal(back.services[0]?.steps[0]?.level?.nameTh, 'ปานกลาง')
    assert.equal(
      await changeMatrixCell(db(), auth, registerId, { likelihood: 2, impact: 3, level: 'nope' }),
      false,
    )
  })

  it('approves and publishes: the public page, print, XLSX and DOCX hold the same frozen figures', async () => {
    const approved = await approveReport(
      db(),
      auth,
      registerId,
      { approverName: 'นางสาวสมใจ ซื่อตรง', memoReference: 'กค 0501/123' },
      now,
    )
    assert.equal(approved.version, 1)
    const before = await app.inject({ url: REPORT_PATHS.report(approved.id) })
    assert.equal(before.statusCode, 404, 'not public until published')
    await publishReport(db(), auth, registerId, approved.id, now)
    reportId = approved.id
    const list = await app.inject({ url: REPORT_PATHS.list })
    assert.match(list.body, new RegExp(REPORT_PATHS.report(reportId)))
    const page = await app.inject({ url: REPORT_PATHS.report(reportId) })
    assert.equal(page.statusCode, 200)
    assert.match(stepOne(page.body), /จำนวน 8 ราย \(ข้อมูลถึงวันที่ 24 มกราคม 2566\)/)
    assert.match(page.body, /ไม่มีข้อมูล/)
    assert.match(page.body, /นโยบายคุ้มครองข้อมูลส่วนบุคคล กรมศุลกากร พ.ศ. 2566/)
    const print = await app.inject({ url: REPORT_PATHS.print(reportId) })
    assert.match(print.body, /จำนวน ๘ ราย \(ข้อมูลถึงวันที่ ๒๔ มกราคม ๒๕๖๖\)/)
    assert.match(print.body, /Customs Call Center ๑๑๖๔/)
    assert.match(print.body, /href="\/reports\/report\.css"/)
    const css = await app.inject({ url: REPORT_PATHS.css })
    assert.match(css.body, /\/manual\/fonts\/sarabun-thai-400-normal\.woff2/)
    assert.match(css.body, /A4 landscape/)
    const arabic = await app.inject({ url: `${REPORT_PATHS.print(reportId)}?digits=arabic` })
    assert.match(arabic.body, /จำนวน 8 ราย/)

    const xlsx = await app.inject({ url: REPORT_PATHS.xlsx(reportId) })
    assert.equal(xlsx.statusCode, 200)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
    const cells: string[] = []
    wb.worksheets[0]?.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))))
    assert.ok(cells.some((c) => c.includes('จำนวน ๘ ราย (ข้อมูลถึงวันที่ ๒๔ มกราคม ๒๕๖๖)')))
    assert.ok(cells.includes('ปานกลาง'))

    const docx = await app.inject({ url: `${REPORT_PATHS.docx(reportId)}?lang=en` })
    const zip = await JSZip.loadAsync(docx.rawPayload)
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
    assert.match(
      xml,
      /8 importer\/exporter registrations had been made through it by 24 January 2023/,
    )
    assert.match(xml, /Medium/)
    const docxTh = await app.inject({ url: REPORT_PATHS.docx(reportId) })
    const xmlTh =
      (await (
        await JSZip.loadAsync(docxTh.rawPayload)
      )
        .file('word/document.xml')
        ?.async('string')) ?? ''
    assert.match(xmlTh, /จำนวน ๘ ราย/)
    assert.ok(xmlTh.includes('น้ำ') || xmlTh.includes('ที่'), 'Thai kept as typed')
  })

  it('a published report never changes; a new raw row changes the next version', async () => {
    await seedRegistrations(db(), {
      n: 1,
      tag: 'rr-more',
      party: 'company',
      at: '2023-01-20T02:00:00Z',
    })
    const page = await app.inject({ url: REPORT_PATHS.report(reportId) })
    assert.match(stepOne(page.body), /จำนวน 8 ราย/)
    const next = await approveReport(
      db(),
      auth,
      registerId,
      { approverName: 'นางสาวสมใจ ซื่อตรง', memoReference: 'กค 0501/124' },
      now,
    )
    assert.equal(next.version, 2)
    await publishReport(db(), auth, registerId, next.id, now)
    const v2 = await app.inject({ url: REPORT_PATHS.report(next.id) })
    assert.match(stepOne(v2.body), /จำนวน 9 ราย/)
    await assert.rejects(publishReport(db(), auth, registerId, next.id, now), /published already/)
  })

  it('refuses an officer without risk.register', async () => {
    await assert.rejects(
      previewReport(db(), { ...auth, roles: ['help_desk'] }, registerId, now),
      /risk.register needed/,
    )
  })
})
