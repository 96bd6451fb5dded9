import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { runInactivitySweep } from '../../src/features/lifecycle/index.js'
import { insertRegistrant } from '../../src/features/officers/test-support/officers.js'
import { withCheckDigit } from '../../src/platform/thai-id.js'
import { launchBrowser, newContext, startServer, type RunningServer } from './harness.js'
import { approveInBank, checkPage, seededDataDir, signIn } from './registrant.js'

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
  const dataDir = await seededDataDir('reactivation', async (db, crypto, config) => {
    const idle = new Date()
    idle.setUTCMonth(idle.getUTCMonth() - 7)
    for (const [nationalId, email] of [
      [THAI, 'reactivate.th@example.com'],
      [ENGLISH, 'reactivate.en@example.com'],
    ] as const) {
      const personId = await insertRegistrant(db, crypto, {
        nationalId,
        firstTh: 'สมหญิง',
        lastTh: 'กลับมาค้า',
        firstEn: 'Somying',
        lastEn: 'Klapmakha',
        email,
        registered: true,
        withDecision: true,
      })
      await db
        .updateTable('registrations')
        .set({ last_activity_at: idle, valid_from: idle })
        .where('person_id', '=', personId)
        .execute()
    }
    const swept = await runInactivitySweep({ db, publicBaseUrl: config.publicBaseUrl }, new Date())
    assert.equal(swept.suspended, 2)
  })
  server = await startServer({ DATA_DIR: dataDir })
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await server?.stop()
})

/** From a page's "sign in with Pao Tang" button to the bank's SIMULATOR, approving. */
async function approveAtBank(page: Page, nationalId: string): Promise<void> {
  await page.getByRole('button', { name: /เข้าสู่ระบบด้วยเป๋าตัง|Sign in with Pao Tang/ }).click()
  await approveInBank(page, nationalId)
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
  await signIn(page, server.baseUrl, nationalId, lang)

  // Why it is suspended, and what to do.
  const suspension = page.locator('[data-suspension]')
  assert.match((await suspension.innerText()) ?? '', new RegExp(t.rule))
  await checkPage(page, `${SHOTS}/${prefix}-01-suspended`)
  await suspension.getByRole('link', { name: t.link }).click()
  await page.waitForURL(/\/reactivate$/)
  await checkPage(page, `${SHOTS}/${prefix}-02-reactivate`)

  // Verify again through the bank, back to the same page, then reactivate.
  await page.getByRole('button', { name: t.verify, exact: true }).click()
  await page.waitForURL(/\/account\/verify$/)
  await checkPage(page, `${SHOTS}/${prefix}-03-verify`)
  await approveAtBank(page, nationalId)
  await page.waitForURL(/\/reactivate$/, { timeout: 20_000 })
  await page.locator('[data-step-up-fresh]').waitFor()
  await page.getByRole('button', { name: t.reactivate, exact: true }).click()
  await page.waitForURL(/\/reactivate\/result$/)
  assert.equal((await page.locator('h1').textContent())?.trim(), t.approved)
  await checkPage(page, `${SHOTS}/${prefix}-04-reactivated`)

  // The new receipt names its action; the account shows the registration active.
  await page.getByRole('link', { name: t.receipt }).click()
  await page.locator('[data-receipt-action="reactivation"]').waitFor()
  await checkPage(page, `${SHOTS}/${prefix}-05-receipt`)
  await page.goto(`${server.baseUrl}/account`)
  assert.equal((await page.locator('[data-status]').first().textContent())?.trim(), t.active)
  await page.locator('[data-reactivation="approved"]').waitFor()
  await checkPage(page, `${SHOTS}/${prefix}-06-account-active`)

  // Cancelling: what it means, verify, the confirmation asked for, then cancelled.
  await page.getByRole('link', { name: t.cancel }).click()
  await page.waitForURL(/\/cancel$/)
  await checkPage(page, `${SHOTS}/${prefix}-07-cancel`)
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
  await checkPage(page, `${SHOTS}/${prefix}-08-cancel-confirmation-missing`)
  await page.getByLabel(t.understood).check()
  await page.getByRole('button', { name: t.submit, exact: true }).click()
  await page.waitForURL(/\/cancel\/done$/)
  assert.equal((await page.locator('h1').textContent())?.trim(), t.cancelled)
  await checkPage(page, `${SHOTS}/${prefix}-09-cancelled`)
  await page.goto(`${server.baseUrl}/account/my-data`)
  await page.locator('[data-category="registrations"] summary').click()
  const history = page.locator('[data-status-history]')
  await history.waitFor()
  // Suspended, reactivated and cancelled, each a line of the registration's history.
  assert.equal(await history.locator('tbody tr').count(), 3)
  await checkPage(page, `${SHOTS}/${prefix}-10-my-data`)
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
