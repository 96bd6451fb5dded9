// Writes the user manual's pictures: the real pages, in Chromium, at phone and desktop width, in
// Thai and English, into manual/images/. Run it after a change to a page the manual shows:
//   npm run manual:screenshots
// An ordinary test run never rewrites them; the manual's tests fail when a topic names a picture
// that is not there. The pages are the portal's own, started as `npm start` starts it.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { MANUAL_IMAGES_DIR } from '../src/features/manual/paths.js'
import { launchBrowser, startServer } from '../test/e2e/harness.js'

/** A picture: the page's address, and what to do on it before the picture is taken. */
interface Shot {
  name: string
  path: string
  prepare?: (page: Page, locale: 'th' | 'en') => Promise<void>
}

/** Accepts the terms on the person journey's start page, to reach the first step. */
async function acceptTerms(page: Page, locale: 'th' | 'en'): Promise<void> {
  await page.getByRole('checkbox').first().check()
  await page.getByRole('button', { name: locale === 'th' ? 'เริ่มลงทะเบียน' : 'Start now' }).click()
  await page.waitForLoadState('load')
}

const SHOTS: Shot[] = [
  { name: 'home', path: '/' },
  { name: 'register-person-start', path: '/register/person' },
  { name: 'register-person-details', path: '/register/person', prepare: acceptTerms },
  { name: 'register-company-start', path: '/register/company' },
  { name: 'sign-in', path: '/account/sign-in' },
]

const SIZES = {
  phone: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 } },
} as const

async function main(): Promise<void> {
  mkdirSync(MANUAL_IMAGES_DIR, { recursive: true })
  const server = await startServer()
  const browser = await launchBrowser()
  try {
    for (const [size, options] of Object.entries(SIZES)) {
      for (const locale of ['th', 'en'] as const) {
        const context = await browser.newContext(options)
        for (const shot of SHOTS) {
          const page = await context.newPage()
          await page.goto(`${server.baseUrl}${shot.path}?lang=${locale}`)
          if (shot.prepare) await shot.prepare(page, locale)
          const file = join(MANUAL_IMAGES_DIR, `${shot.name}-${size}-${locale}.png`)
          await page.screenshot({ path: file })
          process.stdout.write(`wrote ${file}\n`)
          await page.close()
        }
        await context.close()
      }
    }
  } finally {
    await browser.close()
    await server.stop()
  }
}

await main()
