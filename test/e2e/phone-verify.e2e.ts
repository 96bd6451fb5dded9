// Issue 17, point 5, in Chromium: a phone that opened the address the server used to print
// (127.0.0.1) came back from the bank in Thai, asked to "pick the number shown on the screen
// where you started" — on the same phone. Now the page moves to PUBLIC_BASE_URL first, the
// verify page leads with "Open Pao Tang" at 360 px, and the bank's return continues at once.
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
    `5${String(Date.now() % 1e8).padStart(8, '0')}${String(serial).padStart(3, '0')}`,
  )
}

async function check(page: Page, name: string): Promise<void> {
  await screenshot(page, `phone-verify/${name}`)
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`)
}

type Lang = 'th' | 'en'
const TEXT = {
  th: {
    accept: /ข้าพเจ้าได้อ่านและยอมรับ/,
    start: 'เริ่มลงทะเบียน',
    id: 'เลขประจำตัวประชาชน',
    email: 'อีเมล',
    mobile: 'หมายเลขโทรศัพท์มือถือ',
    next: 'ดำเนินการต่อ',
    code: 'รหัสยืนยัน',
    confirm: 'ยืนยันอีเมล',
    verify: 'ยืนยันตัวตนด้วยเป๋าตัง',
    open: 'เปิดแอปเป๋าตัง',
    other: 'ใช้อุปกรณ์อื่น: สแกนคิวอาร์โค้ด',
    bind: 'เลือกตัวเลขที่แสดงบนหน้าจอที่ท่านเริ่มทำรายการ',
    bindButton: 'ยืนยัน',
    phoneDone: 'ยืนยันตัวตนเรียบร้อย',
  },
  en: {
    accept: /I have read and accept/,
    start: 'Start now',
    id: 'National ID number',
    email: 'E-mail address',
    mobile: 'Mobile phone number',
    next: 'Continue',
    code: 'Confirmation code',
    confirm: 'Confirm e-mail',
    verify: 'Verify with Pao Tang',
    open: 'Open Pao Tang',
    other: 'Use another device: scan a QR code',
    bind: 'Choose the number shown on the screen where you started',
    bindButton: 'Confirm',
    phoneDone: 'Identity verified',
  },
}

/** From the start page to the waiting verify page, in the page's language. */
async function upToWaiting(page: Page, lang: Lang, nationalId: string, email: string) {
  const t = TEXT[lang]
  await page.getByLabel(t.accept).check()
  await page.getByRole('button', { name: t.start }).click()
  await page.getByLabel(t.id, { exact: true }).fill(nationalId)
  await page.getByLabel(t.email, { exact: true }).fill(email)
  await page.getByLabel(t.mobile).fill('089 123 4567')
  await page.getByRole('button', { name: t.next }).click()
  await page.getByLabel(t.code).fill(await fromMailViewer(page, server.baseUrl, email))
  await page.getByRole('button', { name: t.confirm }).click()
  await page.getByRole('button', { name: t.verify }).click()
  await page.waitForURL(/\/register\/person\/verify$/)
}

/** The bank simulator's consent page (its own origin): approve as this person. */
async function approveAtBank(page: Page, nationalId: string, name: string): Promise<void> {
  await page.getByLabel(/เลขประจำตัวประชาชน 13 หลัก/).fill(nationalId)
  await page.locator('#outcome-approve').check()
  await check(page, name)
  await page.getByRole('button', { name: /ยืนยัน/ }).click()
}

async function top(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).boundingBox()
  assert.ok(box, `${selector} is on the page`)
  return box.y
}

describe('the verify step on a phone and on a desktop', () => {
  for (const lang of ['th', 'en'] as const) {
    it(`phone at 360 px (${lang}): from the printed address to "Open Pao Tang" and straight on`, async () => {
      const t = TEXT[lang]
      const nationalId = freshId()
      const ctx = await newContext(browser, 'phone')
      const page = await ctx.newPage()
      // The address the start-up line used to print: the page moves to PUBLIC_BASE_URL.
      const port = new URL(server.baseUrl).port
      const start = `http://127.0.0.1:${port}/register/person${lang === 'en' ? '?lang=en' : ''}`
      await page.goto(start)
      assert.ok(page.url().startsWith(`${server.baseUrl}/register/person`), page.url())
      await upToWaiting(page, lang, nationalId, `phone-${lang}-${nationalId}@example.com`)

      // "Open Pao Tang" leads; the QR code and the number wait behind "use another device".
      const open = page.getByRole('link', { name: t.open })
      assert.ok(await open.isVisible())
      assert.equal(await page.locator('img.qr').isVisible(), false)
      assert.equal(await page.locator('[data-binding-code]').isVisible(), false)
      const width = (await open.boundingBox())?.width ?? 0
      assert.ok(width > 300, `the button takes the phone's width (${width} px)`)
      assert.ok((await top(page, '[data-open-bank]')) < (await top(page, '.verify-panel__summary')))
      await check(page, `phone-${lang}-01-waiting`)
      await page.getByText(t.other).click()
      assert.ok(await page.locator('img.qr').isVisible())
      assert.ok(await page.locator('[data-binding-code]').isVisible())
      await check(page, `phone-${lang}-02-another-device-open`)
      await page.getByText(t.other).click()

      await open.click()
      await approveAtBank(page, nationalId, `phone-${lang}-03-bank`)
      // Back in the same browser session: no number to pick, the journey goes on.
      await page.waitForURL(/\/register\/person\/your-details$/, { timeout: 20_000 })
      assert.equal(await page.locator('html').getAttribute('lang'), lang)
      assert.equal(await page.getByText(t.bind).count(), 0)
      await check(page, `phone-${lang}-04-your-details`)
      await ctx.close()
    })
  }

  it('desktop at 1280 px (th): the QR code and the number come first, in view', async () => {
    const nationalId = freshId()
    const desktop = await newContext(browser, 'desktop')
    const page = await desktop.newPage()
    await page.goto(`${server.baseUrl}/register/person`)
    await upToWaiting(page, 'th', nationalId, `desk-th-${nationalId}@example.com`)
    assert.ok(await page.locator('img.qr').isVisible())
    assert.ok(await page.locator('[data-binding-code]').isVisible())
    assert.ok((await top(page, 'img.qr')) < (await top(page, '[data-open-bank]')))
    await check(page, 'desktop-th-01-waiting')
    await desktop.close()
  })

  it('desktop at 1280 px (en): the phone that scans the QR code reads English, picks the number, and the desktop goes on', async () => {
    const t = TEXT.en
    const nationalId = freshId()
    const desktop = await newContext(browser, 'desktop')
    const page = await desktop.newPage()
    await page.goto(`${server.baseUrl}/register/person?lang=en`)
    await upToWaiting(page, 'en', nationalId, `desk-en-${nationalId}@example.com`)
    assert.ok(await page.locator('img.qr').isVisible())
    assert.ok((await top(page, 'img.qr')) < (await top(page, '[data-open-bank]')))
    await check(page, 'desktop-en-01-waiting')
    // The QR code holds the same link as the button, with the page's language.
    const link = await page.getByRole('link', { name: t.open }).getAttribute('href')
    assert.match(link ?? '', /\/ekyc\/go\/[^?]+\?lang=en$/)
    const number = (await page.locator('[data-binding-code]').textContent())?.trim() ?? ''

    // A phone whose browser was Thai scans it.
    const phoneCtx = await newContext(browser, 'phone')
    const phone = await phoneCtx.newPage()
    await phone.goto(`${server.baseUrl}/?lang=th`)
    await phone.goto(link ?? '')
    await approveAtBank(phone, nationalId, 'desktop-en-02-phone-bank')
    await phone.waitForSelector(`text=${t.bind}`)
    assert.equal(await phone.locator('html').getAttribute('lang'), 'en')
    await check(phone, 'desktop-en-03-phone-choose-number')
    await phone.getByLabel(number, { exact: true }).check()
    await phone.getByRole('button', { name: t.bindButton }).click()
    await phone.waitForSelector(`text=${t.phoneDone}`)
    await check(phone, 'desktop-en-04-phone-done')
    await phoneCtx.close()

    await page.waitForURL(/\/register\/person\/your-details$/, { timeout: 20_000 })
    assert.equal(await page.locator('html').getAttribute('lang'), 'en')
    await desktop.close()
  })
})
