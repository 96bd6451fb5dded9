import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import ExcelJS from 'exceljs'
import type { Browser, Page } from 'playwright-core'
import { loadConfig } from '../../src/config.js'
import { SERVICE_QUALITY_PATHS } from '../../src/features/back-office/service-quality/paths.js'
import { inviteToSurvey } from '../../src/features/survey/index.js'
import { openPglite } from '../../src/platform/db/database.js'
import { migrate } from '../../src/platform/db/migrate.js'
import { newId } from '../../src/platform/ids.js'
import { createPiiCrypto } from '../../src/platform/pii-crypto.js'
import { businessDate } from '../../src/platform/time.js'
import {
  axeViolations,
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  type RunningServer,
} from './harness.js'
import { enrolAndSignIn, officerAwaitingEnrolment } from './officers.js'

// Invitations are made before the server starts (PGlite has one writer), as the done pages make
// them; the route tests walk a real journey to its invitation. Here a respondent answers on a
// phone and a desktop, and an officer reads the results, charts and exports in a browser.

let server: RunningServer
let browser: Browser
let officerLink = ''
const links: string[] = []
const PASSWORD = 'คุณภาพบริการ ศุลกากร 2569'

before(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ctp-e2e-survey-'))
  const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir, LOG_LEVEL: 'silent' })
  const database = await openPglite(dataDir)
  await migrate(database)
  const deps = {
    crypto: createPiiCrypto({ encryption: config.secrets.encryption, hmac: config.secrets.hmac }),
    publicBaseUrl: config.publicBaseUrl,
  }
  for (const struggled of [false, false, true]) {
    const journeyId = newId()
    if (struggled) {
      const at = new Date()
      for (const [event, step] of [
        ['started', null],
        ['step_error', 'details'],
      ] as const)
        await database.db
          .insertInto('journey_events')
          .values({
            id: newId(),
            journey_id: journeyId,
            journey_kind: 'person',
            event,
            step,
            channel: 'online',
            occurred_at: at,
            business_date: businessDate(at),
          })
          .execute()
    }
    const link = await inviteToSurvey(database.db, deps, {
      journeyId,
      kind: 'person',
      channel: 'online',
      email: null,
      locale: 'th',
    })
    assert.ok(link)
    links.push(link.path)
  }
  // A help-desk ticket resolved (the jobs invite it in the app): counted apart from registration.
  const helpdesk = await inviteToSurvey(database.db, deps, {
    journeyId: newId(),
    kind: 'helpdesk',
    channel: 'online',
    email: null,
    locale: 'th',
  })
  assert.ok(helpdesk)
  links.push(helpdesk.path)
  officerLink = await officerAwaitingEnrolment(database.db, {
    username: 'wipa.k',
    name: 'วิภา คุณภาพ',
    unit: 'ส่วนพัฒนาคุณภาพการให้บริการ',
    roles: ['service_quality'],
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
  await screenshot(page, `survey/${name}`)
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`)
}

async function answer(page: Page, levels: Record<string, string>): Promise<void> {
  for (const [question, level] of Object.entries(levels))
    await page.locator(`input[name="q_${question}"][value="${level}"]`).check()
}

describe('the satisfaction survey in a browser', () => {
  it('a respondent on a phone answers in Thai, once (errors named, a second answer refused)', async () => {
    const page = await (await newContext(browser, 'phone')).newPage()
    await page.goto(`${server.baseUrl}${links[0]}`)
    await check(page, 'phone-th-01-form')
    await page.getByRole('button', { name: 'ส่งคำตอบ' }).click()
    assert.match(await page.title(), /^ข้อผิดพลาด: /)
    await check(page, 'phone-th-02-errors')
    await answer(page, { ease: '5', clarity: '4', speed: '4', overall: '5' })
    await page.getByLabel(/ข้อเสนอแนะเพิ่มเติม/).fill('สะดวกมาก ติดต่อ 089-123-4567')
    await page.getByRole('button', { name: 'ส่งคำตอบ' }).click()
    await page.locator('[data-survey-state="thanks"]').waitFor()
    await check(page, 'phone-th-03-thanks')
    await page.goto(`${server.baseUrl}${links[0]}`)
    await page.locator('[data-survey-state="used"]').waitFor()
    await check(page, 'phone-th-04-already-answered')
  })

  it('a respondent who struggled is asked about that step (English, desktop)', async () => {
    const page = await (await newContext(browser, 'desktop')).newPage()
    await page.goto(`${server.baseUrl}${links[2]}?lang=en`)
    await page.locator('[data-step-question="details"]').waitFor()
    await check(page, 'desktop-en-01-step-question')
    await answer(page, { ease: '3', clarity: '4', speed: '4', overall: 'none', step: '2' })
    await page.getByRole('button', { name: 'Send my answers' }).click()
    await page.locator('[data-survey-state="thanks"]').waitFor()
    await check(page, 'desktop-en-02-thanks')
  })

  it('a respondent whose help-desk request was resolved answers about the help desk (phone)', async () => {
    const page = await (await newContext(browser, 'phone')).newPage()
    await page.goto(`${server.baseUrl}${links[3]}?lang=en`)
    await page.locator('[data-survey-kind="helpdesk"]').waitFor()
    await check(page, 'phone-en-helpdesk-form')
    await page.goto(`${server.baseUrl}${links[3]}?lang=th`)
    await check(page, 'phone-th-helpdesk-form')
    await answer(page, { ease: '1', clarity: '1', speed: '2', overall: '1' })
    await page.getByRole('button', { name: 'ส่งคำตอบ' }).click()
    await page.locator('[data-survey-state="thanks"]').waitFor()
  })

  it('an officer reads the results, charts and exports, the settings and the questions', async () => {
    const page = await (await newContext(browser, 'desktop')).newPage()
    await enrolAndSignIn(page, server.baseUrl, {
      link: officerLink,
      username: 'wipa.k',
      password: PASSWORD,
    })
    await page.goto(`${server.baseUrl}${SERVICE_QUALITY_PATHS.surveyResults}`)
    assert.equal(await page.locator('[data-answered]').textContent(), '2')
    // 8 level answers and one "no opinion": 6 of 7 chosen levels in the top two = 85.71 %.
    assert.match((await page.locator('[data-top-two]').textContent()) ?? '', /^85\.71%/)
    assert.equal(await page.locator('svg[role="img"]').count(), 2)
    await check(page, 'desktop-th-results')
    // The help desk's answer is not in the registration's figures; the officer chooses it.
    await page.getByLabel('งานบริการที่นับ').selectOption('helpdesk')
    await page.getByRole('button', { name: 'แสดงผล' }).click()
    await page.locator('[data-footnote-kind="helpdesk"]').waitFor()
    assert.equal(await page.locator('[data-answered]').textContent(), '1')
    await check(page, 'desktop-th-results-helpdesk')
    await page.goto(
      `${server.baseUrl}${SERVICE_QUALITY_PATHS.surveyResults}?from=32/1/2569&to=1/1/2569`,
    )
    await check(page, 'desktop-th-results-error')
    await page.goto(`${server.baseUrl}${SERVICE_QUALITY_PATHS.surveyResults}?lang=en`)
    await check(page, 'desktop-en-results')
    const xlsx = await page
      .context()
      .request.get(`${server.baseUrl}${SERVICE_QUALITY_PATHS.surveyResultsXlsx}`)
    assert.equal(xlsx.status(), 200)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer)
    assert.equal(wb.worksheets[0]?.getRow(2).getCell(3).value, 2, 'answered, as on the page')
    await page.goto(`${server.baseUrl}${SERVICE_QUALITY_PATHS.surveyComments}?lang=th`)
    assert.match(
      (await page.locator('[data-comment]').first().textContent()) ?? '',
      /\[โทรศัพท์\/phone\]/,
    )
    await check(page, 'desktop-th-comments')
    await page.goto(`${server.baseUrl}${SERVICE_QUALITY_PATHS.settings}`)
    await check(page, 'desktop-th-settings')
    await page.goto(`${server.baseUrl}${SERVICE_QUALITY_PATHS.setting('survey.top2.base')}`)
    await page.getByRole('button', { name: 'บันทึกการแก้ไข' }).click()
    await check(page, 'desktop-th-setting-errors')
    await page.goto(`${server.baseUrl}${SERVICE_QUALITY_PATHS.surveyDefinition}`)
    await check(page, 'desktop-th-definition')
    // The same officer's pages at phone width: the tables scroll sideways, the charts shrink.
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto(`${server.baseUrl}${SERVICE_QUALITY_PATHS.surveyResults}?lang=th`)
    await check(page, 'phone-th-results')
    await page.goto(`${server.baseUrl}${SERVICE_QUALITY_PATHS.surveyResults}?lang=en`)
    await check(page, 'phone-en-results')
    await page.goto(`${server.baseUrl}${SERVICE_QUALITY_PATHS.surveyResults}?kind=helpdesk&lang=en`)
    assert.equal(await page.locator('[data-answered]').textContent(), '1')
    await check(page, 'phone-en-results-helpdesk')
  })
})
