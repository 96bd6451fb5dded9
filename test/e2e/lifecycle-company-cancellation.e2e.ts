import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { directorName, type JuristicPerson } from '../../src/features/registry-dbd/index.js'
import { sampleCompanies } from '../../src/simulators/dbd/samples.js'
import {
  fromMailViewer,
  launchBrowser,
  newContext,
  startServer,
  type RunningServer,
} from './harness.js'
import { approveInBank, checkPage, signIn } from './registrant.js'

// Cancellation of a company's registration by its two signing directors (issue 23): the company
// is registered by both directors as in the company journey; director 1 (a phone, 360 px, Thai)
// acts for the company, verifies again through the bank's SIMULATOR and confirms the
// cancellation, which then waits for the other director; director 2 (a desktop, 1280 px,
// English) acts for the company, verifies and confirms: the registration is CANCELLED with a
// signed receipt that checks out. Every page axe-clean.

let server: RunningServer
let browser: Browser
const SHOTS = 'lifecycle-company-cancellation'

before(async () => {
  server = await startServer()
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await server?.stop()
})

/** Both directors register the company, each on their own device, as in the company journey. */
async function registerCompany(c: JuristicPerson): Promise<void> {
  const [a, b] = c.directors
  assert.ok(a && b)
  const context = await newContext(browser, 'phone')
  const phoneA = await context.newPage()
  await phoneA.goto(`${server.baseUrl}/register/company`)
  await phoneA.getByLabel(/ข้าพเจ้าได้อ่านและยอมรับ/).check()
  await phoneA.getByRole('button', { name: 'เริ่มลงทะเบียนนิติบุคคล' }).click()
  await phoneA.getByLabel('เลขทะเบียนนิติบุคคล').fill(c.id)
  await phoneA.getByRole('button', { name: 'ค้นหาข้อมูลจาก DBD' }).click()
  await phoneA.waitForSelector('[data-precheck]')
  await phoneA.getByRole('button', { name: 'ถูกต้อง ดำเนินการต่อ' }).click()
  await phoneA.getByRole('button', { name: 'ยืนยันตัวตนด้วยแอปเป๋าตัง' }).click()
  await approveInBank(phoneA, a.id)
  await phoneA.waitForURL(/\/register\/company\/signers$/)
  await phoneA.getByLabel(directorName(b), { exact: true }).check()
  await phoneA.getByLabel(`อีเมลของ ${directorName(b)}`).fill('cancel.director.b@example.com')
  await phoneA.getByRole('button', { name: 'บันทึกและส่งลิงก์ให้กรรมการ' }).click()
  await phoneA.getByLabel('ชื่อผู้ติดต่อ').fill('คุณสมศรี ติดต่อดี')
  await phoneA.getByLabel('อีเมลของบริษัท').fill('cancel.company@example.com')
  await phoneA.getByLabel('หมายเลขโทรศัพท์').fill('0812345678')
  await phoneA.getByRole('button', { name: 'ดำเนินการต่อ' }).click()
  await phoneA
    .getByLabel('รหัสยืนยัน')
    .fill(await fromMailViewer(phoneA, server.baseUrl, 'cancel.company@example.com'))
  await phoneA.getByRole('button', { name: 'ยืนยันอีเมล' }).click()
  await phoneA.getByRole('button', { name: 'ยื่นคำขอ' }).click()
  await phoneA.waitForURL(/\/register\/company\/status$/)

  // Director B signs from the e-mailed link (the mail viewer's table is read on a desktop).
  const phoneB = await (await newContext(browser, 'desktop')).newPage()
  const invite = await fromMailViewer(phoneB, server.baseUrl, 'cancel.director.b@example.com', {
    subject: /กรรมการ/,
    link: /\/register\/company\/sign\//,
  })
  await phoneB.goto(invite)
  await phoneB.getByRole('button', { name: 'ยืนยันตัวตนด้วยแอปเป๋าตัง' }).click()
  await approveInBank(phoneB, b.id)
  await phoneB.waitForSelector('text=ยืนยันตัวตนเรียบร้อย ขอบคุณ')
  await phoneB.context().close()

  await phoneA.reload()
  await phoneA.waitForSelector('[data-application-status="approved"]')
  await context.close()
}

/** Acts for the company from /account/company; lands on the company page. */
async function actFor(page: Page, juristicId: string, button: string): Promise<void> {
  await page.goto(`${server.baseUrl}/account/company`)
  await page.locator('input[name="juristicId"]').fill(juristicId)
  await page.getByRole('button', { name: button, exact: true }).click()
  await page.waitForURL(/\/account\/company\/view$/)
}

/** From the cancellation page: verify again through the bank and come back to it. */
async function stepUp(page: Page, nationalId: string, verify: string): Promise<void> {
  await page.getByRole('button', { name: verify, exact: true }).click()
  await page.waitForURL(/\/account\/verify$/)
  await page.getByRole('button', { name: /เข้าสู่ระบบด้วยเป๋าตัง|Sign in with Pao Tang/ }).click()
  await approveInBank(page, nationalId)
  await page.waitForURL(/\/account\/registrations\/[^/]+\/cancel$/, { timeout: 20_000 })
}

describe('a company’s registration cancelled by its two signing directors, in Chromium', () => {
  it('director 1 on a phone in Thai confirms, it waits; director 2 on a desktop in English confirms: CANCELLED with a valid receipt', async () => {
    const c = sampleCompanies(1, 6).get('two-sign')?.[5]
    assert.ok(c)
    const [a, b] = c.directors
    assert.ok(a && b)
    await registerCompany(c)

    // Director 1: a phone, Thai.
    const phoneContext = await newContext(browser, 'phone')
    const phone = await phoneContext.newPage()
    await signIn(phone, server.baseUrl, a.id, 'th')
    await checkPage(phone, `${SHOTS}/th-01-account`)
    await actFor(phone, c.id, 'เข้าดำเนินการ')
    await checkPage(phone, `${SHOTS}/th-02-company`)
    await phone.locator('[data-registration-action="cancel"]').click()
    await phone.waitForURL(/\/cancel$/)
    assert.match(await phone.locator('main').innerText(), /สำหรับนิติบุคคล/)
    await checkPage(phone, `${SHOTS}/th-03-cancel`)
    await stepUp(phone, a.id, 'ยืนยันตัวตนผ่านเป๋าตังเพื่อดำเนินการต่อ')
    await checkPage(phone, `${SHOTS}/th-04-cancel-verified`)
    await phone.getByRole('button', { name: 'ยืนยันการยกเลิกในฐานะกรรมการ' }).click()
    await phone.locator('[data-error-summary]').waitFor()
    await checkPage(phone, `${SHOTS}/th-05-cancel-confirmation-missing`)
    await phone.getByLabel(/ข้าพเจ้าเข้าใจว่าการยกเลิกย้อนกลับไม่ได้/).check()
    await phone.getByRole('button', { name: 'ยืนยันการยกเลิกในฐานะกรรมการ' }).click()
    await phone.locator('[data-pending-cancellation][data-mine="yes"]').waitFor()
    await checkPage(phone, `${SHOTS}/th-06-cancel-waiting`)
    // The company page: still active, waiting for the other director.
    await phone.goto(`${server.baseUrl}/account/company/view`)
    const waiting = phone.locator('[data-pending-cancellation]')
    assert.equal(await waiting.getAttribute('data-mine'), 'yes')
    assert.match(await waiting.innerText(), /กรรมการยืนยันแล้ว 1 คน/)
    assert.equal(await phone.locator('[data-registration-action="cancel"]').count(), 1)
    await checkPage(phone, `${SHOTS}/th-07-company-waiting`)

    // Director 2: a desktop, English, another browser.
    const deskContext = await newContext(browser, 'desktop')
    const desk = await deskContext.newPage()
    await signIn(desk, server.baseUrl, b.id, 'en')
    await actFor(desk, c.id, 'Continue')
    const pending = desk.locator('[data-pending-cancellation]')
    assert.equal(await pending.getAttribute('data-mine'), 'no')
    await checkPage(desk, `${SHOTS}/en-01-company-waiting`)
    await pending.getByRole('link', { name: 'See and confirm the cancellation' }).click()
    await desk.waitForURL(/\/cancel$/)
    await checkPage(desk, `${SHOTS}/en-02-cancel`)
    await stepUp(desk, b.id, 'Verify through Pao Tang to continue')
    await desk.getByLabel(/I understand that a cancellation cannot be undone/).check()
    await checkPage(desk, `${SHOTS}/en-03-cancel-verified`)
    await desk.getByRole('button', { name: 'Confirm the cancellation as a director' }).click()
    await desk.waitForURL(/\/cancel\/done$/)
    assert.equal((await desk.locator('h1').textContent())?.trim(), 'The registration is cancelled')
    await checkPage(desk, `${SHOTS}/en-04-cancelled`)

    // The signed receipt checks out and names the cancellation.
    await desk.getByRole('link', { name: 'See the signed cancellation receipt' }).click()
    await desk.locator('.receipt-status--valid').waitFor()
    await desk.locator('[data-receipt-action="cancellation"]').waitFor()
    await checkPage(desk, `${SHOTS}/en-05-receipt`)

    // The company page says cancelled, with nothing left to cancel; so it does for director 1.
    await desk.goto(`${server.baseUrl}/account/company/view`)
    await desk.locator('[data-cancellation="cancelled"]').waitFor()
    assert.equal(await desk.locator('[data-registration-action]').count(), 0)
    await checkPage(desk, `${SHOTS}/en-06-company-cancelled`)
    await phone.reload()
    await phone.locator('[data-cancellation="cancelled"]').waitFor()
    assert.equal(await phone.locator('[data-pending-cancellation]').count(), 0)
    await checkPage(phone, `${SHOTS}/th-08-company-cancelled`)
    await deskContext.close()
    await phoneContext.close()
  })
})
