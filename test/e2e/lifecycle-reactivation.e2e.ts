import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { loadConfig } from '../../src/config.js'
import { runInactivitySweep } from '../../src/features/lifecycle/index.js'
import { insertRegistrant } from '../../src/features/officers/test-support/officers.js'
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

// A registration suspended for inactivity (the sweep ran on seven idle months) is reactivated
// by its holder: the status page says why it is suspended and what to do, the holder verifies
// again through the bank's SIMULATOR, the rules run again and it is ACTIVE with a new signed
// receipt; then the same holder cancels it, the confirmation first asked for. On a phone in
// Thai and on a desktop in English, every page axe-clean.

let server: RunningServer
let browser: Browser
const stamp = String(Date.now() % 1e7).padStart(7, '0')
const THAI = withCheckDigit(`39${stamp}001`)
const ENGLISH = withCheckDigit(`39${stamp}002`)
const SHOTS = 'lifecycle-reactivation'

// The registrants exist, idle for seven months and suspended by the sweep, before the server
// starts (PGlite has one writer).
before(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ctp-e2e-reactivation-'))
  const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir, LOG_LEVEL: 'silent' })
  const database = await openPglite(dataDir)
  await migrate(database)
  const crypto = createPiiCrypto({
    encryption: config.secrets.encryption,
    hmac: config.secrets.hmac,
  })
  const idle = new Date()
  idle.setUTCMonth(idle.getUTCMonth() - 7)
  for (const [nationalId, email] of [
    [THAI, 'reactivate.th@example.com'],
    [ENGLISH, 'reactivate.en@example.com'],
  ] as const) {
    const personId = await insertRegistrant(database.db, crypto, {
      nationalId,
      firstTh: 'สมหญิง',
      lastTh: 'กลับมาค้า',
      firstEn: 'Somying',
      lastEn: 'Klapmakha',
      email,
      registered: true,
      withDecision: true,
    })
    await database.db
      .updateTable('registrations')
      .set({ last_activity_at: idle, valid_from: idle })
      .where('person_id', '=', personId)
      .execute()
  }
  const swept = await runInactivitySweep(
    { db: database.db, publicBaseUrl: config.publicBaseUrl },
    new Date(),
  )
  assert.equal(swept.suspended, 2)
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

const ACK = {
  th: { confirm: 'ข้าพเจ้าได้อ่านและรับทราบเอกสารข้างต้นแล้ว', button: 'รับทราบและดำเนินการต่อ' },
  en: {
    confirm: 'I have read and acknowledge the documents above',
    button: 'Acknowledge and continue',
  },
}

/** On the bank's SIMULATOR: the person's ID, approve, confirm. */
async function approveAtBank(page: Page, nationalId: string): Promise<void> {
  await page.getByRole('button', { name: /เข้าสู่ระบบด้วยเป๋าตัง|Sign in with Pao Tang/ }).click()
  await page.getByRole('link', { name: /เปิดแอปเป๋าตัง|Open Pao Tang/ }).click()
  await page.getByLabel(/เลขประจำตัวประชาชน 13 หลัก|13-digit/).fill(nationalId)
  await page.locator('#outcome-approve').check()
  await page.getByRole('button', { name: /ยืนยัน|Confirm/ }).click()
}

async function signIn(page: Page, nationalId: string, lang: 'th' | 'en'): Promise<void> {
  await page.goto(`${server.baseUrl}/account/sign-in?lang=${lang}`)
  await approveAtBank(page, nationalId)
  await page.waitForURL(/\/account(\/acknowledge)?$/, { timeout: 20_000 })
  if (page.url().endsWith('/acknowledge')) {
    await page.getByLabel(ACK[lang].confirm).check()
    await page.getByRole('button', { name: ACK[lang].button }).click()
    await page.waitForURL(/\/account$/)
  }
}

const TEXT = {
  th: {
    rule: 'บุคคลธรรมดา ไม่มีการผ่านพิธีการศุลกากร 6 เดือนติดต่อกัน',
    link: 'ขอกลับมาใช้งานทะเบียนนี้',
    verify: 'ยืนยันตัวตนผ่านเป๋าตัง',
    reactivate: 'ขอกลับมาใช้งานทะเบียน',
    approved: 'ทะเบียนกลับมาใช้งานได้แล้ว',
    receipt: 'ดูใบรับรองผลการพิจารณา (ลงลายมือชื่ออิเล็กทรอนิกส์)',
    active: 'ใช้งานได้',
    cancel: 'ยกเลิกการลงทะเบียน',
    cancelVerify: 'ยืนยันตัวตนผ่านเป๋าตังเพื่อดำเนินการต่อ',
    understood: 'ข้าพเจ้าเข้าใจว่าการยกเลิกย้อนกลับไม่ได้',
    required: 'โปรดยืนยันว่าเข้าใจผลของการยกเลิก',
    cancelled: 'ยกเลิกการลงทะเบียนแล้ว',
    submit: 'ยกเลิกการลงทะเบียน',
  },
  en: {
    rule: 'person, no customs activity for 6 consecutive months',
    link: 'Reactivate this registration',
    verify: 'Verify through Pao Tang',
    reactivate: 'Reactivate the registration',
    approved: 'Your registration is active again',
    receipt: 'See the signed decision receipt',
    active: 'Active',
    cancel: 'Cancel this registration',
    cancelVerify: 'Verify through Pao Tang to continue',
    understood: 'I understand that a cancellation cannot be undone',
    required: 'Confirm that you understand what cancelling means',
    cancelled: 'The registration is cancelled',
    submit: 'Cancel the registration',
  },
}

async function reactivateThenCancel(
  kind: 'phone' | 'desktop',
  lang: 'th' | 'en',
  nationalId: string,
): Promise<void> {
  const prefix = `${kind}-${lang}`
  const t = TEXT[lang]
  const context = await newContext(browser, kind)
  const page = await context.newPage()
  await signIn(page, nationalId, lang)

  // Why it is suspended, and what to do.
  const suspension = page.locator('[data-suspension]')
  assert.match((await suspension.innerText()) ?? '', new RegExp(t.rule))
  await check(page, `${prefix}-01-suspended`)
  await suspension.getByRole('link', { name: t.link }).click()
  await page.waitForURL(/\/reactivate$/)
  await check(page, `${prefix}-02-reactivate`)

  // Verify again through the bank, back to the same page, then reactivate.
  await page.getByRole('button', { name: t.verify, exact: true }).click()
  await page.waitForURL(/\/account\/verify$/)
  await check(page, `${prefix}-03-verify`)
  await approveAtBank(page, nationalId)
  await page.waitForURL(/\/reactivate$/, { timeout: 20_000 })
  await page.locator('[data-step-up-fresh]').waitFor()
  await page.getByRole('button', { name: t.reactivate, exact: true }).click()
  await page.waitForURL(/\/reactivate\/result$/)
  assert.equal((await page.locator('h1').textContent())?.trim(), t.approved)
  await check(page, `${prefix}-04-reactivated`)

  // The new receipt names its action; the account shows the registration active.
  await page.getByRole('link', { name: t.receipt }).click()
  await page.locator('[data-receipt-action="reactivation"]').waitFor()
  await check(page, `${prefix}-05-receipt`)
  await page.goto(`${server.baseUrl}/account`)
  assert.equal((await page.locator('[data-status]').first().textContent())?.trim(), t.active)
  await page.locator('[data-reactivation="approved"]').waitFor()
  await check(page, `${prefix}-06-account-active`)

  // Cancelling: what it means, verify, the confirmation asked for, then cancelled.
  await page.getByRole('link', { name: t.cancel }).click()
  await page.waitForURL(/\/cancel$/)
  await check(page, `${prefix}-07-cancel`)
  await page.getByRole('button', { name: t.cancelVerify }).click()
  await page.waitForURL(/\/account\/verify$/)
  await approveAtBank(page, nationalId)
  await page.waitForURL(/\/cancel$/, { timeout: 20_000 })
  await page.getByRole('button', { name: t.submit, exact: true }).click()
  await page.locator('[data-error-summary]').waitFor()
  assert.match(
    (await page.locator('#understood-error').textContent()) ?? '',
    new RegExp(t.required),
  )
  await check(page, `${prefix}-08-cancel-confirmation-missing`)
  await page.getByLabel(t.understood).check()
  await page.getByRole('button', { name: t.submit, exact: true }).click()
  await page.waitForURL(/\/cancel\/done$/)
  assert.equal((await page.locator('h1').textContent())?.trim(), t.cancelled)
  await check(page, `${prefix}-09-cancelled`)
  await page.goto(`${server.baseUrl}/account/my-data`)
  await page.locator('[data-category="registrations"] summary').click()
  const history = page.locator('[data-status-history]')
  await history.waitFor()
  // Suspended, reactivated and cancelled, each a line of the registration's history.
  assert.equal(await history.locator('tbody tr').count(), 3)
  await check(page, `${prefix}-10-my-data`)
  await context.close()
}

describe('reactivation and cancellation in Chromium', () => {
  it('on a phone (360 px) in Thai: suspended, reactivated through the bank with a new receipt, then cancelled', async () => {
    await reactivateThenCancel('phone', 'th', THAI)
  })

  it('on a desktop (1280 px) in English: suspended, reactivated through the bank with a new receipt, then cancelled', async () => {
    await reactivateThenCancel('desktop', 'en', ENGLISH)
  })
})
