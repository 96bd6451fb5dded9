import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { loadConfig } from '../../src/config.js'
import { RISK_PATHS } from '../../src/features/back-office/risk/paths.js'
import { loadReportDemo, REPORT_PATHS } from '../../src/features/risk-report/index.js'
import { openPglite } from '../../src/platform/db/database.js'
import { migrate } from '../../src/platform/db/migrate.js'
import { newId } from '../../src/platform/ids.js'
import {
  axeViolations,
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  type RunningServer,
} from './harness.js'
import { enrolAndSignIn, officerAwaitingEnrolment } from './officers.js'

// An integrity officer copies last year's register, binds an indicator, previews, changes the
// matrix, approves and publishes; the public report is frozen; the A4 print page is looked at.

let server: RunningServer
let browser: Browser
let link = ''
const PASSWORD = 'ทะเบียนความเสี่ยงการทุจริต 2566 ฉบับอนุมัติ'

before(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ctp-e2e-risk-'))
  loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir, LOG_LEVEL: 'silent' })
  const database = await openPglite(dataDir)
  await migrate(database)
  await loadReportDemo(database.db, newId())
  link = await officerAwaitingEnrolment(database.db, {
    username: 'sujarit.t',
    name: 'สุจริต ตรงไป',
    unit: 'กลุ่มงานคุ้มครองจริยธรรม',
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
  await screenshot(page, `risk/${name}`)
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`)
}

describe('the corruption-risk report in a browser', () => {
  it('copies, binds, previews, changes the matrix, approves, publishes; the public report is frozen', async () => {
    const context = await newContext(browser, 'desktop')
    const page = await context.newPage()
    await enrolAndSignIn(page, server.baseUrl, { link, username: 'sujarit.t', password: PASSWORD })
    await page.goto(`${server.baseUrl}${RISK_PATHS.registers}`)
    await check(page, '01-registers')
    await page.getByRole('button', { name: 'คัดลอกเป็นปีถัดไป' }).first().click()
    await page.getByText('คัดลอกจากทะเบียนปีก่อนแล้ว').waitFor()
    assert.match(await page.locator('main').innerText(), /ปีงบประมาณ พ.ศ. 2567/)
    await check(page, '02-copy')

    await page.locator('#key').fill('registrations')
    await page.locator('#metric').selectOption('registrations')
    await page.locator('#asOf').fill('31/02/2566')
    await page.getByRole('button', { name: 'ผูกตัวชี้วัด' }).click()
    assert.match(await page.title(), /^ข้อผิดพลาด: /)
    await check(page, '03-bind-error')
    await page.locator('#asOf').fill('24/01/2566')
    await page.getByRole('button', { name: 'ผูกตัวชี้วัด' }).click()
    await page.getByText('ผูกตัวชี้วัดแล้ว').waitFor()

    await page.getByRole('link', { name: 'ดูตัวอย่างรายงาน (ตัวเลข ณ ขณะนี้)' }).click()
    await page.getByRole('heading', { level: 1, name: 'ตัวอย่างรายงาน' }).waitFor()
    await page.locator('table.risk-table').waitFor()
    const preview = await page.locator('main').innerText()
    assert.match(preview, /จำนวน 7,522 ราย \(ข้อมูลถึงวันที่ 24 มกราคม 2566\)/)
    assert.match(preview, /86\.77%/)
    assert.match(preview, /5,963 คน คิดเป็นร้อยละ 95\.72 ของจำนวนเจ้าหน้าที่ศุลกากรทั้งหมด 6,229 คน/)
    assert.equal(await page.locator('td.risk-level', { hasText: 'ปานกลาง' }).count(), 2)
    await check(page, '04-preview')

    await page.getByRole('link', { name: 'กลับไปที่ทะเบียน' }).click()
    await page.locator('#likelihood').selectOption('2')
    await page.locator('#impact').selectOption('3')
    await page.locator('#level').selectOption('very_high')
    await page.getByRole('button', { name: 'เปลี่ยนระดับของช่อง' }).click()
    await page.getByText('เปลี่ยนระดับแล้ว').waitFor()
    await page.getByRole('link', { name: 'ดูตัวอย่างรายงาน (ตัวเลข ณ ขณะนี้)' }).click()
    await page.getByRole('heading', { level: 1, name: 'ตัวอย่างรายงาน' }).waitFor()
    await page.locator('table.risk-table').waitFor()
    assert.equal(await page.locator('td.risk-level', { hasText: 'สูงมาก' }).count(), 1)
    await page.getByRole('link', { name: 'กลับไปที่ทะเบียน' }).click()
    await page.locator('#likelihood').selectOption('2')
    await page.locator('#impact').selectOption('3')
    await page.locator('#level').selectOption('medium')
    await page.getByRole('button', { name: 'เปลี่ยนระดับของช่อง' }).click()
    await page.getByText('เปลี่ยนระดับแล้ว').waitFor()

    await page.locator('#approverName').fill('นายสุจริต ตรงไป ผู้อำนวยการ')
    await page.locator('#memoReference').fill('กค 0501/ว 12')
    await page.getByRole('button', { name: 'อนุมัติรายงาน' }).click()
    await page.getByText('อนุมัติรายงานฉบับที่ 1 แล้ว').waitFor()
    await page.getByRole('button', { name: 'เผยแพร่' }).click()
    await page.getByText('เผยแพร่แล้ว').first().waitFor()
    await check(page, '05-published')
    const href = (await page.getByRole('link', { name: 'เผยแพร่แล้ว' }).getAttribute('href')) ?? ''
    const id = href.split('/').pop() ?? ''
    await context.close()

    // The public: from the home page to the frozen report, the print page, the files.
    for (const lang of ['th', 'en'] as const) {
      const pub = await (await newContext(browser, lang === 'th' ? 'desktop' : 'phone')).newPage()
      await pub.goto(`${server.baseUrl}/?lang=${lang}`)
      await pub
        .getByRole('link', {
          name:
            lang === 'th'
              ? 'รายงานผลการบริหารจัดการความเสี่ยงการทุจริต'
              : 'Corruption-risk management reports',
        })
        .click()
      await check(pub, `06-list-${lang}`)
      await pub.locator(`a[href="${REPORT_PATHS.report(id)}"]`).click()
      const text = await pub.locator('main').innerText()
      assert.match(
        text,
        lang === 'th' ? /จำนวน 7,522 ราย/ : /7,522 importer\/exporter registrations/,
      )
      await check(pub, `07-report-${lang}`)
      await pub.context().close()
    }
    const print = await (
      await browser.newContext({ viewport: { width: 1123, height: 794 } })
    ).newPage()
    await print.goto(`${server.baseUrl}${REPORT_PATHS.print(id)}`)
    await print.evaluate(() => document.fonts.ready)
    const printed = await print.locator('main').innerText()
    assert.match(printed, /จำนวน ๗,๕๒๒ ราย \(ข้อมูลถึงวันที่ ๒๔ มกราคม ๒๕๖๖\)/)
    assert.match(printed, /ทั้งสิ้น ๕,๙๖๓ คน คิดเป็นร้อยละ ๙๕\.๗๒/)
    assert.ok(await print.evaluate(() => document.fonts.check('16px Sarabun', 'น้ำที่')))
    await check(print, '08-print-a4')
    const pdf = await fetch(`${server.baseUrl}${REPORT_PATHS.pdf(id)}`)
    assert.equal(pdf.status, 200, await pdf.clone().text())
    assert.equal(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
      '%PDF-',
    )
    await print.context().close()
  })
})
