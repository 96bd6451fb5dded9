import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { loadConfig } from '../../src/config.js'
import { insertRegistrant } from '../../src/features/officers/test-support/officers.js'
import { directorName, type JuristicPerson } from '../../src/features/registry-dbd/index.js'
import { openPglite } from '../../src/platform/db/database.js'
import { migrate } from '../../src/platform/db/migrate.js'
import { createPiiCrypto } from '../../src/platform/pii-crypto.js'
import { withCheckDigit } from '../../src/platform/thai-id.js'
import { sampleCompanies } from '../../src/simulators/dbd/samples.js'
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
const registrantId = withCheckDigit(`5${String(Date.now() % 1e8).padStart(8, '0')}432`)

// A registrant with a decision, prepared before the server starts (PGlite has one writer).
before(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ctp-e2e-account-'))
  const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir, LOG_LEVEL: 'silent' })
  const database = await openPglite(dataDir)
  await migrate(database)
  const crypto = createPiiCrypto({
    encryption: config.secrets.encryption,
    hmac: config.secrets.hmac,
  })
  await insertRegistrant(database.db, crypto, {
    nationalId: registrantId,
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

const samples = sampleCompanies(1, 6)
const SHOTS = 'account-polish'

/** Every page passes axe (WCAG 2.1 AA) and is kept as a screenshot. */
async function check(page: Page, name: string): Promise<void> {
  await screenshot(page, `${SHOTS}/${name}`)
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`)
}

/** On a phone: the bank simulator's page, approving as the person. */
async function approveInBank(phone: Page, nationalId: string): Promise<void> {
  await phone.getByRole('link', { name: /เปิดแอปเป๋าตัง|Open Pao Tang/ }).click()
  await phone.getByLabel(/เลขประจำตัวประชาชน 13 หลัก/).fill(nationalId)
  await phone.locator('#outcome-approve').check()
  await phone.getByRole('button', { name: /ยืนยัน/ }).click()
}

/** Signs in on a phone; acknowledges the notices when the portal asks. */
async function signIn(phone: Page, nationalId: string): Promise<void> {
  await phone.goto(`${server.baseUrl}/account/sign-in?lang=th`)
  await phone.getByRole('button', { name: 'เข้าสู่ระบบด้วยเป๋าตัง' }).click()
  await approveInBank(phone, nationalId)
  await phone.waitForURL(/\/account(\/acknowledge)?$/, { timeout: 20_000 })
  if (phone.url().endsWith('/acknowledge')) {
    await phone.getByLabel('ข้าพเจ้าได้อ่านและรับทราบเอกสารข้างต้นแล้ว').check()
    await phone.getByRole('button', { name: 'รับทราบและดำเนินการต่อ' }).click()
    await phone.waitForURL(/\/account$/)
  }
}

/** A desktop browser holding the same session as the phone (the cookies copied over). */
async function desktopLike(phone: Page): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, 'desktop')
  await context.addCookies(await phone.context().cookies())
  return { context, page: await context.newPage() }
}

describe('accounts, company status and "my data" in Chromium', () => {
  it('the company status page follows the second director by itself; the director’s account lists the company by name', async () => {
    const c: JuristicPerson | undefined = samples.get('two-sign')?.[3]
    assert.ok(c)
    const [a, b] = c.directors
    assert.ok(a && b)
    const phoneA = await (await newContext(browser, 'phone')).newPage()
    await phoneA.goto(`${server.baseUrl}/register/company`)
    await phoneA.getByLabel(/ข้าพเจ้าได้อ่านและยอมรับ/).check()
    await phoneA.getByRole('button', { name: 'เริ่มลงทะเบียนนิติบุคคล' }).click()
    await phoneA.getByLabel('เลขทะเบียนนิติบุคคล').fill(c.id)
    await phoneA.getByRole('button', { name: 'ค้นหาข้อมูลจาก DBD' }).click()
    await phoneA.waitForSelector('[data-precheck]')
    assert.equal(await phoneA.locator('h1').count(), 1, 'the DBD result page has one <h1>')
    await check(phoneA, 'phone-th-01-dbd-result')
    await phoneA.goto(`${server.baseUrl}/register/company/company?lang=en`)
    assert.equal(await phoneA.locator('h1').count(), 1)
    await check(phoneA, 'phone-en-01-dbd-result')
    await phoneA.goto(`${server.baseUrl}/register/company/company?lang=th`)
    await phoneA.getByRole('button', { name: 'ถูกต้อง ดำเนินการต่อ' }).click()
    await phoneA.getByRole('button', { name: 'ยืนยันตัวตนด้วยแอปเป๋าตัง' }).click()
    await approveInBank(phoneA, a.id)
    await phoneA.waitForURL(/\/register\/company\/signers$/)
    await phoneA.getByLabel(directorName(b), { exact: true }).check()
    await phoneA.getByLabel(`อีเมลของ ${directorName(b)}`).fill('polish.b@example.com')
    await phoneA.getByRole('button', { name: 'บันทึกและส่งลิงก์ให้กรรมการ' }).click()
    await phoneA.getByLabel('ชื่อผู้ติดต่อ').fill('คุณสมศรี ติดต่อดี')
    await phoneA.getByLabel('อีเมลของบริษัท').fill('polish.company@example.com')
    await phoneA.getByLabel('หมายเลขโทรศัพท์').fill('0812345678')
    await phoneA.getByRole('button', { name: 'ดำเนินการต่อ' }).click()
    await phoneA
      .getByLabel('รหัสยืนยัน')
      .fill(await fromMailViewer(phoneA, server.baseUrl, 'polish.company@example.com'))
    await phoneA.getByRole('button', { name: 'ยืนยันอีเมล' }).click()
    await phoneA.getByRole('button', { name: 'ยื่นคำขอ' }).click()
    await phoneA.waitForURL(/\/register\/company\/status$/)
    await phoneA.waitForSelector('[data-application-status="submitted"]')
    await check(phoneA, 'phone-th-02-status-waiting')
    const kept = await phoneA.locator('[data-signers] .th-word, form .th-word').all()
    assert.ok(kept.length >= 3, 'the directors’ lines and the resend button keep their words')
    for (const word of kept)
      assert.equal(await word.evaluate((el) => el.getClientRects().length), 1)
    await phoneA.goto(`${server.baseUrl}/register/company/status?lang=en`)
    await check(phoneA, 'phone-en-02-status-waiting')
    await phoneA.goto(`${server.baseUrl}/register/company/status?lang=th`)

    // Director B verifies on their own phone; A's page is not touched and moves on by itself.
    const phoneB = await (await newContext(browser, 'phone')).newPage()
    const invite = await fromMailViewer(phoneB, server.baseUrl, 'polish.b@example.com', {
      subject: /กรรมการ/,
      link: /\/register\/company\/sign\//,
    })
    await phoneB.goto(invite)
    await phoneB.getByRole('button', { name: 'ยืนยันตัวตนด้วยแอปเป๋าตัง' }).click()
    await approveInBank(phoneB, b.id)
    await phoneB.waitForSelector('text=ยืนยันตัวตนเรียบร้อย ขอบคุณ')
    await phoneA.waitForSelector('[data-application-status="approved"]', { timeout: 30_000 })
    assert.equal(await phoneA.locator('[data-registration-number]').textContent(), c.id)
    await check(phoneA, 'phone-th-03-status-approved')

    // Director A signs in: the company by name, as a link, and no "no registration yet".
    await signIn(phoneA, a.id)
    const item = phoneA.locator(`[data-company="${c.id}"]`)
    assert.equal(await item.textContent(), c.nameTh)
    assert.equal(await phoneA.getByText('ยังไม่มีทะเบียน', { exact: true }).count(), 0)
    await check(phoneA, 'phone-th-04-account-director')
    await phoneA.goto(`${server.baseUrl}/account?lang=en`)
    assert.equal(await item.textContent(), c.nameEn)
    await check(phoneA, 'phone-en-04-account-director')
    const desktop = await desktopLike(phoneA)
    await desktop.page.goto(`${server.baseUrl}/account?lang=en`)
    await check(desktop.page, 'desktop-en-04-account-director')
    await desktop.page.goto(`${server.baseUrl}/account?lang=th`)
    await check(desktop.page, 'desktop-th-04-account-director')
    await desktop.page.getByRole('link', { name: c.nameTh }).click()
    await desktop.page.waitForURL(/\/account\/company\/view$/)
    await check(desktop.page, 'desktop-th-05-company')
    await desktop.page.goto(`${server.baseUrl}/account/company`)
    await check(desktop.page, 'desktop-th-06-act-for')
    await phoneA.goto(`${server.baseUrl}/account/company?lang=th`)
    await check(phoneA, 'phone-th-06-act-for')
    await desktop.context.close()
  })

  it('"my data" says the legal block once and folds each section (measured at desktop width)', async (t) => {
    const phone = await (await newContext(browser, 'phone')).newPage()
    await signIn(phone, registrantId)
    const { context, page } = await desktopLike(phone)
    for (const lang of ['th', 'en'] as const) {
      await page.goto(`${server.baseUrl}/account/my-data?lang=${lang}`)
      const height = await page.evaluate(() => document.documentElement.scrollHeight)
      t.diagnostic(`my-data at 1280 px (${lang}): ${height} px tall`)
      await check(page, `desktop-${lang}-07-my-data`)
      await phone.goto(`${server.baseUrl}/account/my-data?lang=${lang}`)
      await check(phone, `phone-${lang}-07-my-data`)
    }
    // The lawful bases and the usual retention are said once, in one block.
    assert.equal(await page.locator('[data-legal]').count(), 1)
    assert.equal(await page.getByText('Section 24(4)').count(), 1)
    const sections = page.locator('[data-category]')
    assert.ok((await sections.count()) >= 8)
    assert.equal(
      await page.locator('details[data-category] > summary').count(),
      await sections.count(),
      'every section is a <details> with its <summary>',
    )
    // A section opens without JavaScript's help (the browser's own disclosure).
    const access = page.locator('details[data-category="access"]')
    assert.equal(await access.getAttribute('open'), null)
    await access.locator('summary').click()
    assert.notEqual(await access.getAttribute('open'), null)
    await page.locator('#access-log, [data-category="access"] p').first().waitFor()
    await check(page, 'desktop-en-08-my-data-open')
    await context.close()
  })

  it('Thai compounds stay whole in headings and labels on a phone (360 px)', async () => {
    const phone = await (await newContext(browser, 'phone')).newPage()
    for (const [path, words] of [
      ['/register/person', ['บุคคลธรรมดา', 'ข้อกำหนด']],
      ['/terms', ['ข้อกำหนด', 'การใช้งาน', 'ผู้ประกอบการ']],
    ] as const) {
      await phone.goto(`${server.baseUrl}${path}?lang=th`)
      for (const word of words) {
        const kept = phone.locator('h1 .th-word, label .th-word', { hasText: word }).first()
        assert.equal(await kept.textContent(), word, `${word} on ${path}`)
        const lines = await kept.evaluate((el) => el.getClientRects().length)
        assert.equal(lines, 1, `${word} on one line on ${path}`)
      }
      await check(phone, `phone-th-09-thai-words${path.replaceAll('/', '-')}`)
    }
  })
})
