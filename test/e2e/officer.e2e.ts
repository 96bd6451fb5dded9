import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { loadConfig } from '../../src/config.js'
import { createAdministratorFromCli } from '../../src/features/back-office/index.js'
import { totpCode } from '../../src/features/officers/credentials.js'
import { OFFICER_PATHS } from '../../src/features/back-office/paths.js'
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
import { officerAwaitingEnrolment } from './officers.js'

let server: RunningServer
let browser: Browser
const ADMIN_EMAIL = 'somsri.admin@customs.example'
let officerLink = ''
const PASSWORD = 'ด่านศุลกากร ท่าเรือ 2568'
const ids = [1, 2, 3].map((n) =>
  withCheckDigit(`5${String(Date.now() % 1e8).padStart(8, '0')}${String(n).padStart(3, '0')}`),
)
const target = ids[1] ?? ''

// The data folder is prepared before the server starts (PGlite has one writer): the first
// administrator as the CLI makes them (their enrolment e-mail waits in the outbox), a registry
// officer waiting to enrol, three registrants.
before(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ctp-e2e-officer-'))
  const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir, LOG_LEVEL: 'silent' })
  const database = await openPglite(dataDir)
  await migrate(database)
  const crypto = createPiiCrypto({
    encryption: config.secrets.encryption,
    hmac: config.secrets.hmac,
  })
  const deps = { db: database.db, crypto, publicBaseUrl: config.publicBaseUrl }
  await createAdministratorFromCli(
    deps,
    {
      username: 'admin',
      displayName: 'สมศรี ผู้ดูแลระบบ',
      unit: 'ส่วนเทคโนโลยีสารสนเทศ',
      email: ADMIN_EMAIL,
    },
    { osUser: 'e2e', host: null },
  )
  officerLink = await officerAwaitingEnrolment(database.db, {
    username: 'wichai.t',
    name: 'วิชัย ทะเบียนดี',
    unit: 'ฝ่ายทะเบียนผู้นำเข้าและส่งออก',
    roles: ['registry_officer'],
  })
  const people = [
    { firstTh: 'สมชาย', lastTh: 'ใจดีมาก', firstEn: 'Somchai', lastEn: 'Jaidee' },
    { firstTh: 'เกศินี', lastTh: 'ใจดีมาก', firstEn: 'Kesinee', lastEn: 'Jaidee' },
    { firstTh: 'กมล', lastTh: 'ใจดีมาก', firstEn: 'Kamol', lastEn: 'Jaidee' },
  ]
  for (const [i, p] of people.entries()) {
    await insertRegistrant(database.db, crypto, {
      ...p,
      nationalId: ids[i] ?? '',
      email: `jaidee${i}@example.com`,
      withDecision: true,
    })
  }
  await database.close()
  server = await startServer({ DATA_DIR: dataDir })
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await server?.stop()
})

/** Every back-office page passes axe (WCAG 2.1 AA) and is kept as a screenshot. */
async function check(page: Page, name: string): Promise<void> {
  await screenshot(page, `officer-${name}`)
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`)
}

/** Follows an enrolment link in the browser; returns the TOTP secret and the step it used. */
async function enrol(
  page: Page,
  link: string,
  prefix: string,
  checks = true,
): Promise<{ secret: string; step: number }> {
  // The second officer's enrolment shows the same pages: screenshots only, axe once is enough.
  const look = (name: string) => (checks ? check(page, name) : screenshot(page, `officer-${name}`))
  await page.goto(`${server.baseUrl}${link}`)
  await look(`${prefix}-enrol-password`)
  await page.getByLabel('รหัสผ่านใหม่', { exact: true }).fill(PASSWORD)
  await page.getByLabel('ยืนยันรหัสผ่านใหม่').fill('something else entirely')
  await page.getByRole('button', { name: 'บันทึกรหัสผ่าน' }).click()
  assert.match(await page.title(), /^ข้อผิดพลาด: /)
  await look(`${prefix}-enrol-password-error`)
  await page.getByLabel('รหัสผ่านใหม่', { exact: true }).fill(PASSWORD)
  await page.getByLabel('ยืนยันรหัสผ่านใหม่').fill(PASSWORD)
  await page.getByRole('button', { name: 'บันทึกรหัสผ่าน' }).click()
  await look(`${prefix}-enrol-authenticator`)
  const secret = (await page.locator('[data-totp-secret]').getAttribute('data-totp-secret')) ?? ''
  assert.match(secret, /^[A-Z2-7]{32}$/)
  await page.getByLabel('รหัส 6 หลักจากแอป').fill('000000')
  await page.getByRole('button', { name: 'ยืนยัน' }).click()
  await look(`${prefix}-enrol-authenticator-error`)
  const step = Math.floor(Date.now() / 30_000)
  await page.getByLabel('รหัส 6 หลักจากแอป').fill(totpCode(secret, step * 30_000 + 1000))
  await page.getByRole('button', { name: 'ยืนยัน' }).click()
  await page.locator('[data-recovery-codes]').waitFor()
  assert.equal(await page.locator('[data-recovery-codes] li').count(), 10)
  await look(`${prefix}-enrol-recovery-codes`)
  return { secret, step }
}

/** Signs in with the password and a code of the step after the one enrolment used. */
async function signIn(
  page: Page,
  username: string,
  totp: { secret: string; step: number },
  prefix: string,
) {
  await page.goto(`${server.baseUrl}${OFFICER_PATHS.signIn}`)
  await page.getByLabel('ชื่อผู้ใช้').fill(username)
  await page.getByLabel('รหัสผ่าน').fill(PASSWORD)
  await page.getByRole('button', { name: 'ดำเนินการต่อ' }).click()
  await check(page, `${prefix}-code`)
  await page.getByLabel('รหัสยืนยัน').fill(totpCode(totp.secret, (totp.step + 1) * 30_000 + 1000))
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click()
  await page.getByRole('heading', { level: 1, name: 'ระบบงานเจ้าหน้าที่' }).waitFor()
  await check(page, `${prefix}-home`)
}

describe('an officer in the back office', () => {
  it('signs in, searches, and reveals personal data with a reason', async () => {
    const context = await newContext(browser, 'desktop')
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/officer`)
    assert.match(page.url(), /\/officer\/sign-in$/)
    await check(page, '01-sign-in')
    await page.getByRole('button', { name: 'ดำเนินการต่อ' }).click()
    assert.match(await page.title(), /^ข้อผิดพลาด: /)
    await check(page, '02-sign-in-errors')

    const totp = await enrol(page, officerLink, '03')
    await signIn(page, 'wichai.t', totp, '04')

    await page.getByRole('link', { name: 'ค้นหาผู้ลงทะเบียน' }).first().click()
    await check(page, '05-search')
    await page.getByLabel('ชื่อหรือนามสกุล (ไทยหรืออังกฤษ)').check()
    await page.getByLabel('คำค้นหา').fill('ใจ')
    await page.getByRole('button', { name: 'ค้นหา' }).click()
    assert.match(await page.title(), /^ข้อผิดพลาด: /)
    await check(page, '06-search-error')
    // Over a first name and a surname, spaces typed twice: one person.
    await page.getByLabel('คำค้นหา').fill('สมชาย  ใจดีม')
    await page.getByRole('button', { name: 'ค้นหา' }).click()
    await page.locator('[data-results]').waitFor()
    assert.deepEqual(await page.locator('.bo-table tbody td:first-child a').allTextContents(), [
      'นายสมชาย ใจดีมาก',
    ])
    await page.getByLabel('คำค้นหา').fill('ใจดีมาก')
    await page.getByRole('button', { name: 'ค้นหา' }).click()
    // The list above had one row: the third is this search's.
    await page.locator('.bo-table tbody tr').nth(2).waitFor()
    assert.equal(
      page.url(),
      `${server.baseUrl}${OFFICER_PATHS.search}`,
      'no search text in the URL',
    )
    const names = await page.locator('.bo-table tbody td:first-child a').allTextContents()
    assert.deepEqual(names, ['นายกมล ใจดีมาก', 'นายเกศินี ใจดีมาก', 'นายสมชาย ใจดีมาก'])
    await check(page, '07-results')

    await page.getByRole('link', { name: 'นายเกศินี ใจดีมาก' }).click()
    await page.getByRole('heading', { level: 1, name: 'นายเกศินี ใจดีมาก' }).waitFor()
    assert.equal(await page.getByText(target).count(), 0, 'the national ID is masked')
    await check(page, '08-registrant')
    await page.getByText('แสดงข้อมูลที่ปิดบัง').click()
    await page.getByRole('button', { name: 'แสดงข้อมูล' }).click()
    assert.match(await page.title(), /^ข้อผิดพลาด: /)
    await check(page, '09-reveal-errors')
    await page.getByLabel('เหตุผล', { exact: true }).selectOption('registrant_enquiry')
    await page.getByLabel('รายละเอียด').fill('ผู้ลงทะเบียนโทรเข้า 1164 เรื่องเลขที่ CC-2568-1042')
    await page.getByRole('button', { name: 'แสดงข้อมูล' }).click()
    await page.locator('[data-field="nationalId"]', { hasText: target }).waitFor()
    await check(page, '10-revealed')
    // The next visit is masked again, and the history shows the reveal with its reason.
    await page.goto(page.url())
    assert.equal(await page.getByText(target).count(), 0)
    await page.getByText('ผู้ลงทะเบียนโทรเข้า 1164').first().waitFor()
    await check(page, '11-registrant-history')

    await page.goto(`${server.baseUrl}${OFFICER_PATHS.officers}`)
    await check(page, '12-forbidden')
    await page.goto(
      `${server.baseUrl}${OFFICER_PATHS.person('00000000-0000-7000-8000-000000000000')}`,
    )
    await check(page, '13-not-found')
    await page.goto(`${server.baseUrl}${OFFICER_PATHS.registry}?lang=en`)
    await check(page, '14-search-english')
    // At phone width, in English: too little to look for, then a fragment over two words.
    await page.setViewportSize({ width: 360, height: 740 })
    await page.getByLabel('Name or surname (Thai or English)').check()
    await page.getByLabel('Search for').fill('ja d')
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    assert.match(await page.title(), /^Error: /)
    assert.equal(await page.getByLabel('Search for').inputValue(), 'ja d', 'what was typed stays')
    await check(page, '15-phone-search-error')
    await page.getByLabel('Search for').fill('kamol  JAI')
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await page.locator('[data-results]').waitFor()
    assert.equal(await page.locator('.bo-table tbody tr').count(), 1)
    assert.match(await page.locator('.bo-table tbody').innerText(), /Kamol Jaidee/)
    await check(page, '16-phone-results')
    await context.close()
  })

  it('the administrator signs in and creates an officer', async () => {
    const context = await newContext(browser, 'desktop')
    const page = await context.newPage()
    // The administrator reads their own mailbox (the development mail viewer), as anyone would.
    const mailed = new URL(
      await fromMailViewer(page, server.baseUrl, ADMIN_EMAIL, {
        subject: /ตั้งค่าบัญชีเจ้าหน้าที่/,
        link: /\/officer\/enrol\?token=/,
      }),
    )
    const totp = await enrol(page, mailed.pathname + mailed.search, '20', false)
    await signIn(page, 'admin', totp, '21')
    await page.getByRole('link', { name: 'จัดการเจ้าหน้าที่' }).first().click()
    await check(page, '22-officers')
    await page.getByRole('link', { name: 'สร้างบัญชีเจ้าหน้าที่' }).click()
    await page.getByRole('button', { name: 'สร้างบัญชี' }).click()
    await check(page, '23-new-officer-errors')
    await page.getByLabel('ชื่อผู้ใช้').fill('malee.s')
    await page.getByLabel('ชื่อ-นามสกุล').fill('มาลี ใจงาม')
    await page.getByLabel('หน่วยงาน').fill('ศูนย์บริการข้อมูล 1164')
    await page.getByLabel('อีเมลที่ทำงาน').fill('malee.s@customs.example')
    await page.getByLabel('เจ้าหน้าที่บริการช่วยเหลือ').check()
    await page.getByRole('button', { name: 'สร้างบัญชี' }).click()
    await page.locator('[data-enrolment-sent]').waitFor()
    assert.doesNotMatch(await page.content(), /enrol\?token=/, 'the link goes to the officer only')
    await check(page, '24-enrolment-sent')
    await page.getByRole('link', { name: 'กลับไปรายชื่อเจ้าหน้าที่' }).click()
    await page.getByRole('link', { name: 'มาลี ใจงาม' }).click()
    await check(page, '25-officer')
    // A registry role waits for a second administrator; the only one cannot approve it.
    await page.goto(`${server.baseUrl}${OFFICER_PATHS.newOfficer}`)
    await page.getByLabel('ชื่อผู้ใช้').fill('somsak.r')
    await page.getByLabel('ชื่อ-นามสกุล').fill('สมศักดิ์ รักงาน')
    await page.getByLabel('หน่วยงาน').fill('ฝ่ายทะเบียนผู้นำเข้าและส่งออก')
    await page.getByLabel('อีเมลที่ทำงาน').fill('somsak.r@customs.example')
    await page.getByLabel('เจ้าหน้าที่ทะเบียน').check()
    await page.getByRole('button', { name: 'สร้างบัญชี' }).click()
    await page.locator('[data-grant-waiting]').waitFor()
    await check(page, '26-enrolment-sent-waiting')
    await page.goto(`${server.baseUrl}${OFFICER_PATHS.grants}`)
    await check(page, '27-grants')
    await page.getByRole('link', { name: 'สมศักดิ์ รักงาน' }).click()
    assert.equal(await page.getByRole('button', { name: 'อนุมัติคำขอ' }).count(), 0)
    await check(page, '28-grant')
    await page.getByRole('link', { name: 'สมศรี ผู้ดูแลระบบ' }).count()
    await context.close()
  })
})
