import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { loadConfig } from '../../src/config.js'
import { RISK_PATHS } from '../../src/features/back-office/risk/paths.js'
import { insertRegister, seedRegister } from '../../src/features/risk-report/index.js'
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

// On a phone (360 px), in Thai and then in English, the integrity officer edits a draft register:
// adds a service and a risk event, sets the grid's cells, tries a level colour with too little
// contrast, and meets each page's errors. axe runs on every edit page and its error state.

let server: RunningServer
let browser: Browser
let link = ''
let registerId = ''
const PASSWORD = 'ทะเบียนความเสี่ยง แก้ไขโครงสร้าง 2567'

before(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ctp-e2e-risk-edit-'))
  loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir, LOG_LEVEL: 'silent' })
  const database = await openPglite(dataDir)
  await migrate(database)
  registerId = await database.db
    .transaction()
    .execute((trx) =>
      insertRegister(trx, seedRegister({ campaignId: null }), { officerId: newId() }),
    )
  link = await officerAwaitingEnrolment(database.db, {
    username: 'rabiab.k',
    name: 'ระเบียบ เคร่งครัด',
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
  await screenshot(page, `risk-edit/${name}`)
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`)
  // Nothing wider than the phone but inside a scrolling region (a wide table scrolls there).
  const wide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth
    return Array.from(document.querySelectorAll('main *'))
      .filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('[role=region]'))
      .map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className}`)
  })
  assert.deepEqual(wide, [], `${name} fits the phone's width`)
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  assert.ok(overflow <= 0, `${name} fits the phone's width (${overflow}px too wide)`)
}

const T = {
  th: {
    addService: 'เพิ่มบริการ',
    save: 'บันทึก',
    errorTitle: /^ข้อผิดพลาด: /,
    saved: 'บันทึกแล้ว',
    addRisk: 'เพิ่มเหตุการณ์ความเสี่ยงในขั้นตอนที่ 1',
    grid: 'แก้ไขระดับโอกาส ผลกระทบ ระดับความเสี่ยง และตาราง',
    veryHigh: 'สูงมาก',
    editLevel: 'แก้ไขระดับ ปานกลาง',
    contrast: /ต้องไม่น้อยกว่า 4\.5:1/,
    scales: 'แก้ไขจำนวนระดับและชื่อระดับ',
    back: 'กลับไปที่ระดับความเสี่ยงและตาราง',
    addControl: 'เพิ่มมาตรการในขั้นตอนที่ 2',
  },
  en: {
    addService: 'Add a service',
    save: 'Save',
    errorTitle: /^Error: /,
    saved: 'Saved',
    addRisk: 'Add a risk event to step 1',
    grid: 'Edit the likelihood and impact scales, the risk levels and the grid',
    veryHigh: 'Very high',
    editLevel: 'Edit the level Medium',
    contrast: /at least 4\.5:1 is needed/,
    scales: 'Edit the number of points and their names',
    back: 'Back to the levels and the grid',
    addControl: 'Add a measure to step 2',
  },
} as const

describe('editing the risk register on a phone, in Thai and English', () => {
  it('adds a service and a risk, edits the grid and a level, with errors and axe on each page', async () => {
    const context = await newContext(browser, 'phone')
    const page = await context.newPage()
    await enrolAndSignIn(page, server.baseUrl, { link, username: 'rabiab.k', password: PASSWORD })
    const register = `${server.baseUrl}${RISK_PATHS.register(registerId)}`
    for (const lang of ['th', 'en'] as const) {
      const t = T[lang]
      await page.goto(`${register}?lang=${lang}`)
      await check(page, `${lang}-01-register`)

      // A service: the empty form's errors, then saved.
      await page.getByRole('link', { name: t.addService, exact: true }).click()
      await page.getByRole('button', { name: t.save }).click()
      assert.match(await page.title(), t.errorTitle)
      await check(page, `${lang}-02-service-errors`)
      await page.locator('#nameTh').fill(`บริการตัวแทนออกของ ${lang}`)
      await page.locator('#nameEn').fill(`Customs broker service ${lang}`)
      await page.getByRole('button', { name: t.save }).click()
      await page.getByText(t.saved, { exact: true }).waitFor()

      // A risk event of step 1: missing points are named, then 5 × 5 is the highest level.
      await page.getByRole('link', { name: t.addRisk }).click()
      await check(page, `${lang}-03-risk`)
      await page.locator('#textTh').fill('รับสินบนเพื่ออนุมัติเร็วขึ้น')
      await page.locator('#textEn').fill('Bribes for a faster approval')
      await page.getByRole('button', { name: t.save }).click()
      assert.match(await page.title(), t.errorTitle)
      assert.equal(await page.locator('#likelihood').getAttribute('aria-invalid'), 'true')
      assert.equal(await page.locator('#textTh').inputValue(), 'รับสินบนเพื่ออนุมัติเร็วขึ้น')
      await check(page, `${lang}-04-risk-errors`)
      await page.locator('#likelihood').selectOption('5')
      await page.locator('#impact').selectOption('5')
      await page.getByRole('button', { name: t.save }).click()
      await page.getByText(t.saved, { exact: true }).waitFor()
      const text = await page.locator('main').innerText()
      assert.match(text, new RegExp(`Bribes for a faster approval|รับสินบนเพื่ออนุมัติเร็วขึ้น`))

      // The grid: one cell changed changes the level of the seed's first risk (2 × 3).
      await page.getByRole('link', { name: t.grid }).click()
      await check(page, `${lang}-05-grid`)
      await page.locator('#c2x3').selectOption(lang === 'th' ? 'very_high' : 'medium')
      await page.getByRole('button', { name: t.save }).click()
      await page.getByText(t.saved, { exact: true }).waitFor()
      const preview = await (await context.request.get(`${register}/preview`)).text()
      if (lang === 'th') assert.match(preview, /สูงมาก/)

      // A level's colour: too little contrast is refused next to the field, as typed.
      await page.goto(`${server.baseUrl}${RISK_PATHS.register(registerId)}/grid`)
      await page.getByRole('link', { name: t.editLevel }).click()
      await check(page, `${lang}-06-level`)
      await page.locator('input[name="colour"][value="custom"]').check()
      await page.locator('#customColour').fill('#444444')
      await page.locator('input[name="textColour"][value="#0b0c0c"]').check()
      await page.getByRole('button', { name: t.save }).click()
      assert.match(await page.locator('.error-summary').innerText(), t.contrast)
      assert.equal(await page.locator('#customColour').inputValue(), '#444444')
      await check(page, `${lang}-07-level-contrast-error`)
      await page.locator('input[name="colour"][value="#f9a825"]').check()
      await page.getByRole('button', { name: t.save }).click()
      await page.getByText(t.saved, { exact: true }).waitFor()

      // The scales' page and a measure's page with a bad evidence link.
      await page.getByRole('link', { name: t.scales }).click()
      await check(page, `${lang}-08-scales`)
      await page.getByRole('link', { name: t.back }).click()
      await page.getByRole('link', { name: t.scales }).waitFor()
      await page.goto(`${register}?lang=${lang}`)
      await page.getByRole('link', { name: t.addControl }).click()
      await page.locator('#textTh').fill('ตรวจสอบย้อนหลัง')
      await page.locator('#textEn').fill('Later checks')
      await page.locator('#evidenceUrl').fill('ftp://example')
      await page.getByRole('button', { name: t.save }).click()
      assert.equal(await page.locator('#evidenceUrl').getAttribute('aria-invalid'), 'true')
      await check(page, `${lang}-09-control-errors`)
    }
    await context.close()
  })
})
