import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { loadConfig } from '../../src/config.js'
import { insertRegistrant } from '../../src/features/officers/test-support/officers.js'
import { PDPA_PATHS } from '../../src/features/pdpa/index.js'
import { openPglite } from '../../src/platform/db/database.js'
import { migrate } from '../../src/platform/db/migrate.js'
import { createPiiCrypto } from '../../src/platform/pii-crypto.js'
import { withCheckDigit } from '../../src/platform/thai-id.js'
import {
  axeViolations,
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  type RunningServer,
} from './harness.js'
import { enrolAndSignIn, officerAwaitingEnrolment } from './officers.js'

let server: RunningServer
let browser: Browser
const links: Record<'registry' | 'dpo', string> = { registry: '', dpo: '' }
const PASSWORD = 'คุ้มครองข้อมูล ส่วนบุคคล 2568'
const nationalId = withCheckDigit(`4${String(Date.now() % 1e8).padStart(8, '0')}321`)
const REASON = 'ผู้ลงทะเบียนโทร 1164 ขอตรวจสอบที่อยู่ เรื่องเลขที่ CC-2568-2001'

// The data folder is prepared before the server starts (PGlite has one writer): a registry
// officer and a data-protection officer waiting to enrol, and one registrant.
before(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ctp-e2e-pdpa-'))
  const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir, LOG_LEVEL: 'silent' })
  const database = await openPglite(dataDir)
  await migrate(database)
  const crypto = createPiiCrypto({
    encryption: config.secrets.encryption,
    hmac: config.secrets.hmac,
  })
  links.registry = await officerAwaitingEnrolment(database.db, {
    username: 'wipa.r',
    name: 'วิภา ทะเบียนงาม',
    unit: 'ฝ่ายทะเบียนผู้นำเข้าและส่งออก',
    roles: ['registry_officer'],
  })
  links.dpo = await officerAwaitingEnrolment(database.db, {
    username: 'pranee.d',
    name: 'ปราณี คุ้มครอง',
    unit: 'กลุ่มคุ้มครองข้อมูลส่วนบุคคล',
    roles: ['data_protection'],
  })
  await insertRegistrant(database.db, crypto, {
    nationalId,
    firstTh: 'มณีรัตน์',
    lastTh: 'ข้อมูลดี',
    firstEn: 'Maneerat',
    lastEn: 'Khomundee',
    email: 'maneerat@example.com',
    withDecision: true,
  })
  await database.close()
  server = await startServer({ DATA_DIR: dataDir })
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await server?.stop()
})

/** Every new page passes axe (WCAG 2.1 AA) and is kept as a screenshot. */
async function check(page: Page, name: string): Promise<void> {
  await screenshot(page, `pdpa-${name}`)
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`)
}

/** Enrols through the one-time link and signs in with the next TOTP step. */
function officerSignsIn(page: Page, link: string, username: string): Promise<void> {
  return enrolAndSignIn(page, server.baseUrl, { link, username, password: PASSWORD })
}

describe('PDPA: who saw my data, and my rights', () => {
  it('an officer searches and reveals a registrant with a reason', async () => {
    const context = await newContext(browser, 'desktop')
    const page = await context.newPage()
    await officerSignsIn(page, links.registry, 'wipa.r')
    await page.getByRole('link', { name: 'ค้นหาผู้ลงทะเบียน' }).first().click()
    await page.getByLabel('ชื่อหรือนามสกุล (ไทยหรืออังกฤษ)').check()
    await page.getByLabel('คำค้นหา').fill('ข้อมูลดี')
    await page.getByRole('button', { name: 'ค้นหา' }).click()
    await page.getByRole('link', { name: 'นายมณีรัตน์ ข้อมูลดี' }).click()
    await page.getByText('แสดงข้อมูลที่ปิดบัง').click()
    await page.getByLabel('เหตุผล', { exact: true }).selectOption('registrant_enquiry')
    await page.getByLabel('รายละเอียด').fill(REASON)
    await page.getByRole('button', { name: 'แสดงข้อมูล' }).click()
    await page.locator('[data-field="nationalId"]', { hasText: nationalId }).waitFor()
    // Not the DPO: the data-protection pages are refused.
    await page.goto(`${server.baseUrl}${PDPA_PATHS.dpoRequests}`)
    assert.match(await page.title(), /^คำขอนี้ไม่ได้รับอนุญาต/)
    await context.close()
  })

  it('the registrant acknowledges the notices, sees that access on "my data" and makes a request', async () => {
    const context = await newContext(browser, 'phone')
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/account`)
    await page.getByRole('button', { name: 'เข้าสู่ระบบด้วยเป๋าตัง' }).click()
    await page.getByRole('link', { name: 'เปิดแอปเป๋าตัง' }).click()
    await page.getByLabel(/เลขประจำตัวประชาชน 13 หลัก/).fill(nationalId)
    await page.locator('#outcome-approve').check()
    await page.getByRole('button', { name: /ยืนยัน/ }).click()
    // Never accepted in this data set: both notices are asked for before /account.
    await page.waitForURL(/\/account\/acknowledge$/, { timeout: 20_000 })
    assert.equal(await page.locator('[data-document]').count(), 2)
    await check(page, '01-acknowledge')
    await page.getByRole('button', { name: 'รับทราบและดำเนินการต่อ' }).click()
    assert.match(await page.title(), /^ข้อผิดพลาด: /)
    await check(page, '02-acknowledge-error')
    await page.getByLabel('ข้าพเจ้าได้อ่านและรับทราบเอกสารข้างต้นแล้ว').check()
    await page.getByRole('button', { name: 'รับทราบและดำเนินการต่อ' }).click()
    await page.waitForURL(/\/account$/)
    await page.getByRole('link', { name: /ดูข้อมูลที่เราเก็บ/ }).click()
    await page.getByRole('heading', { level: 1, name: 'ข้อมูลส่วนบุคคลของท่าน' }).waitFor()
    // Each category folds: the record of access opens from its summary.
    await page.locator('details[data-category="access"] > summary').click()
    const log = page.locator('#access-log')
    const reveal = log.locator('tr', {
      has: page.locator('[data-access-action="registry.personal_data_revealed"]'),
    })
    await reveal.waitFor()
    assert.equal(await reveal.locator('[data-access-role]').textContent(), 'เจ้าหน้าที่ทะเบียน')
    assert.equal(
      await reveal.locator('[data-access-unit]').textContent(),
      'ฝ่ายทะเบียนผู้นำเข้าและส่งออก',
    )
    assert.match((await reveal.locator('[data-access-reason]').textContent()) ?? '', /CC-2568-2001/)
    assert.equal(await page.getByText('วิภา').count(), 0, 'the officer is never named')
    assert.equal(await page.getByText(nationalId).count(), 0, 'the national ID is masked')
    await check(page, '03-my-data')

    await page.getByRole('link', { name: 'ฉบับพิมพ์ที่อ่านง่าย' }).click()
    await page.getByRole('heading', { level: 1, name: 'สำเนาข้อมูลส่วนบุคคล' }).waitFor()
    await check(page, '04-print')
    await page.goto(`${server.baseUrl}${PDPA_PATHS.newRequest}`)
    await check(page, '05-request-form')
    // On a phone a choice's hint sits under its label, not squeezed into a column beside it.
    const label = await page.locator('.radios__label').first().boundingBox()
    const hint = await page.locator('.radios__hint').first().boundingBox()
    assert.ok(label && hint && hint.y >= label.y + label.height - 1, 'the hint is under the label')
    await page.getByRole('button', { name: 'ส่งคำขอ' }).click()
    assert.match(await page.title(), /^ข้อผิดพลาด: /)
    await check(page, '06-request-form-errors')
    await page.getByLabel('ขอแก้ไขข้อมูลให้ถูกต้อง').check()
    await page.getByLabel('รายละเอียดคำขอ').fill('หมายเลขโทรศัพท์มือถือเปลี่ยนเป็น 089 765 4321')
    await page.getByRole('button', { name: 'ส่งคำขอ' }).click()
    await page.locator('[data-lodged]').waitFor()
    await check(page, '07-request-lodged')
    await page.goto(`${server.baseUrl}${PDPA_PATHS.myData}?lang=en`)
    await check(page, '08-my-data-english')
    await page.goto(`${server.baseUrl}${PDPA_PATHS.recordOfProcessing}?lang=th`)
    await check(page, '09-record-of-processing')
    await context.close()
  })

  it('the data-protection officer answers the request and sees the notices', async () => {
    const context = await newContext(browser, 'desktop')
    const page = await context.newPage()
    await officerSignsIn(page, links.dpo, 'pranee.d')
    await page.getByRole('link', { name: 'คำขอใช้สิทธิ' }).first().click()
    await page.locator('#open-requests').waitFor()
    await check(page, '10-dpo-queue')
    await page.locator('#open-requests a.reference').first().click()
    await page.getByRole('button', { name: 'บันทึกผลและแจ้งเจ้าของข้อมูล' }).click()
    assert.match(await page.title(), /^ข้อผิดพลาด: /)
    await check(page, '11-dpo-request-errors')
    await page.getByLabel('ดำเนินการตามคำขอแล้ว').check()
    await page.getByLabel('คำอธิบายถึงเจ้าของข้อมูล').fill('แก้ไขหมายเลขโทรศัพท์มือถือในทะเบียนตามที่แจ้งแล้ว')
    await page.getByRole('button', { name: 'บันทึกผลและแจ้งเจ้าของข้อมูล' }).click()
    await page.getByRole('heading', { name: 'คำขอนี้ปิดแล้ว' }).waitFor()
    await check(page, '12-dpo-request-closed')
    await page.getByRole('link', { name: 'ประกาศและข้อกำหนด' }).first().click()
    await check(page, '13-dpo-documents')
    await page.getByRole('button', { name: 'เผยแพร่' }).click()
    assert.match(await page.title(), /^ข้อผิดพลาด: /)
    await check(page, '14-dpo-documents-errors')
    await context.close()
  })
})
