import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import {
  axeViolations,
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  type RunningServer,
} from './harness.js'

// The API problem types page in Chromium, reached the way an integrator does, from a refusal's
// `type` URI; and the officers' sign-in page with its link to the agency's sign-on. At phone and
// desktop width, in Thai and English, with axe.

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

async function check(page: Page, name: string): Promise<void> {
  await screenshot(page, `api-docs/${name}`)
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`)
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
  assert.equal(wide, false, `${name} is no wider than the screen`)
}

describe('the API problem types and the officers’ SSO link in Chromium', () => {
  for (const kind of ['phone', 'desktop'] as const)
    for (const lang of ['th', 'en'] as const)
      it(`shows each (${kind}, ${lang})`, async () => {
        const context = await newContext(browser, kind)
        const page = await context.newPage()
        // A refusal of the activity API names its problem type by a URI: it opens the page.
        const refusal = await fetch(`${server.baseUrl}/api/v1/customs-activity`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        })
        const type = ((await refusal.json()) as { type: string }).type
        await page.goto(`${server.baseUrl}/?lang=${lang}`)
        await page.goto(type)
        assert.ok(page.url().endsWith('/api/v1/problems#unauthorized'), page.url())
        await page.locator('section#unauthorized').waitFor()
        assert.equal(await page.locator('section[id]').count(), 10)
        await check(page, `01-problems-${kind}-${lang}`)

        await page.goto(`${server.baseUrl}/officer/sign-in?lang=${lang}`)
        const sso = page.locator('[data-sso-link]')
        assert.equal(
          (await sso.innerText()).trim(),
          lang === 'th'
            ? 'เข้าสู่ระบบด้วยบัญชีเจ้าหน้าที่ของกรม'
            : "Sign in with the agency's officer account",
        )
        await check(page, `02-officer-sign-in-${kind}-${lang}`)
        await sso.click()
        await page.waitForLoadState()
        assert.ok(!page.url().startsWith(`${server.baseUrl}/officer`), page.url())
        await context.close()
      })
})
