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
