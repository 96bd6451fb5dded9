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
  { name: 'home-th', path: '/' },
  { name: 'home-en', path: '/?lang=en' },
  { name: 'not-found', path: '/no-such-page' },
  { name: 'terms', path: '/terms' },
  { name: 'privacy-en', path: '/privacy?lang=en' },
  { name: 'jobs-clock-simulator', path: '/simulators/clock' },
]

describe('foundation pages in Chromium', () => {
  for (const kind of ['phone', 'desktop'] as const) {
    for (const p of pages) {
      it(`${p.name} at ${kind} width has no WCAG 2.1 AA violation`, async () => {
        const context = await newContext(browser, kind)
        const page = await context.newPage()
        const errors: string[] = []
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text())
        })
        await page.goto(server.baseUrl + p.path)
        await screenshot(page, `foundation-${p.name}-${kind}`)
        assert.deepEqual(await axeViolations(page), [])
        assert.deepEqual(
          errors.filter((e) => !/404/.test(e)),
          [],
          'no CSP or script errors in the console',
        )
        await context.close()
      })
    }
  }

  it('the jobs clock simulator moves the clock, runs what fell due, and names a bad entry (English, phone)', async () => {
    const context = await newContext(browser, 'phone')
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/simulators/clock?lang=en`)
    await page.locator('#days').fill('ten')
    await page.getByRole('button', { name: 'Move the clock and run what is due' }).click()
    assert.match(await page.title(), /^Error: /)
    assert.equal(await page.locator('#days').inputValue(), 'ten', 'what was typed is kept')
    await screenshot(page, 'jobs-clock-error-phone-en')
    assert.deepEqual(await axeViolations(page), [])
    await page.locator('#days').fill('31')
    await page.getByRole('button', { name: 'Move the clock and run what is due' }).click()
    assert.match((await page.locator('[data-ran]').textContent()) ?? '', /company\.sweep/)
    await screenshot(page, 'jobs-clock-moved-phone-en')
    assert.deepEqual(await axeViolations(page), [])
    await context.close()
  })

  it('the language switch and the skip link work with a keyboard', async () => {
    const context = await newContext(browser, 'desktop')
    const page = await context.newPage()
    await page.goto(server.baseUrl + '/')
    await page.keyboard.press('Tab')
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '#main')
    await page.getByRole('link', { name: 'Switch to English' }).click()
    assert.equal(await page.getAttribute('html', 'lang'), 'en')
    await page.goto(server.baseUrl + '/terms')
    assert.equal(await page.getAttribute('html', 'lang'), 'en', 'the choice is remembered')
    await context.close()
  })
})
