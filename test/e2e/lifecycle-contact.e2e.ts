import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { loadConfig } from '../../src/config.js'
import { insertRegistrant } from '../../src/features/officers/test-support/officers.js'
import { openPglite } from '../../src/platform/db/database.js'
import { migrate } from '../../src/platform/db/migrate.js'
import { createPiiCrypto } from '../../src/platform/pii-crypto.js'
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
const serial = String(Date.now() % 1e6).padStart(6, '0')
const phoneId = withCheckDigit(`3${serial}11122`)
const desktopId = withCheckDigit(`3${serial}33344`)
const SHOTS = 'lifecycle-contact'

// Two registrants, prepared before the server starts (PGlite has one writer).
before(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ctp-e2e-lifecycle-'))
  const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir, LOG_LEVEL: 'silent' })
  const database = await openPglite(dataDir)
  await migrate(database)
  const crypto = createPiiCrypto({
    encryption: config.secrets.encryption,
    hmac: config.secrets.hmac,
  })
  for (const [nationalId, email] of [
    [phoneId, `contact.${serial}@example.com`],
    [desktopId, `refresh.${serial}@example.com`],
  ] as const)
    await insertRegistrant(database.db, crypto, {
      nationalId,
      firstTh: 'กนกวรรณ',
      lastTh: 'บุญมา',
      firstEn: 'Kanokwan',
      lastEn: 'Boonma',
      email,
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

/** Every page passes axe (WCAG 2.1 AA) and is kept as a screenshot. */
async function check(page: Page, name: string): Promise<void> {
  await screenshot(page, `${SHOTS}/${name}`)
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`)
}

/** The bank simulator's page, approving as the person. */
async function approveInBank(page: Page, nationalId: string): Promise<void> {
  await page.getByRole('link', { name: /เปิดแอปเป๋าตัง|Open Pao Tang/ }).click()
  await page.getByLabel(/เลขประจำตัวประชาชน 13 หลัก/).fill(nationalId)
  await page.locator('#outcome-approve').check()
  await page.getByRole('button', { name: /ยืนยัน/ }).click()
}

/** Signs in; acknowledges the notices when the portal asks. */
async function signIn(page: Page, nationalId: string, lang: 'th' | 'en'): Promise<void> {
  await page.goto(`${server.baseUrl}/account/sign-in?lang=${lang}`)
  await page.getByRole('button', { name: /เข้าสู่ระบบด้วยเป๋าตัง|Sign in with Pao Tang/ }).click()
  await approveInBank(page, nationalId)
  await page.waitForURL(/\/account(\/acknowledge)?$/, { timeout: 20_000 })
  if (page.url().endsWith('/acknowledge')) {
    await page.getByLabel(/ข้าพเจ้าได้อ่านและรับทราบ|I have read/).check()
    await page.getByRole('button', { name: /รับทราบและดำเนินการต่อ|Acknowledge and continue/ }).click()
    await page.waitForURL(/\/account$/)
  }
}

describe('a registration’s contact details and refresh in Chromium', () => {
  it('on a phone in Thai (360 px): changes the e-mail with a code sent to the new address', async () => {
    const page = await (await newContext(browser, 'phone')).newPage()
    await signIn(page, phoneId, 'th')
    await page.getByRole('link', { name: 'เปลี่ยนอีเมล เบอร์มือถือ หรือที่อยู่สำหรับส่งเอกสาร' }).click()
    await page.waitForURL(/\/contact$/)
    assert.equal(await page.locator('h1').textContent(), 'ข้อมูลติดต่อของทะเบียน')
    await check(page, 'phone-th-01-contact')

    // A problem is shown next to its field and in the summary; nothing typed is lost.
    await page.getByLabel('หมายเลขโทรศัพท์มือถือ').fill('12345')
    await page.getByRole('button', { name: 'บันทึกการเปลี่ยนแปลง' }).click()
    await page.waitForSelector('[data-error-summary]')
    assert.equal(await page.getByLabel('หมายเลขโทรศัพท์มือถือ').inputValue(), '12345')
    await check(page, 'phone-th-02-contact-error')

    const newEmail = `contact.new.${serial}@example.com`
    await page.getByLabel('อีเมลใหม่').fill(newEmail)
    await page.getByRole('button', { name: 'ส่งรหัสยืนยันไปที่อีเมลใหม่' }).click()
    await page.waitForURL(/\/email\/confirm$/)
    await check(page, 'phone-th-03-code')
    await page.getByLabel('รหัสยืนยัน').fill(await fromMailViewer(page, server.baseUrl, newEmail))
    await page.getByRole('button', { name: 'ยืนยันอีเมลใหม่' }).click()
    await page.waitForURL(/\/contact\?saved=email$/)
    assert.equal(await page.locator('[data-current-email]').textContent(), newEmail)
    assert.equal(await page.locator('[data-contact-history] tbody tr').count(), 1)
    await check(page, 'phone-th-04-contact-saved')
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
    await signIn(page, desktopId, 'en')
    await page.goto(`${server.baseUrl}/account?lang=en`)
    await page.getByRole('link', { name: /Update from the source/ }).click()
    await page.waitForURL(/\/refresh$/)
    assert.equal(await page.locator('h1').textContent(), 'Update from the source')
    await check(page, 'desktop-en-01-refresh')
    await page.getByRole('button', { name: 'Update from my bank' }).click()
    await page.waitForURL(/\/account\/verify$/)
    await check(page, 'desktop-en-02-step-up')
    await page.getByRole('button', { name: 'Sign in with Pao Tang' }).click()
    await approveInBank(page, desktopId)
    await page.waitForURL(/\/refresh$/, { timeout: 20_000 })
    await page
      .getByRole('button', { name: 'Your bank has verified you: take the new details' })
      .click()
    await page.waitForURL(/\/refresh\?done=/)
    await page.waitForSelector('[data-refresh-outcome="approved"]')
    assert.equal(await page.locator('[data-refresh-history] tbody tr').count(), 1)
    await check(page, 'desktop-en-03-refreshed')
    await page.locator('[data-receipt]').click()
    await page.waitForURL(/\/verify\//)
    assert.match(
      (await page.locator('main').textContent()) ?? '',
      /Update from the source of the data/,
    )
  })
})
