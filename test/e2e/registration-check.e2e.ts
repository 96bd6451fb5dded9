import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { loadConfig } from '../../src/config.js'
import {
  seedCheckCompany,
  seedCheckPerson,
} from '../../src/features/registration-check/test-support/seed.repository.js'
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

// The public check in Chromium at phone and desktop width, in Thai and English, with axe:
// from the home page's link, a listed company, a cancelled one, a listed person, an unlisted
// person (the same page as a number nobody registered) and a wrong check digit.

let server: RunningServer
let browser: Browser
const COMPANY = withCheckDigit('010555800001')
const CANCELLED = withCheckDigit('010555800002')
const LISTED = withCheckDigit('310005800001')
const UNLISTED = withCheckDigit('310005800002')
const NOBODY = withCheckDigit('310005800009')
const BAD = `${LISTED.slice(0, 12)}${(Number(LISTED[12]) + 1) % 10}`

before(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ctp-e2e-check-'))
  const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir, LOG_LEVEL: 'silent' })
  const crypto = createPiiCrypto({
    encryption: config.secrets.encryption,
    hmac: config.secrets.hmac,
  })
  const database = await openPglite(dataDir)
  await migrate(database)
  const db = database.db
  await seedCheckCompany(db, crypto, {
    juristicId: COMPANY,
    nameTh: 'บริษัท สยามขนส่งสินค้าระหว่างประเทศ จำกัด',
    nameEn: 'Siam International Freight Co., Ltd.',
    status: 'ACTIVE',
  })
  await seedCheckCompany(db, crypto, {
    juristicId: CANCELLED,
    nameTh: 'บริษัท เลิกกิจการแล้ว จำกัด',
    nameEn: 'Closed Trading Co., Ltd.',
    status: 'CANCELLED',
  })
  await seedCheckPerson(db, crypto, {
    nationalId: LISTED,
    firstTh: 'สมชาย',
    firstEn: 'Somchai',
    choices: [true],
  })
  await seedCheckPerson(db, crypto, {
    nationalId: UNLISTED,
    firstTh: 'สมศรี',
    firstEn: 'Somsri',
    choices: [],
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
  await screenshot(page, `registration-check/${name}`)
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`)
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
  assert.equal(wide, false, `${name} is no wider than the screen`)
}

async function ask(page: Page, lang: 'th' | 'en', number: string): Promise<void> {
  await page.locator('#number').fill(number)
  await page.getByRole('button', { name: lang === 'th' ? 'ตรวจสอบ' : 'Check', exact: true }).click()
}

describe('the public registration check in Chromium', () => {
  for (const kind of ['phone', 'desktop'] as const)
    for (const lang of ['th', 'en'] as const)
      it(`walks every answer (${kind}, ${lang})`, async () => {
        const context = await newContext(browser, kind)
        const page = await context.newPage()
        await page.goto(`${server.baseUrl}/?lang=${lang}`)
        await page
          .getByRole('link', {
            name:
              lang === 'th'
                ? 'ตรวจสอบเลขทะเบียนผู้นำเข้าและส่งออกหรือตัวแทนออกของ'
                : 'Check an importer/exporter or customs broker registration number',
          })
          .click()
        await check(page, `01-form-${kind}-${lang}`)

        await ask(page, lang, COMPANY)
        assert.ok(page.url().includes(`number=${COMPANY}`), 'the answer has its own address')
        await page.locator('[data-answer="listed"][data-party="company"]').waitFor()
        assert.ok(
          (await page.locator('[data-name]').innerText()).includes(
            lang === 'th' ? 'สยามขนส่งสินค้า' : 'Siam International Freight',
          ),
        )
        await check(page, `02-company-${kind}-${lang}`)

        await ask(page, lang, CANCELLED)
        assert.equal(await page.locator('[data-status="CANCELLED"]').count(), 1)
        await check(page, `03-cancelled-${kind}-${lang}`)

        await ask(page, lang, LISTED)
        assert.ok(
          (await page.locator('[data-name]').innerText()).includes(
            lang === 'th' ? 'สมชาย' : 'Somchai',
          ),
        )
        await check(page, `04-listed-person-${kind}-${lang}`)

        await ask(page, lang, UNLISTED)
        const hidden = await page.locator('main').innerText()
        assert.equal(hidden.includes(lang === 'th' ? 'สมศรี' : 'Somsri'), false)
        await check(page, `05-unlisted-person-${kind}-${lang}`)
        await ask(page, lang, NOBODY)
        const nobody = await page.locator('main').innerText()
        assert.equal(hidden.replace(UNLISTED, 'N'), nobody.replace(NOBODY, 'N'))

        await ask(page, lang, BAD)
        assert.match(await page.title(), lang === 'th' ? /^ข้อผิดพลาด: / : /^Error: /)
        assert.equal(await page.locator('[data-answer]').count(), 0)
        await check(page, `06-invalid-${kind}-${lang}`)
        await context.close()
      })

  it('a registrant chooses to be listed from their account (phone th, desktop en)', async () => {
    const phone = await (await newContext(browser, 'phone')).newPage()
    await phone.goto(`${server.baseUrl}/account/sign-in?lang=th`)
    await phone.getByRole('button', { name: 'เข้าสู่ระบบด้วยเป๋าตัง' }).click()
    await phone.getByRole('link', { name: /เปิดแอปเป๋าตัง|Open Pao Tang/ }).click()
    await phone.getByLabel(/เลขประจำตัวประชาชน 13 หลัก/).fill(UNLISTED)
    await phone.locator('#outcome-approve').check()
    await phone.getByRole('button', { name: /ยืนยัน/ }).click()
    await phone.waitForURL(/\/account(\/acknowledge)?$/, { timeout: 20_000 })
    if (phone.url().endsWith('/acknowledge')) {
      await phone.getByLabel('ข้าพเจ้าได้อ่านและรับทราบเอกสารข้างต้นแล้ว').check()
      await phone.getByRole('button', { name: 'รับทราบและดำเนินการต่อ' }).click()
      await phone.waitForURL(/\/account$/)
    }
    await phone.getByRole('link', { name: 'การเปิดเผยทะเบียนในหน้าตรวจสอบเลขทะเบียน' }).click()
    await check(phone, '07-listing-phone-th')
    await phone.getByRole('button', { name: 'บันทึก' }).click()
    await phone.locator('[data-saved]').waitFor()
    assert.equal(await phone.locator('[data-listed="false"]').count(), 1, 'no change kept as no')
    await phone.getByLabel('ได้ เปิดเผยทะเบียนและชื่อของฉัน').check()
    await phone.getByRole('button', { name: 'บันทึก' }).click()
    await phone.locator('[data-listed="true"]').waitFor()
    await check(phone, '08-listing-saved-phone-th')

    const desktop = await newContext(browser, 'desktop')
    await desktop.addCookies(await phone.context().cookies())
    const page = await desktop.newPage()
    await page.goto(`${server.baseUrl}/account/public-listing?lang=en`)
    assert.equal(await page.locator('[data-history] tbody tr').count(), 2)
    await check(page, '09-listing-desktop-en')
    await page.goto(`${server.baseUrl}/check-registration?number=${UNLISTED}&lang=en`)
    // Listed now, under the name the bank gave at sign-in (its newest profile).
    assert.equal(await page.locator('[data-answer="listed"][data-party="person"]').count(), 1)
    assert.ok((await page.locator('[data-name]').innerText()).trim().length > 0)
    await check(page, '10-listed-after-choice-desktop-en')
    await desktop.close()
    await phone.context().close()
  })
})
