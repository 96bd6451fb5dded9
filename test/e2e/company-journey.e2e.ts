import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { directorName, type JuristicPerson } from '../../src/features/registry-dbd/index.js'
import { businessDate } from '../../src/platform/time.js'
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

before(async () => {
  server = await startServer()
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await server?.stop()
})

const samples = sampleCompanies(1, 4)
function take(kind: Parameters<typeof samples.get>[0]): JuristicPerson {
  const c = samples.get(kind)?.shift()
  assert.ok(c)
  return c
}

/** Every page passes axe (WCAG 2.1 AA) and is kept as a screenshot. */
async function check(page: Page, name: string): Promise<void> {
  await screenshot(page, name)
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`)
}

/** On a phone: the bank simulator's page, approving as the person. */
async function approveInBank(phone: Page, nationalId: string, shot?: string): Promise<void> {
  await phone.getByRole('link', { name: 'เปิดแอปเป๋าตัง' }).click()
  await phone.getByLabel(/เลขประจำตัวประชาชน 13 หลัก/).fill(nationalId)
  await phone.locator('#outcome-approve').check()
  if (shot) await screenshot(phone, shot)
  await phone.getByRole('button', { name: /ยืนยัน/ }).click()
}

const INVITE = /\/register\/company\/sign\//
const ACCEPT = /\/authority\/accept\//

describe('company registration in Chromium', () => {
  it('two directors on two phones register the company, then grant a person authority that they accept', async () => {
    const c = take('two-sign')
    const [a, b] = c.directors
    assert.ok(a && b)
    const phoneA = await (await newContext(browser, 'phone')).newPage()
    await phoneA.goto(`${server.baseUrl}/register/company`)
    await check(phoneA, 'company-01-start')
    await phoneA.getByLabel(/ข้าพเจ้าได้อ่านและยอมรับ/).check()
    await phoneA.getByRole('button', { name: 'เริ่มลงทะเบียนนิติบุคคล' }).click()
    await phoneA.getByLabel('เลขทะเบียนนิติบุคคล').fill('12345')
    await phoneA.getByRole('button', { name: 'ค้นหาข้อมูลจาก DBD' }).click()
    await check(phoneA, 'company-02-id-error')
    await phoneA.getByLabel('เลขทะเบียนนิติบุคคล').fill(c.id)
    await phoneA.getByRole('button', { name: 'ค้นหาข้อมูลจาก DBD' }).click()
    await phoneA.waitForSelector('[data-precheck]')
    await check(phoneA, 'company-03-precheck')
    await phoneA.getByRole('button', { name: 'ถูกต้อง ดำเนินการต่อ' }).click()
    await check(phoneA, 'company-04-verify')
    await phoneA.getByRole('button', { name: 'ยืนยันตัวตนด้วยแอปเป๋าตัง' }).click()
    await approveInBank(phoneA, a.id, 'company-05-bank')
    await phoneA.waitForURL(/\/register\/company\/signers$/)
    await phoneA.getByRole('button', { name: 'บันทึกและส่งลิงก์ให้กรรมการ' }).click()
    await check(phoneA, 'company-06-signers-error')
    await phoneA.getByLabel(directorName(b), { exact: true }).check()
    await phoneA.getByLabel(`อีเมลของ ${directorName(b)}`).fill('director.b@example.com')
    await phoneA.getByRole('button', { name: 'บันทึกและส่งลิงก์ให้กรรมการ' }).click()
    await phoneA.getByLabel('ชื่อผู้ติดต่อ').fill('คุณสมศรี ติดต่อดี')
    await phoneA.getByLabel('อีเมลของบริษัท').fill('company@example.com')
    await phoneA.getByLabel('หมายเลขโทรศัพท์').fill('0812345678')
    await check(phoneA, 'company-07-contact')
    await phoneA.getByRole('button', { name: 'ดำเนินการต่อ' }).click()
    await phoneA
      .getByLabel('รหัสยืนยัน')
      .fill(await fromMailViewer(phoneA, server.baseUrl, 'company@example.com'))
    await phoneA.getByRole('button', { name: 'ยืนยันอีเมล' }).click()
    await check(phoneA, 'company-08-check')
    await phoneA.getByRole('button', { name: 'ยื่นคำขอ' }).click()
    await phoneA.waitForURL(/\/register\/company\/status$/)
    await check(phoneA, 'company-09-status-waiting')

    // Director B, on their own phone, from the e-mailed link.
    const phoneB = await (await newContext(browser, 'phone')).newPage()
    const invite = await fromMailViewer(phoneB, server.baseUrl, 'director.b@example.com', {
      subject: /กรรมการ/,
      link: INVITE,
    })
    await phoneB.goto(invite)
    await check(phoneB, 'company-10-director-b-invite')
    await phoneB.getByRole('button', { name: 'ยืนยันตัวตนด้วยแอปเป๋าตัง' }).click()
    await approveInBank(phoneB, b.id)
    await phoneB.waitForSelector('text=ยืนยันตัวตนเรียบร้อย ขอบคุณ')
    await check(phoneB, 'company-11-director-b-done')

    // Director A sees the decision.
    await phoneA.reload()
    await phoneA.waitForSelector('[data-application-status="approved"]')
    await phoneA.getByRole('link', { name: 'ดูผลการพิจารณา' }).click()
    await check(phoneA, 'company-12-approved')
    assert.equal(await phoneA.locator('[data-registration-number]').textContent(), c.id)

    // Director A signs in, acts for the company and grants authority.
    await phoneA.goto(`${server.baseUrl}/account/sign-in`)
    await phoneA.getByRole('button', { name: 'เข้าสู่ระบบด้วยเป๋าตัง' }).click()
    await approveInBank(phoneA, a.id)
    await phoneA.waitForURL(/\/account$/)
    await phoneA.getByRole('link', { name: /ดำเนินการในนามนิติบุคคล/ }).click()
    await check(phoneA, 'authority-01-act-for')
    await phoneA.getByLabel('เลขทะเบียนนิติบุคคล').fill(c.id)
    await phoneA.getByRole('button', { name: 'เข้าดำเนินการ' }).click()
    await check(phoneA, 'authority-02-company')
    await phoneA.getByRole('link', { name: 'มอบอำนาจให้บุคคล' }).click()
    await phoneA.getByRole('button', { name: 'บันทึกและให้กรรมการลงนาม' }).click()
    await check(phoneA, 'authority-03-grant-errors')
    const granteeId = withCheckDigit(`3${String(Date.now() % 1e11).padStart(11, '0')}`)
    await phoneA.getByLabel('เลขประจำตัวประชาชนของผู้รับมอบ').fill(granteeId)
    await phoneA.getByLabel('อีเมลของผู้รับมอบ').fill('grantee@example.com')
    await phoneA.getByLabel('ดำเนินพิธีการศุลกากร').check()
    await phoneA.getByLabel('ชำระอากร').check()
    const today = businessDate(new Date())
    await phoneA.getByLabel('สิ้นสุดวันที่').fill(`${Number(today.slice(0, 4)) + 1}${today.slice(4)}`)
    await phoneA.getByRole('button', { name: 'บันทึกและให้กรรมการลงนาม' }).click()
    await phoneA.getByLabel(directorName(b), { exact: true }).check()
    await phoneA.getByLabel(`อีเมลของ ${directorName(b)}`).fill('director.b@example.com')
    await check(phoneA, 'authority-04-signers')
    await phoneA.getByRole('button', { name: 'บันทึกและส่งลิงก์ให้กรรมการ' }).click()
    await phoneA.waitForSelector('[data-grant-status="awaiting_directors"]')

    // Director B signs the grant from the new e-mail.
    const grantInvite = await fromMailViewer(phoneB, server.baseUrl, 'director.b@example.com', {
      subject: /มอบอำนาจ/,
      link: INVITE,
    })
    await phoneB.goto(grantInvite)
    await check(phoneB, 'authority-05-director-b-sign')
    await phoneB.getByRole('button', { name: 'ยืนยันตัวตนด้วยแอปเป๋าตัง' }).click()
    await approveInBank(phoneB, b.id)
    await phoneB.waitForSelector('text=ยืนยันตัวตนเรียบร้อย ขอบคุณ')

    // The grantee accepts on their phone.
    const phoneG = await (await newContext(browser, 'phone')).newPage()
    const accept = await fromMailViewer(phoneG, server.baseUrl, 'grantee@example.com', {
      subject: /มอบอำนาจ/,
      link: ACCEPT,
    })
    await phoneG.goto(accept)
    await check(phoneG, 'authority-06-accept')
    await phoneG.getByRole('button', { name: 'ยืนยันตัวตนด้วยแอปเป๋าตังเพื่อรับมอบ' }).click()
    await approveInBank(phoneG, granteeId)
    await phoneG.waitForSelector('[data-outcome="accepted"]')
    await check(phoneG, 'authority-07-accepted')

    await phoneA.reload()
    await phoneA.waitForSelector('[data-grant-status="active"]')
    await check(phoneA, 'authority-08-company-with-grant')
  })

  it('a company with a non-Thai director is told why and where to go, on a desktop and in English', async () => {
    const c = take('foreign-director')
    const page = await (await newContext(browser, 'desktop')).newPage()
    await page.goto(`${server.baseUrl}/register/company?lang=en`)
    await page.getByLabel(/I have read and accept/).check()
    await page.getByRole('button', { name: 'Start the company registration' }).click()
    await page.getByLabel('Juristic ID').fill(c.id)
    await page.getByRole('button', { name: 'Look it up at DBD' }).click()
    await page.waitForSelector('[data-problem="foreign_director"]')
    await check(page, 'company-refused-foreign-director-en')
    assert.equal(await page.getByRole('button', { name: 'This is correct, continue' }).count(), 0)
  })

  it('error pages pass axe: a wrong code, an unknown invitation link, DBD unreachable', async () => {
    const c = take('one-signs')
    const page = await (await newContext(browser, 'phone')).newPage()
    await page.goto(`${server.baseUrl}/register/company/sign/not-a-real-invitation-token`)
    await check(page, 'company-invite-invalid')
    assert.match(await page.title(), /ลิงก์นี้ใช้ไม่ได้/)

    // DBD down: the portal says so and keeps what was typed.
    const down = await startServer({ DBD_BASE_URL: 'http://127.0.0.1:9', DBD_RETRIES: '0' })
    try {
      await page.goto(`${down.baseUrl}/register/company`)
      await page.getByLabel(/ข้าพเจ้าได้อ่านและยอมรับ/).check()
      await page.getByRole('button', { name: 'เริ่มลงทะเบียนนิติบุคคล' }).click()
      await page.getByLabel('เลขทะเบียนนิติบุคคล').fill(c.id)
      await page.getByRole('button', { name: 'ค้นหาข้อมูลจาก DBD' }).click()
      await page.waitForSelector('[data-dbd-unavailable]')
      await check(page, 'company-dbd-unavailable')
      await page.getByRole('link', { name: 'ลองอีกครั้ง' }).click()
      assert.equal(await page.getByLabel('เลขทะเบียนนิติบุคคล').inputValue(), c.id)
    } finally {
      await down.stop()
    }
  })

  it('the DBD simulator page and the published company rules pass axe', async () => {
    const page = await (await newContext(browser, 'desktop')).newPage()
    await page.goto(`${server.baseUrl}/simulators/dbd`)
    await check(page, 'dbd-simulator')
    await page.goto(`${server.baseUrl}/rules/company`)
    await check(page, 'company-rules')
  })
})
