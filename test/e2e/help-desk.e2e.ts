import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { openPglite } from '../../src/platform/db/database.js'
import { migrate } from '../../src/platform/db/migrate.js'
import {
  axeViolations,
  fromMailViewer,
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  type RunningServer,
} from './harness.js'
import { enrolAndSignIn, officerAwaitingEnrolment } from './officers.js'

let server: RunningServer
let browser: Browser
const links = { desk: '', integrity: '' }
const PASSWORD = 'ช่วยเหลือผู้ใช้ บริการดี 2569'
const EMAIL = 'somchai.helpme@example.com'

before(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ctp-e2e-helpdesk-'))
  const database = await openPglite(dataDir)
  await migrate(database)
  links.desk = await officerAwaitingEnrolment(database.db, {
    username: 'malee.h',
    name: 'มาลี ช่วยเหลือ',
    unit: 'ศูนย์บริการข้อมูลศุลกากร',
    roles: ['help_desk'],
  })
  links.integrity = await officerAwaitingEnrolment(database.db, {
    username: 'somsak.i',
    name: 'สมศักดิ์ สุจริต',
    unit: 'ศูนย์ปฏิบัติการต่อต้านการทุจริต',
    roles: ['integrity_risk'],
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
  await screenshot(page, `help-desk/${name}`)
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`)
}

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
])

describe('the help desk in Chromium', () => {
  it('walks a guest from an error page to a closed ticket, and the sealed queue', async () => {
    const phone = await (await newContext(browser, 'phone')).newPage()
    const base = server.baseUrl

    await phone.goto(`${base}/`)
    assert.ok(await phone.locator('footer a[href="/contact"]').count())
    await phone.goto(`${base}/contact`)
    await check(phone, 'contact-phone-th')

    // An error page offers the help form, carrying its reference.
    await phone.goto(`${base}/no-such-page`)
    const errorRef = (await phone.locator('[data-reference]').textContent())?.trim() ?? ''
    await phone.locator('main [data-help-link]').click()
    await phone.locator('[data-origin]').waitFor()
    assert.ok(((await phone.locator('[data-origin]').textContent()) ?? '').includes(errorRef))
    await check(phone, 'form-phone-th')

    // Every field named; then a file that is not what its name says.
    await phone.getByRole('button', { name: 'ส่งเรื่อง' }).click()
    await phone.locator('[data-error-summary]').waitFor()
    await check(phone, 'form-errors-phone-th')
    await phone.getByLabel('ปัญหาทางเทคนิค').check()
    await phone.getByLabel('หัวข้อ').fill('หน้าตรวจสอบข้อมูลแสดงข้อผิดพลาด')
    await phone.getByLabel('รายละเอียด').fill('กดส่งใบสมัครแล้วขึ้นหน้าข้อผิดพลาด ลองสองครั้งแล้ว')
    await phone.getByLabel('อีเมลสำหรับรับคำตอบ').fill(EMAIL)
    await phone.getByLabel('ไฟล์แนบ (ถ้ามี)').setInputFiles({
      name: 'screen.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('just text'),
    })
    await phone.getByRole('button', { name: 'ส่งเรื่อง' }).click()
    await phone.getByText('ไฟล์แนบต้องเป็น PDF, JPEG หรือ PNG').first().waitFor()
    assert.equal(
      await phone.getByLabel('หัวข้อ').inputValue(),
      'หน้าตรวจสอบข้อมูลแสดงข้อผิดพลาด',
      'nothing typed is lost',
    )
    await check(phone, 'form-bad-file-phone-th')
    await phone
      .getByLabel('ไฟล์แนบ (ถ้ามี)')
      .setInputFiles({ name: 'screen.png', mimeType: 'image/png', buffer: PNG })
    await phone.getByRole('button', { name: 'ส่งเรื่อง' }).click()
    await phone.locator('[data-sent]').waitFor()
    const reference = (await phone.locator('[data-reference]').textContent())?.trim() ?? ''
    assert.match(reference, /^[0-9A-Z]{8}-[0-9A-Z]$/)
    await check(phone, 'sent-phone-th')

    // Following it from another browser: the reference, the address, the code by e-mail.
    const follower = await (await newContext(browser, 'phone')).newPage()
    await follower.goto(`${base}/help/follow?lang=en`)
    await check(follower, 'follow-phone-en')
    await follower.getByLabel('Reference').fill(reference.toLowerCase())
    await follower.getByLabel('E-mail address').fill(EMAIL)
    await follower.getByRole('button', { name: 'Continue' }).click()
    await follower.getByLabel('6-digit code').waitFor()
    await check(follower, 'code-phone-en')
    const code = await fromMailViewer(follower, base, EMAIL, { subject: /Code \d{6} to follow/ })
    await follower.getByLabel('6-digit code').fill(code)
    await follower.getByRole('button', { name: 'Continue' }).click()
    await follower.locator('[data-messages]').waitFor()
    await check(follower, 'ticket-phone-en')

    // The help desk answers with a canned answer, waiting for the reporter.
    const desk = await (await newContext(browser, 'desktop')).newPage()
    await enrolAndSignIn(desk, base, { link: links.desk, username: 'malee.h', password: PASSWORD })
    await desk.goto(`${base}/officer/help-desk`)
    await check(desk, 'inbox-desktop-th')
    await desk.getByRole('link', { name: reference }).click()
    await check(desk, 'officer-ticket-desktop-th')
    await desk.getByLabel('คำตอบสำเร็จรูป').selectOption({ label: 'ขอข้อมูลเพิ่มเติม' })
    await desk.getByRole('button', { name: 'ใช้คำตอบนี้' }).click()
    assert.match(
      await desk.getByLabel('ตอบผู้แจ้ง (ส่งทางอีเมล)').inputValue(),
      /กรุณาแจ้งรายละเอียดเพิ่มเติม/,
    )
    await desk.getByLabel('รอคำตอบจากผู้แจ้ง (หยุดนับเวลา)').check()
    await desk.getByRole('button', { name: 'ส่งคำตอบ' }).click()
    await desk.locator('[data-status="pending"]').waitFor()

    // The reporter replies: the ticket opens again; the desk resolves it.
    await follower.reload()
    await follower
      .getByLabel('Reply')
      .fill('It happened at 10:15 on the check page, after pressing Send.')
    await follower.getByRole('button', { name: 'Send reply' }).click()
    await follower.locator('[data-status="open"]').waitFor()
    await desk.reload()
    await desk.getByLabel('ตอบผู้แจ้ง (ส่งทางอีเมล)').fill('แก้ไขแล้ว ลองส่งใบสมัครอีกครั้งได้เลย')
    await desk.getByLabel('แก้ไขแล้ว (ปิดอัตโนมัติใน 7 วัน)').check()
    await desk.getByRole('button', { name: 'ส่งคำตอบ' }).click()
    await desk.locator('[data-status="resolved"]').waitFor()
    await desk.goto(`${base}/officer/help-desk/statistics`)
    await check(desk, 'statistics-desktop-th')
    await desk.goto(`${base}/officer/help-desk/settings`)
    await check(desk, 'settings-desktop-th')

    // The holiday calendar: a bad holiday named field by field, then next year's added, removed.
    const next = new Date().getUTCFullYear() + 1
    await desk.getByRole('link', { name: 'วันหยุดราชการ (ปฏิทินสำหรับนับเวลาทำการ)' }).click()
    await desk.locator('[data-holidays]').waitFor()
    await check(desk, 'holidays-desktop-th')
    await desk.goto(`${base}/officer/help-desk/settings/holidays?year=${next}`)
    await desk.getByLabel('ชื่อวันหยุด (ไทย)').fill('Makha Bucha')
    await desk.getByRole('button', { name: 'เพิ่มวันหยุด' }).click()
    await desk.locator('[data-error-summary]').waitFor()
    assert.equal(await desk.locator('.error-summary__list li').count(), 4)
    assert.equal(await desk.getByLabel('ชื่อวันหยุด (ไทย)').inputValue(), 'Makha Bucha')
    await check(desk, 'holidays-errors-desktop-th')
    await desk.getByLabel('วันที่', { exact: true }).fill(`17/9/${next + 543}`)
    await desk.getByLabel('ชื่อวันหยุด (ไทย)').fill('วันหยุดพิเศษ')
    await desk.getByLabel('ชื่อวันหยุด (อังกฤษ)').fill('Special holiday')
    await desk.getByLabel('แหล่งที่มา (เช่น มติคณะรัฐมนตรี วันที่)').fill('มติคณะรัฐมนตรี (ทดสอบ)')
    await desk.getByRole('button', { name: 'เพิ่มวันหยุด' }).click()
    await desk.locator('[data-done="added"]').waitFor()
    await desk.setViewportSize({ width: 360, height: 800 })
    await check(desk, 'holidays-added-phone-th')
    await desk.locator(`tr[data-day="${next}-09-17"]`).getByRole('button').click()
    await desk.locator('[data-done="removed"]').waitFor()
    assert.equal(await desk.locator(`tr[data-day="${next}-09-17"]`).count(), 0)

    // The SLA targets: a resolution shorter than the first reply and no reason, then saved.
    await desk.goto(`${base}/officer/help-desk/settings/targets?lang=en`)
    await check(desk, 'targets-phone-en')
    await desk.setViewportSize({ width: 1280, height: 900 })
    await desk.getByLabel('Resolution: Technical problem').fill('2')
    await desk.getByRole('button', { name: 'Save targets' }).click()
    await desk.locator('[data-error-summary]').waitFor()
    assert.equal(await desk.getByLabel('Resolution: Technical problem').inputValue(), '2')
    await check(desk, 'targets-errors-desktop-en')
    await desk.getByLabel('Resolution: Technical problem').fill('16')
    await desk
      .getByLabel('Why you change them (kept in the history)')
      .fill('Faster fixes (memo 12)')
    await desk.getByRole('button', { name: 'Save targets' }).click()
    await desk.locator('[data-saved]').waitFor()
    assert.match((await desk.locator('[data-history]').textContent()) ?? '', /24 → 16 h/)
    await check(desk, 'targets-saved-desktop-en')
    await desk.goto(`${base}/officer/help-desk/settings/targets?lang=th`)
    await desk.getByLabel('แก้ไขเสร็จ: ปัญหาทางเทคนิค').waitFor()
    await check(desk, 'targets-desktop-th')

    // An anonymous corruption complaint: a phrase shown once; the help desk cannot see it.
    const reporter = await (await newContext(browser, 'desktop')).newPage()
    await reporter.goto(`${base}/help/new?lang=en`)
    await reporter.getByLabel('Complaint about corruption or misconduct').check()
    await reporter.getByLabel('Subject').fill('Money asked at the counter')
    await reporter
      .getByLabel('Details')
      .fill('An officer asked for money to speed up the registration.')
    await reporter.getByRole('button', { name: 'Send' }).click()
    await reporter.locator('[data-phrase]').waitFor()
    const complaint = (await reporter.locator('[data-reference]').textContent())?.trim() ?? ''
    await check(reporter, 'sent-anonymous-desktop-en')
    const sealed = await desk.goto(`${base}/officer/help-desk/sealed`)
    assert.equal(sealed?.status(), 403)
    await desk.goto(`${base}/officer/help-desk`)
    assert.equal(await desk.getByRole('link', { name: complaint }).count(), 0)

    const integrity = await (await newContext(browser, 'desktop')).newPage()
    await enrolAndSignIn(integrity, base, {
      link: links.integrity,
      username: 'somsak.i',
      password: PASSWORD,
    })
    await integrity.goto(`${base}/officer/help-desk/sealed?lang=en`)
    await check(integrity, 'sealed-inbox-desktop-en')
    await integrity.getByRole('link', { name: complaint }).click()
    const id = /tickets\/([0-9a-f-]{36})/.exec(integrity.url())?.[1] ?? ''
    assert.equal((await desk.goto(`${base}/officer/help-desk/tickets/${id}`))?.status(), 404)
    await check(desk, 'not-found-desktop-th')
    await integrity.getByRole('button', { name: 'Reveal' }).click()
    await integrity.locator('[data-error-summary]').waitFor()
    await check(integrity, 'reveal-error-desktop-en')
    await integrity
      .getByLabel('Why you need to see it (recorded)')
      .fill('Preparing the disciplinary inquiry file')
    await integrity.getByRole('button', { name: 'Reveal' }).click()
    await integrity.locator('[data-revealed]').waitFor()
    assert.match((await integrity.locator('[data-revealed]').textContent()) ?? '', /anonymous/)
    await check(integrity, 'revealed-desktop-en')

    // Eight days later the job has closed it.
    const clock = await (await newContext(browser, 'desktop')).newPage()
    await clock.goto(`${base}/simulators/clock`)
    await clock.getByLabel('จำนวนวัน').fill('8')
    await clock.getByRole('button', { name: 'เลื่อนนาฬิกาและทำงานที่ถึงกำหนด' }).click()
    await clock.getByText(/งานที่ทำไปเมื่อเลื่อนนาฬิกา:.*helpdesk\.sla/).waitFor()
    await screenshot(clock, 'help-desk/clock-moved')
    // The days moved on expire the follower's session too: the signed link of an e-mail opens it.
    const link = await fromMailViewer(follower, base, EMAIL, {
      subject: /An answer to/,
      link: /\/help\/t\//,
    })
    await follower.goto(link.startsWith('http') ? link : `${base}${link}`)
    await follower.locator('[data-status="closed"]').waitFor()
    await check(follower, 'ticket-closed-phone-en')
  })
})
