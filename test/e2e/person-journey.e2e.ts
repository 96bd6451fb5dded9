import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { withCheckDigit } from '../../src/platform/thai-id.js'
import {
  axeViolations,
  fromMailViewer,
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  type RunningServer,
} from './harness.js'

let server: RunningServer
let browser: Browser
let serial = 0

before(async () => {
  server = await startServer()
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await server?.stop()
})

function freshId(): string {
  serial += 1
  return withCheckDigit(
    `3${String(Date.now() % 1e8).padStart(8, '0')}${String(serial).padStart(3, '0')}`,
  )
}

/** Every page the journey shows passes axe (WCAG 2.1 AA) and is kept as a screenshot. */
async function check(page: Page, name: string): Promise<void> {
  await screenshot(page, name)
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`)
}

/** The newest e-mail code sent to this address, read in the development mail viewer. */
async function codeFromMailViewer(page: Page, email: string): Promise<string> {
  return fromMailViewer(page, server.baseUrl, email)
}

async function startAndConfirm(page: Page, nationalId: string, prefix: string): Promise<void> {
  await page.goto(`${server.baseUrl}/register/person`)
  await check(page, `${prefix}-01-start`)
  await page.getByRole('button', { name: 'เริ่มลงทะเบียน' }).click()
  await check(page, `${prefix}-02-start-error`)
  await page.getByLabel(/ข้าพเจ้าได้อ่านและยอมรับ/).check()
  await page.getByRole('button', { name: 'เริ่มลงทะเบียน' }).click()
  await page.getByLabel('เลขประจำตัวประชาชน').fill('1234567890123')
  await page.getByLabel('อีเมล').fill('not-an-email')
  await page.getByRole('button', { name: 'ดำเนินการต่อ' }).click()
  assert.match(await page.title(), /^ข้อผิดพลาด: /)
  await check(page, `${prefix}-03-details-errors`)
  await page
    .getByLabel('เลขประจำตัวประชาชน')
    .fill(nationalId.replace(/^(\d)(\d{4})(\d{5})(\d{2})(\d)$/, '$1 $2 $3 $4 $5'))
  await page.getByLabel('อีเมล').fill(`${prefix}@example.com`)
  await page.getByLabel('หมายเลขโทรศัพท์มือถือ').fill('089 123 4567')
  await page.getByRole('button', { name: 'ดำเนินการต่อ' }).click()
  await page.getByLabel('รหัสยืนยัน').fill('000000')
  await page.getByRole('button', { name: 'ยืนยันอีเมล' }).click()
  await check(page, `${prefix}-04-code-error`)
  await page.getByLabel('รหัสยืนยัน').fill(await codeFromMailViewer(page, `${prefix}@example.com`))
  await page.getByRole('button', { name: 'ยืนยันอีเมล' }).click()
  await check(page, `${prefix}-05-verify`)
  await page.getByRole('button', { name: 'ยืนยันตัวตนด้วยเป๋าตัง' }).click()
}

async function approveOnBankPage(
  phone: Page,
  nationalId: string,
  outcome = 'approve',
  prefix = 'bank',
): Promise<void> {
  await phone.getByLabel(/เลขประจำตัวประชาชน 13 หลัก/).fill(nationalId)
  await phone.locator(`#outcome-${outcome}`).check()
  await check(phone, `${prefix}-simulator-consent`)
  await phone.getByRole('button', { name: /ยืนยัน/ }).click()
}

async function finishAndSubmit(page: Page, prefix: string): Promise<void> {
  await page.waitForURL(/\/register\/person\/your-details$/, { timeout: 20_000 })
  await check(page, `${prefix}-07-your-details`)
  await page.getByLabel('ไม่ใช่ ใช้ที่อยู่อื่น').check()
  await page.getByLabel('บ้านเลขที่').fill('99/1')
  await page.getByLabel('รหัสไปรษณีย์').fill('10110')
  await page.getByRole('button', { name: 'ค้นหาตำบล/แขวง' }).click()
  await page
    .getByLabel('ตำบล/แขวง อำเภอ/เขต และจังหวัด')
    .selectOption({ label: 'แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110' })
  await check(page, `${prefix}-08-address-found`)
  await page.getByRole('button', { name: 'บันทึกและดำเนินการต่อ' }).click()
  await check(page, `${prefix}-09-check-answers`)
  await page.getByRole('button', { name: 'ส่งคำขอลงทะเบียน' }).click()
}

describe('person registration in Chromium', () => {
  it('desktop with a phone for the QR hop: from the start page to an ACTIVE registration', async () => {
    const nationalId = freshId()
    const desktop = await newContext(browser, 'desktop')
    const page = await desktop.newPage()
    await startAndConfirm(page, nationalId, 'desktop')
    await check(page, 'desktop-06-waiting-with-qr')
    assert.ok(await page.locator('img.qr').isVisible())
    const link = await page.getByRole('link', { name: 'เปิดแอปเป๋าตัง' }).getAttribute('href')
    assert.ok(link)

    // The phone scans the QR code: a separate browser with no session of the desktop's.
    const phoneContext = await newContext(browser, 'phone')
    const phone = await phoneContext.newPage()
    await phone.goto(link)
    await approveOnBankPage(phone, nationalId)
    // Back in the phone's browser: it must pick the number the desktop shows.
    const number = (await page.locator('[data-binding-code]').textContent())?.trim() ?? ''
    await phone.waitForSelector('text=เลือกตัวเลขที่แสดงบนหน้าจอที่ท่านเริ่มทำรายการ')
    await check(phone, 'phone-choose-number')
    await phone.getByRole('button', { name: 'ยืนยัน' }).click()
    await check(phone, 'phone-choose-number-error')
    await phone.getByLabel(number, { exact: true }).check()
    await phone.getByRole('button', { name: 'ยืนยัน' }).click()
    await phone.waitForSelector('text=ยืนยันตัวตนเรียบร้อย')
    await check(phone, 'phone-verified-return-to-desktop')
    await phoneContext.close()

    // The desktop follows by itself.
    await finishAndSubmit(page, 'desktop')
    await page.waitForURL(/\/register\/person\/done$/)
    await check(page, 'desktop-10-approved')
    assert.equal(await page.locator('[data-registration-number]').textContent(), nationalId)

    await page.getByRole('link', { name: 'ใบรับรองผลการพิจารณา (ตรวจสอบได้)' }).click()
    await check(page, 'desktop-11-receipt')
    assert.doesNotMatch(await page.content(), new RegExp(nationalId))
    await page.goto(`${page.url()}/print`)
    await check(page, 'desktop-12-receipt-print')
    await desktop.close()
  })

  it('phone only, in English: the bank app returns to the same browser and the journey continues', async () => {
    const nationalId = freshId()
    const ctx = await newContext(browser, 'phone')
    const page = await ctx.newPage()
    await page.goto(`${server.baseUrl}/register/person?lang=en`)
    await page.getByLabel(/I have read and accept/).check()
    await page.getByRole('button', { name: 'Start now' }).click()
    await page.getByLabel('National ID number').fill(nationalId)
    await page.getByLabel('E-mail address').fill('phone@example.com')
    await page.getByLabel('Mobile phone number').fill('+66 81 234 5678')
    await page.getByRole('button', { name: 'Continue' }).click()
    await page
      .getByLabel('Confirmation code')
      .fill(await codeFromMailViewer(page, 'phone@example.com'))
    await page.getByRole('button', { name: 'Confirm e-mail' }).click()
    await page.getByRole('button', { name: 'Verify with Pao Tang' }).click()
    await check(page, 'phone-en-waiting')
    await page.getByRole('link', { name: 'Open Pao Tang' }).click()
    await approveOnBankPage(page, nationalId, 'approve', 'phone-en')
    await page.waitForURL(/\/register\/person\/your-details$/)
    await check(page, 'phone-en-your-details')
    await page.getByLabel('Yes, use my ID-card address').check()
    await page.getByRole('button', { name: 'Save and continue' }).click()
    await check(page, 'phone-en-check')
    // A form from a stale tab: its key is no longer the application's. Back on the check page
    // with a message that says why, then the form as served sends.
    await page.locator('input[name="submitKey"]').evaluate((el) => {
      ;(el as HTMLInputElement).value = 'stale'
    })
    await page.getByRole('button', { name: 'Send application' }).click()
    await page.waitForURL(/\/check$/)
    assert.match(
      (await page.getByRole('alert').first().textContent()) ?? '',
      /Your application has not been sent/,
    )
    await check(page, 'phone-en-check-stale-form')
    await page.getByRole('button', { name: 'Send application' }).click()
    await page.waitForURL(/\/done$/)
    await check(page, 'phone-en-approved')
    await page.getByRole('link', { name: 'See your registration' }).click()
    await page.waitForURL(/\/account\/sign-in$/)
    await check(page, 'phone-en-sign-in')
    await ctx.close()
  })

  it('a declined verification shows its message, keeps the answers, and can be retried', async () => {
    const nationalId = freshId()
    const ctx = await newContext(browser, 'phone')
    const page = await ctx.newPage()
    await startAndConfirm(page, nationalId, 'declined')
    await page.getByRole('link', { name: 'เปิดแอปเป๋าตัง' }).click()
    await approveOnBankPage(page, nationalId, 'decline', 'declined')
    await page.waitForURL(/\/register\/person\/verify$/)
    await check(page, 'declined-verify-failure')
    assert.ok(await page.locator('[data-failure="declined"]').isVisible())
    await page.goto(`${server.baseUrl}/register/person/details`)
    assert.equal(await page.getByLabel('อีเมล').inputValue(), 'declined@example.com')
    await ctx.close()
  })

  it('a registered person signs in again through the bank and sees the status page', async () => {
    const nationalId = freshId()
    const ctx = await newContext(browser, 'desktop')
    const page = await ctx.newPage()
    await startAndConfirm(page, nationalId, 'signin')
    await page.getByRole('link', { name: 'เปิดแอปเป๋าตัง' }).click()
    await approveOnBankPage(page, nationalId, 'approve', 'signin')
    await page.getByLabel('ใช่ ใช้ที่อยู่ตามบัตรประชาชน').check()
    await page.getByRole('button', { name: 'บันทึกและดำเนินการต่อ' }).click()
    await page.getByRole('button', { name: 'ส่งคำขอลงทะเบียน' }).click()
    await page.waitForURL(/\/done$/)
    await ctx.clearCookies()
    await page.goto(`${server.baseUrl}/account`)
    await page.getByRole('button', { name: 'เข้าสู่ระบบด้วยเป๋าตัง' }).click()
    await page.getByRole('link', { name: 'เปิดแอปเป๋าตัง' }).click()
    await approveOnBankPage(page, nationalId, 'approve', 'signin-again')
    await page.waitForURL(/\/account$/)
    await check(page, 'signin-account-status')
    assert.equal(await page.locator('[data-registration-number]').first().textContent(), nationalId)
    assert.ok(await page.locator('[data-status="ACTIVE"]').isVisible())
    await ctx.close()
  })

  it('the public pages around the journey pass axe: rules, mail viewer', async () => {
    const ctx = await newContext(browser, 'desktop')
    const page = await ctx.newPage()
    await page.goto(`${server.baseUrl}/rules`)
    await check(page, 'rules')
    await page.goto(`${server.baseUrl}/dev/mail`)
    await check(page, 'dev-mail-list')
    await page.locator('table a').first().click()
    await check(page, 'dev-mail-message')
    await ctx.close()
  })
})
