import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

export const SCREENSHOT_DIR = join(process.cwd(), 'test-results', 'screenshots')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      srv.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      )
    })
  })
}

export interface RunningServer {
  baseUrl: string
  dataDir: string
  output: () => string
  stop(): Promise<void>
}

/** Starts the portal the way `npm start` does, on a free port with an empty data folder. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort()
  const simulatorPort = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'ctp-e2e-'))
  let out = ''
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.mjs'], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      IDP_SIMULATOR_PORT: String(simulatorPort),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()))
  // The browser uses the same host as PUBLIC_BASE_URL (localhost), as a real user would.
  const baseUrl = `http://localhost:${port}`
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited: ${out}`)
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not start in 60 s: ${out}`)
    await new Promise((r) => setTimeout(r, 200))
  }
  return {
    baseUrl,
    dataDir,
    output: () => out,
    async stop() {
      if (child.exitCode !== null) return
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await exited
    },
  }
}

/** Debian's Chromium, headless, with no network of its own. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  })
}

export const PHONE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
}
export const DESKTOP = { viewport: { width: 1280, height: 900 } }

export async function newContext(
  browser: Browser,
  kind: 'phone' | 'desktop',
): Promise<BrowserContext> {
  return browser.newContext(kind === 'phone' ? PHONE : DESKTOP)
}

/** Runs axe with the WCAG 2.1 A and AA rules; returns the violations, described. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? ''}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
}

/** Saves a full-page screenshot under test-results/screenshots. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })
}

/**
 * Reads the development mail viewer the way a tester does, waiting for the outbox worker to
 * deliver: the newest e-mail to an address whose subject matches, and the first link in its
 * body that matches `link` (or the six-digit code in its subject when no pattern is given).
 */
export async function fromMailViewer(
  page: Page,
  baseUrl: string,
  to: string,
  opts: { subject?: RegExp; link?: RegExp } = {},
): Promise<string> {
  const viewer = await page.context().newPage()
  try {
    for (let attempt = 0; attempt < 60; attempt++) {
      await viewer.goto(`${baseUrl}/dev/mail`)
      const row = viewer
        .locator('tbody tr', { hasText: to })
        .filter({ hasText: opts.subject ?? /\d{6}/ })
        .first()
      if ((await row.count()) > 0) {
        const anchor = row.locator('a').first()
        if (!opts.link) {
          const code = /(\d{6})/.exec((await anchor.textContent()) ?? '')?.[1]
          if (code) return code
        } else {
          await anchor.click()
          for (const href of await viewer
            .locator('a')
            .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))
            if (opts.link.test(href)) return href
        }
      }
      await viewer.waitForTimeout(250)
    }
  } finally {
    await viewer.close()
  }
  throw new Error(`no matching e-mail for ${to} in the viewer`)
}
