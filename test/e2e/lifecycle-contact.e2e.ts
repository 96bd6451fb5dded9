import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { insertRegistrant } from '../../src/features/officers/test-support/officers.js'
import { withCheckDigit } from '../../src/platform/thai-id.js'
import {
  fromMailViewer,
  launchBrowser,
  newContext,
  startServer,
  type RunningServer,
} from './harness.js'
import { approveInBank, checkPage, seededDataDir, signIn } from './registrant.js'

let server: RunningServer
let browser: Browser
const serial = String(Date.now() % 1e6).padStart(6, '0')
const phoneId = withCheckDigit(`3${serial}11122`)
const desktopId = withCheckDigit(`3${serial}33344`)
const SHOTS = 'lifecycle-contact'

// Two registrants, prepared before the server starts (PGlite has one writer).
before(async () => {
  const dataDir = await seededDataDir('lifecycle', async (db, crypto) => {
    for (const [nationalId, email] of [
      [phoneId, `contact.${serial}@example.com`],
      [desktopId, `refresh.${serial}@example.com`],
    ] as const)
      await insertRegistrant(db, crypto, {
        nationalId,
        firstTh: 'กนกวรรณ',
        lastTh: 'บุญมา',
        firstEn: 'Kanokwan',
        lastEn: 'Boonma',
        email,
        withDecision: true,
      })
  })
  server = await startServer({ DATA_DIR: dataDir })
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await server?.stop()
})

describe('a registration’s contact details and refresh in Chromium', () => {
  it('on a phone in Thai (360 px): changes the e-mail with a code sent to the new address', async () => {
    const page = await (await newContext(browser, 'phone')).newPage()
    await signIn(page, server.baseUrl, phoneId, 'th')
    await page.getByRole('link', { name: 'เปลี่ยนอีเมล เบอร์มือถือ หรือที่อยู่สำหรับส่งเอกสาร' }).click()
    await page.waitForURL(/\/contact$/)
    assert.equal(await page.locator('h1').textContent(), 'ข้อมูลติดต่อของทะเบียน')
    await checkPage(page, `${SHOTS}/phone-th-01-contact`)

    // A problem is shown next to its field and in the summary; nothing typed is lost.
    await page.getByLabel('หมายเลขโทรศัพท์มือถือ').fill('12345')
    await page.getByRole('button', { name: 'บันทึกการเปลี่ยนแปลง' }).click()
    await page.waitForSelector('[data-error-summary]')
    assert.equal(await page.getByLabel('หมายเลขโทรศัพท์มือถือ').inputValue(), '12345')
    await checkPage(page, `${SHOTS}/phone-th-02-contact-error`)

    const newEmail = `contact.new.${serial}@example.com`
    await page.getByLabel('อีเมลใหม่').fill(newEmail)
    await page.getByRole('button', { name: 'ส่งรหัสยืนยันไปที่อีเมลใหม่' }).click()
    await page.waitForURL(/\/email\/confirm$/)
    await checkPage(page, `${SHOTS}/phone-th-03-code`)
    await page.getByLabel('รหัสยืนยัน').fill(await fromMailViewer(page, server.baseUrl, newEmail))
    await page.getByRole('button', { name: 'ยืนยันอีเมลใหม่' }).click()
    await page.waitForURL(/\/contact\?saved=email$/)
    assert.equal(await page.locator('[data-current-email]').textContent(), newEmail)
    assert.equal(await page.locator('[data-contact-history] tbody tr').count(), 1)
    await checkPage(page, `${SHOTS}/phone-th-04-contact-saved`)
    // The old address is told too, in the development mail viewer.
    const viewer = await page.context().newPage()
    await viewer.goto(`${server.baseUrl}/dev/mail`)
    const told = viewer
      .locator('tbody tr', { hasText: `contact.${serial}@example.com` })
      .filter({ hasText: /contact details changed/ })
    await told.first().waitFor({ timeout: 20_000 })
    await viewer.close()
  })

  it('on a desktop in English (1280 px): updates from the bank through a new verification', async () => {
    const page = await (await newContext(browser, 'desktop')).newPage()
    await signIn(page, server.baseUrl, desktopId, 'en')
    await page.goto(`${server.baseUrl}/account?lang=en`)
    await page.getByRole('link', { name: /Update from the source/ }).click()
    await page.waitForURL(/\/refresh$/)
    assert.equal(await page.locator('h1').textContent(), 'Update from the source')
    await checkPage(page, `${SHOTS}/desktop-en-01-refresh`)
    await page.getByRole('button', { name: 'Update from my bank' }).click()
    await page.waitForURL(/\/account\/verify$/)
    await checkPage(page, `${SHOTS}/desktop-en-02-step-up`)
    await page.getByRole('button', { name: 'Sign in with Pao Tang' }).click()
    await approveInBank(page, desktopId)
    await page.waitForURL(/\/refresh$/, { timeout: 20_000 })
    await page
      .getByRole('button', { name: 'Your bank has verified you: take the new details' })
      .click()
    await page.waitForURL(/\/refresh\?done=/)
    await page.waitForSelector('[data-refresh-outcome="approved"]')
    assert.equal(await page.locator('[data-refresh-history] tbody tr').count(), 1)
    await checkPage(page, `${SHOTS}/desktop-en-03-refreshed`)
    await page.locator('[data-receipt]').click()
    await page.waitForURL(/\/verify\//)
    assert.match(
      (await page.locator('main').textContent()) ?? '',
      /Update from the source of the data/,
    )
  })
})
