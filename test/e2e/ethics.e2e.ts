import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { loadConfig } from '../../src/config.js'
import { ETHICS_PATHS } from '../../src/features/back-office/ethics/paths.js'
import {
  sampleStaffCsv,
  sampleUnitsCsv,
  staffRow,
  STAFF_HEADER,
} from '../../src/features/ethics/test-support/directory-files.js'
import { openPglite } from '../../src/platform/db/database.js'
import { migrate } from '../../src/platform/db/migrate.js'
import { addBusinessDays, businessDate } from '../../src/platform/time.js'
import {
  axeViolations,
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  type RunningServer,
} from './harness.js'
import { enrolAndSignIn, officerAwaitingEnrolment } from './officers.js'

// Issue 20's walk: an integrity officer imports the directory, publishes a code version and
// launches a campaign to two units; an officer signs in through the SSO SIMULATOR (phone) and
// signs; a second signature is refused; progress by unit moves; the jobs clock moves a week and
// the reminders reach the others only. axe on every page, screenshots in ethics/.

let server: RunningServer
let browser: Browser
let link = ''
const PASSWORD = 'ประมวลจริยธรรม 2566 รับทราบและถือปฏิบัติ'

async function freePort(): Promise<number> {
  const s = createServer()
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r))
  const a = s.address()
  await new Promise<void>((r) => s.close(() => r()))
  if (a === null || typeof a === 'string') throw new Error('no port')
  return a.port
}

before(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ctp-e2e-ethics-'))
  loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir, LOG_LEVEL: 'silent' })
  const database = await openPglite(dataDir)
  await migrate(database)
  link = await officerAwaitingEnrolment(database.db, {
    username: 'somsri.i',
    name: 'สมศรี คุณธรรม',
    unit: 'กองพัฒนาระบบบริหารจัดการ',
    roles: ['integrity_risk'],
  })
  await database.close()
  server = await startServer({
    DATA_DIR: dataDir,
    STAFF_SSO_SIMULATOR_PORT: String(await freePort()),
  })
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await server?.stop()
})

async function check(page: Page, name: string): Promise<void> {
  await screenshot(page, `ethics/${name}`)
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`)
}

const file = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text, 'utf8'),
})

describe('an ethics acknowledgement campaign, end to end', () => {
  it('runs from the directory import to the reminders', async () => {
    const desk = await newContext(browser, 'desktop')
    const io = await desk.newPage()
    await enrolAndSignIn(io, server.baseUrl, { link, username: 'somsri.i', password: PASSWORD })
    // 1. The directory: units, a bad officers file (lines named, nothing imported), the good one.
    await io.getByRole('link', { name: 'ทะเบียนเจ้าหน้าที่' }).first().click()
    await check(io, '01-directory-empty')
    await io.locator('#unitsFile').setInputFiles(file('units.csv', sampleUnitsCsv()))
    await io.getByRole('button', { name: 'นำเข้าหน่วยงาน' }).click()
    await io.locator('[data-imported="units"]').waitFor()
    const bad = [
      STAFF_HEADER,
      staffRow(1),
      staffRow(2, { unit: 'NOPE' }),
      staffRow(3, { status: 'x' }),
    ].join('\n')
    await io.locator('#staffFile').setInputFiles(file('bad.csv', bad))
    await io.getByRole('button', { name: 'นำเข้าเจ้าหน้าที่' }).click()
    assert.match(await io.title(), /^ข้อผิดพลาด: /)
    assert.deepEqual(await io.locator('[data-line]').allInnerTexts(), ['3', '4'])
    await check(io, '02-directory-rejected')
    await io.locator('#staffFile').setInputFiles(file('hr.csv', sampleStaffCsv(20)))
    await io.getByRole('button', { name: 'นำเข้าเจ้าหน้าที่' }).click()
    await io.locator('[data-imported="staff"]').waitFor()
    await check(io, '03-directory-imported')
    // 2. A version of the code of ethics.
    await io.goto(`${server.baseUrl}${ETHICS_PATHS.codes}`)
    await io.getByLabel('ชื่อ (ภาษาไทย)').fill('ประมวลจริยธรรมข้าราชการกรมศุลกากร พ.ศ. 2565')
    await io.getByLabel('ชื่อ (ภาษาอังกฤษ)').fill('Customs Code of Ethics B.E. 2565')
    await io.getByLabel('วันที่มีผล').fill('23/12/2565')
    await io
      .getByLabel('เนื้อหา (ภาษาไทย)')
      .fill('ข้าราชการกรมศุลกากรพึงยึดมั่นในความซื่อสัตย์สุจริต\nและไม่แสวงหาประโยชน์โดยมิชอบ')
    await io
      .getByLabel('เนื้อหา (ภาษาอังกฤษ)')
      .fill('Customs officers act with integrity\nand never seek an undue benefit.')
    await io.getByRole('button', { name: 'เผยแพร่' }).click()
    await io.locator('[data-published="1"]').waitFor()
    await check(io, '04-code-published')
    // 3. A campaign to two units (B1 with its offices, and the container customs house).
    await io.goto(`${server.baseUrl}${ETHICS_PATHS.newCampaign}`)
    await io.getByRole('button', { name: 'เริ่มรายการ' }).click()
    assert.match(await io.title(), /^ข้อผิดพลาด: /)
    await check(io, '05-campaign-errors')
    const today = businessDate(new Date())
    await io.getByLabel('ชื่อรายการ (ภาษาไทย)').fill('การรับทราบประมวลจริยธรรม ประจำปี')
    await io.getByLabel('ชื่อรายการ (ภาษาอังกฤษ)').fill('Yearly code of ethics acknowledgement')
    await io.getByLabel('วันเริ่ม').fill(today)
    await io.getByLabel(/^วันสิ้นสุด/).fill(addBusinessDays(today, 30))
    await io.getByLabel(/^B1 /).check()
    await io.getByLabel(/^B2-H1 /).check()
    await io.getByLabel(/ข้าพเจ้ายืนยันการเริ่มรายการ/).check()
    await io.getByRole('button', { name: 'เริ่มรายการ' }).click()
    await io.locator('[data-overall]').waitFor()
    assert.match(await io.locator('[data-overall]').innerText(), /ลงนามแล้ว 0 จาก 12 คน/)
    await check(io, '06-progress-none')
    const progressUrl = io.url()

    // 4. An officer of the container customs house signs in through the SSO SIMULATOR, on a phone.
    const phone = await newContext(browser, 'phone')
    const me = await phone.newPage()
    await me.goto(`${server.baseUrl}/ethics?lang=en`)
    await me.getByText('SIMULATOR').first().waitFor()
    await check(me, '07-sso-simulator')
    await me.locator('#typed').fill('S000003')
    await me.getByRole('button', { name: /Sign in/ }).click()
    await me
      .getByRole('heading', { level: 1, name: 'My code of ethics acknowledgements' })
      .waitFor()
    await check(me, '08-mine-phone-en')
    await me.getByRole('link', { name: 'Yearly code of ethics acknowledgement' }).click()
    const second = await phone.newPage()
    await second.goto(me.url())
    await check(me, '09-acknowledge-phone-en')
    await me.getByRole('button', { name: /Sign: / }).click()
    await me.locator('[data-notice="signed"]').waitFor()
    await check(me, '10-signed-phone-en')
    // The same form from a second tab: refused, nothing stored again.
    await second.bringToFront()
    await second.getByRole('button', { name: /Sign: / }).click()
    await second.locator('[data-notice="already"]').waitFor()
    await check(second, '11-already-signed-phone-en')

    // 5. Progress by unit moves.
    await io.goto(progressUrl)
    assert.match(await io.locator('[data-overall]').innerText(), /ลงนามแล้ว 1 จาก 12 คน/)
    assert.equal(await io.locator('[data-signed="B2-H1"]').innerText(), '1')
    assert.equal(await io.locator('svg[role="img"] title').count(), 1)
    await check(io, '12-progress-one')

    // 6. A week later by the jobs clock: reminders to the others only.
    await io.goto(`${server.baseUrl}/simulators/clock`)
    await io.getByLabel('จำนวนวัน').fill('8')
    await io.getByRole('button', { name: 'เลื่อนนาฬิกาและทำงานที่ถึงกำหนด' }).click()
    const viewer = await desk.newPage()
    let rows: string[] = []
    for (let attempt = 0; attempt < 60; attempt++) {
      await viewer.goto(`${server.baseUrl}/dev/mail`)
      rows = await viewer.locator('tbody tr', { hasText: 'Reminder' }).allInnerTexts()
      if (rows.length >= 11) break
      await viewer.waitForTimeout(250)
    }
    assert.equal(rows.length, 11, 'eleven of the twelve have not signed')
    assert.ok(rows.some((r) => r.includes('officer1@customs.example')))
    assert.ok(!rows.some((r) => r.includes('officer3@customs.example')), 'not to the signer')
    await screenshot(viewer, 'ethics/13-reminders-in-mail-viewer')
    await desk.close()
    await phone.close()
  })
})
