import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { loadConfig } from '../../src/config.js'
import { seedBrokerRegistration } from '../../src/features/broker-renewal/test-support/seed.repository.js'
import { insertRegistrant } from '../../src/features/officers/test-support/officers.js'
import { openPglite } from '../../src/platform/db/database.js'
import { migrate } from '../../src/platform/db/migrate.js'
import { createPiiCrypto } from '../../src/platform/pii-crypto.js'
import { withCheckDigit } from '../../src/platform/thai-id.js'
import { enrolAndSignIn, officerAwaitingEnrolment } from './officers.js'
import {
  axeViolations,
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  type RunningServer,
} from './harness.js'

// A broker near the end date renews in Chromium: the account's link, the conditions, an error
// for the unticked box, the bill with its QR, the bank app SIMULATOR paying, the renewed page
// with its two receipts; a phone in Thai and a desktop in English, axe on every page.

let server: RunningServer
let browser: Browser
let officerLink = ''
const DAY = 86_400_000
const stamp = String(Date.now() % 1e7).padStart(7, '0')
const BROKERS = {
  th: withCheckDigit(`37${stamp}001`),
  en: withCheckDigit(`37${stamp}002`),
}

before(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ctp-e2e-renewal-'))
  const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir, LOG_LEVEL: 'silent' })
  const database = await openPglite(dataDir)
  await migrate(database)
  const crypto = createPiiCrypto({
    encryption: config.secrets.encryption,
    hmac: config.secrets.hmac,
  })
  for (const [lang, nationalId] of Object.entries(BROKERS)) {
    const email = `renewal.${lang}@example.com`
    const personId = await insertRegistrant(database.db, crypto, {
      nationalId,
      firstTh: 'ประยุทธ',
      lastTh: 'ออกของดี',
      firstEn: 'Prayut',
      lastEn: 'Okkhongdee',
      email,
      withDecision: true,
    })
    const validUntil = new Date(Date.now() + 45 * DAY)
    const base = await database.db
      .selectFrom('registrations')
      .select('id')
      .where('person_id', '=', personId)
      .executeTakeFirstOrThrow()
    await seedBrokerRegistration(database.db, personId, base.id, {
      nationalId,
      validFrom: new Date(validUntil.getTime() - 3 * 365 * DAY),
      validUntil,
      lastActivityAt: new Date(),
      email,
    })
  }
  officerLink = await officerAwaitingEnrolment(database.db, {
    username: 'refunds.e2e',
    name: 'สมหญิง การเงิน',
    unit: 'ส่วนทะเบียน',
    roles: ['registry_officer'],
  })
  await database.close()
  server = await startServer({ DATA_DIR: dataDir })
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await server?.stop()
})

async function check(page: Page, name: string): Promise<void> {
  await screenshot(page, `broker-renewal/${name}`)
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`)
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
  assert.equal(wide, false, `${name} is no wider than the screen`)
}

/** Signs in through the bank's app SIMULATOR on a phone. */
async function signIn(phone: Page, nationalId: string): Promise<void> {
  await phone.goto(`${server.baseUrl}/account/sign-in?lang=th`)
  await phone.getByRole('button', { name: 'เข้าสู่ระบบด้วยเป๋าตัง' }).click()
  await phone.getByRole('link', { name: /เปิดแอปเป๋าตัง|Open Pao Tang/ }).click()
  await phone.getByLabel(/เลขประจำตัวประชาชน 13 หลัก/).fill(nationalId)
  await phone.locator('#outcome-approve').check()
  await phone.getByRole('button', { name: /ยืนยัน/ }).click()
  await phone.waitForURL(/\/account(\/acknowledge)?$/, { timeout: 20_000 })
  if (phone.url().endsWith('/acknowledge')) {
    await phone.getByLabel('ข้าพเจ้าได้อ่านและรับทราบเอกสารข้างต้นแล้ว').check()
    await phone.getByRole('button', { name: 'รับทราบและดำเนินการต่อ' }).click()
    await phone.waitForURL(/\/account$/)
  }
}

const TEXT = {
  th: {
    button: 'ออกใบแจ้งชำระค่าธรรมเนียม',
    confirm: /ข้าพเจ้าขอต่ออายุทะเบียน/,
    simulator: 'เปิดแอปธนาคาร (SIMULATOR)',
    pay: 'ชำระเงิน',
    back: 'กลับไปที่พอร์ทัล',
    fee: 'ใบเสร็จรับเงินอิเล็กทรอนิกส์ค่าธรรมเนียม',
  },
  en: {
    button: 'Issue the bill for the fee',
    confirm: /I ask to renew the registration/,
    simulator: 'Open the bank’s app (SIMULATOR)',
    pay: 'Pay',
    back: 'Back to the portal',
    fee: 'E-receipt for the fee',
  },
}

describe('a broker renews and pays in Chromium', () => {
  for (const [kind, lang] of [
    ['phone', 'th'],
    ['desktop', 'en'],
  ] as const)
    it(`renews from the account page and pays in the bank app simulator (${kind}, ${lang})`, async () => {
      const phone = await (await newContext(browser, 'phone')).newPage()
      await signIn(phone, BROKERS[lang])
      let page = phone
      if (kind === 'desktop') {
        const context = await newContext(browser, 'desktop')
        await context.addCookies(await phone.context().cookies())
        page = await context.newPage()
      }
      const t = TEXT[lang]
      await page.goto(`${server.baseUrl}/account?lang=${lang}`)
      await page.locator('[data-registration-action="renew"]').click()
      await page.waitForURL(/\/renew$/)
      await page.locator('[data-rule="broker.renewal.window"][data-passed="true"]').waitFor()
      await check(page, `01-conditions-${kind}-${lang}`)

      await page.getByRole('button', { name: t.button }).click()
      await page.locator('[data-error-summary]').waitFor()
      await check(page, `02-error-${kind}-${lang}`)

      await page.getByLabel(t.confirm).check()
      await page.getByRole('button', { name: t.button }).click()
      await page.locator('[data-qr-payload]').waitFor()
      await check(page, `03-bill-${kind}-${lang}`)
      const oldEnd = await page.locator('[data-valid-until]').innerText()

      await page.getByRole('link', { name: t.simulator }).click()
      await page.waitForURL(/\/simulators\/promptpay/)
      assert.match(await page.locator('h1').innerText(), /SIMULATOR/)
      await check(page, `04-bank-app-${kind}-${lang}`)
      await page.getByRole('button', { name: t.pay, exact: true }).click()
      await page.locator('[data-result]').waitFor()
      assert.match(await page.locator('[data-result]').innerText(), /settled/)
      await check(page, `05-paid-${kind}-${lang}`)
      if (lang === 'th') {
        // Paid again from the bank app: kept for refund, never a second renewal.
        await page.getByRole('button', { name: t.pay, exact: true }).click()
        await page.waitForFunction(() =>
          document.querySelector('[data-result]')?.textContent?.includes('overpayment'),
        )
      }

      await page.getByRole('link', { name: t.back }).click()
      await page.locator('[data-renewed]').waitFor()
      await check(page, `06-renewed-${kind}-${lang}`)
      const newEnd = await page.locator('[data-valid-until]').innerText()
      assert.notEqual(newEnd, oldEnd, 'the end date moved on')
      const oldYear = Number(/\d{4}/.exec(oldEnd)?.[0])
      assert.equal(Number(/\d{4}/.exec(newEnd)?.[0]), oldYear + 3, 'three years from the old end')

      await page.getByRole('link', { name: t.fee }).click()
      await page.waitForURL(/\/verify\//)
      await check(page, `07-fee-receipt-${kind}-${lang}`)
    })

  it('an officer sees the second payment among the refunds due (desktop, then phone)', async () => {
    const page = await (await newContext(browser, 'desktop')).newPage()
    await enrolAndSignIn(page, server.baseUrl, {
      link: officerLink,
      username: 'refunds.e2e',
      password: 'correct horse battery staple 2',
    })
    await page.getByRole('link', { name: 'เงินที่ต้องคืน' }).first().click()
    await page.locator('[data-outcome="overpayment"]').waitFor()
    assert.equal(await page.locator('[data-refund]').count(), 1)
    await check(page, '08-refunds-desktop-th')
    await page.goto(`${server.baseUrl}/officer/payments/refunds?lang=en`)
    await check(page, '08-refunds-desktop-en')
    const phone = await (await newContext(browser, 'phone')).newPage()
    await phone.context().addCookies(await page.context().cookies())
    await phone.goto(`${server.baseUrl}/officer/payments/refunds?lang=th`)
    await phone.locator('[data-refunds]').waitFor()
    await check(phone, '08-refunds-phone-th')
  })
})
