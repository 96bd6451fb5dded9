// The user manual in Chromium: reached from the home page, searched without JavaScript, every page
// type axe-clean at phone and desktop width, and the print view rendered with Thai glyphs intact.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import {
  axeViolations,
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

const pages = [
  { name: 'manual-th', path: '/manual' },
  { name: 'manual-topic-en', path: '/manual/register-person?lang=en' },
  { name: 'manual-topic-th', path: '/manual/register-company' },
  { name: 'manual-search-none-en', path: '/manual/search?q=zzqxv&lang=en' },
  { name: 'manual-print-th', path: '/manual/print' },
]

describe('the user manual in Chromium', () => {
  for (const kind of ['phone', 'desktop'] as const) {
    for (const p of pages) {
      it(`${p.name} at ${kind} width has no WCAG 2.1 AA violation`, async () => {
        const context = await newContext(browser, kind)
        const page = await context.newPage()
        const response = await page.goto(`${server.baseUrl}${p.path}`)
        assert.equal(response?.status(), 200)
        assert.deepEqual(await axeViolations(page), [])
        await screenshot(page, `manual/${p.name}-${kind}`)
        await context.close()
      })
    }
  }

  it('is reached from the home page and searched for a Thai word inside a sentence', async () => {
    const context = await newContext(browser, 'phone')
    const page = await context.newPage()
    await page.goto(server.baseUrl)
    await page.getByRole('link', { name: /คู่มือการใช้งาน/ }).click()
    await page.getByLabel('ค้นหาในคู่มือ').fill('เป๋าตัง')
    await page.getByRole('button', { name: 'ค้นหา' }).click()
    assert.match(page.url(), /\/manual\/search\?q=/)
    const first = page.locator('.manual-topics a').first()
    await first.click()
    assert.match(page.url(), /\/manual\/[a-z-]+#/)
    assert.deepEqual(await axeViolations(page), [])
    await screenshot(page, 'manual/manual-search-result-phone')
    await context.close()
  })

  it('prints on A4 with the Sarabun font, Thai vowels and tone marks drawn', async () => {
    const context = await newContext(browser, 'desktop')
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/manual/print`)
    await page.emulateMedia({ media: 'print' })
    await page.evaluate(() => document.fonts.ready)
    const sarabun = await page.evaluate(() => document.fonts.check('16px Sarabun', 'ที่ปี่น้ำ'))
    assert.equal(sarabun, true)
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    assert.ok(pdf.length > 10_000)
    await screenshot(page, 'manual/manual-print-media')
    await context.close()
  })
})
