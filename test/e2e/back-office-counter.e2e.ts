import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { loadConfig } from '../../src/config.js'
import { OFFICER_PATHS } from '../../src/features/back-office/paths.js'
import type { Role } from '../../src/features/officers/roles.js'
import { openPglite } from '../../src/platform/db/database.js'
import { migrate } from '../../src/platform/db/migrate.js'
import { formatThaiId, withCheckDigit } from '../../src/platform/thai-id.js'
import {
  axeViolations,
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  type RunningServer,
} from './harness.js'
import { enrolAndSignIn, officerAwaitingEnrolment } from './officers.js'

let server: RunningServer
let browser: Browser
const PASSWORD = 'เคาน์เตอร์ศุลกากร 2569 สองคน'
const links: Record<string, string> = {}
const applicant = withCheckDigit(`3${String(Date.now() % 1e8).padStart(8, '0')}777`)
const email = `counter.${process.pid}@example.com`

const OFFICERS: { username: string; name: string; unit: string; roles: Role[] }[] = [
  {
    username: 'somchai.m',
    name: 'สมชาย บันทึกดี',
    unit: 'ฝ่ายทะเบียน ด่านศุลกากรหนองคาย',
    roles: ['registry_officer'],
  },
  {
    username: 'napa.c',
    name: 'นภา ตรวจทาน',
    unit: 'ฝ่ายทะเบียน ด่านศุลกากรหนองคาย',
    roles: ['registry_officer'],
  },
  { username: 'preecha.a', name: 'ปรีชา ตรวจสอบ', unit: 'สำนักตรวจสอบภายใน', roles: ['auditor'] },
]

before(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ctp-e2e-counter-'))
  loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir, LOG_LEVEL: 'silent' })
  const database = await openPglite(dataDir)
  await migrate(database)
  for (const o of OFFICERS) links[o.username] = await officerAwaitingEnrolment(database.db, o)
  await database.close()
  server = await startServer({ DATA_DIR: dataDir })
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await server?.stop()
})

async function check(page: Page, name: string): Promise<void> {
  await screenshot(page, `counter-${name}`)
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`)
}

/** Enrols through the one-time link and signs in; the pages of enrolment are tested elsewhere. */
async function officerPage(username: string): Promise<Page> {
  const context = await newContext(browser, 'desktop')
  const page = await context.newPage()
  await enrolAndSignIn(page, server.baseUrl, {
    link: links[username] ?? '',
    username,
    password: PASSWORD,
  })
  return page
}

describe('the counter registration and the auditor, in a browser', () => {
  let entryUrl = ''

  it('one officer enters a person from the documents', async () => {
    const page = await officerPage('somchai.m')
    await check(page, '01-home-registry')
    await page.getByRole('link', { name: 'ลงทะเบียนที่เคาน์เตอร์' }).first().click()
    await check(page, '02-list-empty')
    await page.getByRole('link', { name: 'บันทึกคำขอใหม่' }).click()
    await check(page, '03-form')
    await page.getByRole('button', { name: 'บันทึกและส่งให้เจ้าหน้าที่อีกคนตรวจ' }).click()
    assert.match(await page.title(), /^ข้อผิดพลาด: /)
    await check(page, '04-form-errors')
    const fill: Record<string, string> = {
      nationalId: formatThaiId(applicant),
      titleTh: 'นาง',
      firstNameTh: 'บัวผัน',
      lastNameTh: 'ริมโขง',
      titleEn: 'Mrs.',
      firstNameEn: 'Buaphan',
      lastNameEn: 'Rimkhong',
      birthDate: '12/8/2498',
      houseNo: '45',
      moo: '3',
      road: 'มิตรภาพ',
      subdistrict: 'ในเมือง',
      postcode: '43000',
      email,
      mobile: '0898765432',
    }
    for (const [id, value] of Object.entries(fill)) await page.locator(`#${id}`).fill(value)
    await page.getByLabel('บัตรประจำตัวประชาชน', { exact: true }).check()
    await page.getByLabel('ทะเบียนบ้าน').check()
    await page.getByLabel('ไม่มีโทรศัพท์มือถือที่ใช้แอปได้').check()
    await page.getByLabel(/ข้าพเจ้าเห็นเอกสารตัวจริง/).check()
    await page.getByRole('button', { name: 'บันทึกและส่งให้เจ้าหน้าที่อีกคนตรวจ' }).click()
    await page.locator('[data-notice="saved"]').waitFor()
    entryUrl = page.url().replace(/\?.*$/, '')
    assert.equal(await page.getByRole('button', { name: 'ยืนยันและสร้างทะเบียน' }).count(), 0)
    await check(page, '05-entry-saved')
    await page.goto(`${server.baseUrl}${OFFICER_PATHS.counter}`)
    await page.getByText('ท่านบันทึก ต้องให้คนอื่นตรวจ').waitFor()
    await check(page, '06-list-own-entry')
    await page.context().close()
  })

  it('a second officer checks it and confirms; the registrant is told by e-mail', async () => {
    const page = await officerPage('napa.c')
    await page.getByRole('link', { name: 'ลงทะเบียนที่เคาน์เตอร์' }).first().click()
    await page.locator('tbody tr a.reference').first().click()
    assert.equal(page.url(), entryUrl)
    await page.getByText(formatThaiId(applicant)).waitFor()
    await check(page, '07-entry-to-check')
    await page.getByRole('button', { name: 'ยืนยันและสร้างทะเบียน' }).click()
    assert.match(await page.title(), /^ข้อผิดพลาด: /)
    await check(page, '08-confirm-error')
    await page.getByRole('button', { name: 'ปฏิเสธรายการ' }).click()
    assert.match(await page.title(), /^ข้อผิดพลาด: /)
    await check(page, '09-reject-error')
    await page.getByLabel('ข้าพเจ้าตรวจข้อมูลทุกรายการกับเอกสารแล้ว และตรงกัน').check()
    await page.getByRole('button', { name: 'ยืนยันและสร้างทะเบียน' }).click()
    await page.locator('[data-notice="confirmed"]').waitFor()
    await check(page, '10-confirmed')
    await page.getByRole('link', { name: 'เปิดหน้าผู้ลงทะเบียน' }).first().click()
    await page.getByRole('heading', { level: 1, name: 'นางบัวผัน ริมโขง' }).waitFor()
    assert.ok((await page.getByText('จากเคาน์เตอร์').count()) > 0)
    await check(page, '11-registrant')
    // The outbox worker delivers within a few seconds.
    // The registration's own e-mail (the satisfaction survey's invitation goes to them too).
    const registered = page
      .locator('tbody tr', { hasText: email })
      .filter({ hasText: 'Registered at the customs counter' })
    for (let attempt = 0; attempt < 60; attempt++) {
      await page.goto(`${server.baseUrl}/dev/mail`)
      if ((await registered.count()) > 0) break
      await page.waitForTimeout(250)
    }
    await registered.first().locator('a').first().click()
    await page.getByText('ลงทะเบียนเป็นผู้นำเข้าและส่งออกที่เคาน์เตอร์').first().waitFor()
    await screenshot(page, 'counter-12-mail')
    await page.context().close()
  })

  it('an auditor filters and exports the trail, and verifies it', async () => {
    const page = await officerPage('preecha.a')
    await check(page, '13-home-auditor')
    await page.getByRole('link', { name: 'บันทึกการตรวจสอบ (audit)' }).first().click()
    await page.locator('[data-events]').waitFor()
    await check(page, '14-events')
    await page.getByLabel('รายการ (action)').fill('counter.*')
    await page.getByRole('button', { name: 'กรอง', exact: true }).click()
    await page.locator('tr[data-action="counter.confirmed"]').waitFor()
    assert.equal(await page.locator('tr[data-action="registry.person_viewed"]').count(), 0)
    await check(page, '15-events-filtered')
    const exportHref = (await page.locator('[data-export]').getAttribute('href')) ?? ''
    const csv = await page.request.get(`${server.baseUrl}${exportHref}`)
    assert.equal(csv.status(), 200)
    const text = await csv.text()
    assert.match(text, /^\ufeff?seq,occurred_at,actor_type/)
    assert.ok(text.includes('counter.confirmed'))
    await page.getByLabel('ตั้งแต่วันที่').fill('31/2/2569')
    await page.getByRole('button', { name: 'กรอง', exact: true }).click()
    assert.match(await page.title(), /^ข้อผิดพลาด: /)
    await check(page, '16-events-error')
    await page.getByRole('link', { name: 'ตรวจความครบถ้วนของบันทึก' }).first().click()
    await check(page, '17-verify')
    await page.getByRole('button', { name: 'ตรวจตอนนี้' }).click()
    await page.locator('[data-verified="ok"]').waitFor()
    await check(page, '18-verified')
    await page.goto(`${server.baseUrl}${OFFICER_PATHS.auditEvents}?lang=en&action=audit.*`)
    await page.locator('[data-events]').waitFor()
    await check(page, '19-events-english')
    await page.goto(`${server.baseUrl}${OFFICER_PATHS.counter}`)
    await check(page, '20-counter-forbidden')
    await page.context().close()
  })
})
