import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import type { Browser, Page } from 'playwright-core'
import { loadConfig } from '../../src/config.js'
import { STATISTICS_OFFICER_PATHS } from '../../src/features/back-office/statistics/paths.js'
import { STATISTICS_PATHS } from '../../src/features/statistics/index.js'
import {
  seedDecisions,
  seedRegistrations,
} from '../../src/features/statistics/test-support/seed.repository.js'
import { openPglite } from '../../src/platform/db/database.js'
import { migrate } from '../../src/platform/db/migrate.js'
import { addBusinessDays, businessDate, formatNumber } from '../../src/platform/time.js'
import {
  axeViolations,
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  type RunningServer,
} from './harness.js'
import { enrolAndSignIn, officerAwaitingEnrolment } from './officers.js'

// The public statistics at phone and desktop width in Thai and English, with axe, against a COUNT
// over the raw rows; then an officer imports the old channel's file (bad, good, the same again).

let server: RunningServer
let browser: Browser
let link = ''
const PASSWORD = 'สถิติการลงทะเบียน 2569 ช่องทางเดิม'
const today = businessDate(new Date())
const start = addBusinessDays(today, -330)
/** The raw COUNT of online importer/exporter registrations up to today, read before the start. */
let onlineToDate = 0

before(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ctp-e2e-statistics-'))
  loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir, LOG_LEVEL: 'silent' })
  const database = await openPglite(dataDir)
  await migrate(database)
  const db = database.db
  const at = `${start}T09:00:00+07:00`
  await seedRegistrations(db, { n: 2400, tag: 'e2p', party: 'person', at, stepSeconds: 11_000 })
  await seedRegistrations(db, { n: 300, tag: 'e2c', party: 'company', at, stepSeconds: 90_000 })
  await seedRegistrations(db, {
    n: 120,
    tag: 'e2k',
    party: 'person',
    channel: 'counter',
    at,
    stepSeconds: 230_000,
  })
  await seedRegistrations(db, {
    n: 60,
    tag: 'e2b',
    party: 'person',
    kind: 'customs_broker',
    at,
    stepSeconds: 460_000,
  })
  await seedDecisions(db, {
    n: 400,
    tag: 'e2a',
    party: 'person',
    outcome: 'approved',
    startedAt: at,
    stepSeconds: 70_000,
    tookSeconds: 420,
    spread: 20,
    spreadStepSeconds: 45,
  })
  await seedDecisions(db, {
    n: 40,
    tag: 'e2r',
    party: 'person',
    outcome: 'refused',
    startedAt: at,
    stepSeconds: 700_000,
    tookSeconds: 900,
    failed: ['person.age'],
  })
  const raw = await sql<{ n: string }>`SELECT count(*) AS n FROM registrations
    WHERE channel = 'online' AND kind = 'importer_exporter'`.execute(db)
  onlineToDate = Number(raw.rows[0]?.n)
  link = await officerAwaitingEnrolment(db, {
    username: 'malee.s',
    name: 'มาลี สถิติ',
    unit: 'กองมาตรฐานพิธีการ',
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
  await screenshot(page, `statistics/${name}`)
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`)
}

describe('the public statistics in a browser', () => {
  for (const kind of ['phone', 'desktop'] as const)
    for (const lang of ['th', 'en'] as const)
      it(`shows the figures, a chart and its table (${kind}, ${lang})`, async () => {
        const context = await newContext(browser, kind)
        const page = await context.newPage()
        await page.goto(`${server.baseUrl}/?lang=${lang}`)
        await page
          .getByRole('link', {
            name: lang === 'th' ? 'สถิติการให้บริการและข้อมูลเปิด' : 'Service statistics and open data',
          })
          .click()
        const headline = await page.locator('#headline').innerText()
        assert.ok(
          headline.includes(formatNumber(onlineToDate, lang)),
          `${headline} shows ${onlineToDate}`,
        )
        // The registrations chart, and every chart (satisfaction too) named by its title.
        assert.equal(await page.locator('svg[role="img"] title#series-chart-title').count(), 1)
        assert.equal(
          await page.locator('svg[role="img"] title').count(),
          await page.locator('svg[role="img"]').count(),
        )
        await check(page, `01-page-${kind}-${lang}`)
        await page.locator('#from').fill(lang === 'th' ? '31/2/2569' : '31/2/2026')
        await page
          .getByRole('button', { name: lang === 'th' ? 'แสดงสถิติ' : 'Show statistics' })
          .click()
        assert.match(await page.title(), lang === 'th' ? /^ข้อผิดพลาด: / : /^Error: /)
        await check(page, `02-range-error-${kind}-${lang}`)
        await page.locator('#from').fill(businessDate(new Date(Date.now() - 40 * 86_400_000)))
        await page.locator('#by-1').check()
        await page
          .getByRole('button', { name: lang === 'th' ? 'แสดงสถิติ' : 'Show statistics' })
          .click()
        await page.locator('#series-table').waitFor()
        await check(page, `03-by-day-${kind}-${lang}`)
        await context.close()
      })

  it('gives the same count as open data', async () => {
    const res = await fetch(
      `${server.baseUrl}${STATISTICS_PATHS.summaryJson}?from=${start}&to=${today}`,
    )
    const s = (await res.json()) as { online_importer_exporter_as_of_to: number }
    assert.equal(s.online_importer_exporter_as_of_to, onlineToDate)
  })
})

describe('the old channel import in a browser', () => {
  it('refuses a bad file line by line, imports a good one, and adds nothing the second time', async () => {
    const context = await newContext(browser, 'desktop')
    const page = await context.newPage()
    await enrolAndSignIn(page, server.baseUrl, { link, username: 'malee.s', password: PASSWORD })
    await page.getByRole('link', { name: 'นำเข้าข้อมูลช่องทางเดิม' }).first().click()
    await check(page, '10-import')
    const file = (name: string, text: string) => ({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(text, 'utf8'),
    })
    const bad =
      'date,type,key\n2022-12-01,importer_exporter,OCR-000001\n2022-13-01,exporter,1101700123451\n'
    await page.locator('#file').setInputFiles(file('bad.csv', bad))
    await page.getByRole('button', { name: 'นำเข้า' }).click()
    assert.match(await page.title(), /^ข้อผิดพลาด: /)
    await page.locator('#rejected').waitFor()
    const rows = await page.locator('#rejected tbody tr').allInnerTexts()
    assert.equal(rows.length, 3)
    await check(page, '11-import-rejected')
    const good = [
      'date,type,key',
      ...Array.from(
        { length: 30 },
        (_, i) =>
          `${addBusinessDays(start, i * 9)},importer_exporter,OCR-${String(i).padStart(6, '0')}`,
      ),
    ].join('\n')
    await page.locator('#file').setInputFiles(file('ocr-2022.csv', good))
    await page.getByRole('button', { name: 'นำเข้า' }).click()
    await page.getByText('นำเข้าแล้ว: อ่าน 30 บรรทัด เพิ่ม 30 รายการ มีอยู่แล้ว 0 รายการ').waitFor()
    await check(page, '12-import-done')
    await page.locator('#file').setInputFiles(file('ocr-2022.csv', good))
    await page.getByRole('button', { name: 'นำเข้า' }).click()
    await page.getByText('นำเข้าแล้ว: อ่าน 30 บรรทัด เพิ่ม 0 รายการ มีอยู่แล้ว 30 รายการ').waitFor()
    await page.goto(`${server.baseUrl}${STATISTICS_PATHS.page}?lang=th`)
    const legacyRow = page.locator('#as-of-table tbody tr', { hasText: 'ช่องทางเดิม' })
    assert.match(await legacyRow.innerText(), /30\s+30/)
    await check(page, '13-page-with-old-channel')
    void STATISTICS_OFFICER_PATHS
    await context.close()
  })
})
