import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { after, before, describe, it } from 'node:test'
import { compactVerify, importJWK } from 'jose'
import type { Browser } from 'playwright-core'
import type { CheckpointsExport } from '../../src/features/audit-trail/index.js'
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

async function checkpoints(): Promise<CheckpointsExport> {
  const res = await fetch(`${server.baseUrl}/audit/checkpoints.json`)
  assert.equal(res.status, 200)
  return (await res.json()) as CheckpointsExport
}

describe('published audit checkpoints in Chromium', () => {
  it('seals audited events into a signed checkpoint within seconds of them happening', async () => {
    // A form posted without its CSRF token is refused and audited: three audit events.
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${server.baseUrl}/register/person/verify/start`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'x=1',
      })
      assert.equal(res.status, 403)
    }
    const deadline = Date.now() + 30_000
    let body = await checkpoints()
    while (body.checkpoints.length === 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500))
      body = await checkpoints()
    }
    const [latest] = body.checkpoints
    assert.ok(latest, 'no checkpoint was published within 30 s')
    assert.ok(latest.lastSeq >= 3)
    const key = await importJWK(body.keys[0] ?? {}, 'EdDSA')
    const { protectedHeader } = await compactVerify(latest.jws, key)
    assert.equal(protectedHeader.kid, body.keys[0]?.kid)
  })

  for (const kind of ['phone', 'desktop'] as const) {
    for (const lang of ['th', 'en'] as const) {
      it(`the checkpoints page (${lang}) at ${kind} width has no WCAG 2.1 AA violation`, async () => {
        const context = await newContext(browser, kind)
        const page = await context.newPage()
        const errors: string[] = []
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text())
        })
        await page.goto(`${server.baseUrl}/audit/checkpoints?lang=${lang}`)
        assert.equal(await page.getAttribute('html', 'lang'), lang)
        // The signature opens with the keyboard; the page must not scroll sideways.
        await page.locator('details summary').first().focus()
        await page.keyboard.press('Enter')
        assert.equal(await page.locator('details').first().getAttribute('open'), '')
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`)
        await screenshot(page, `audit-checkpoints-${lang}-${kind}`)
        assert.deepEqual(await axeViolations(page), [])
        // The browser's own request for /favicon.ico is a 404 on every page of the service.
        assert.deepEqual(
          errors.filter((e) => !/404/.test(e)),
          [],
          'no CSP or script errors in the console',
        )
        await context.close()
      })
    }
  }

  it('npm run audit:verify finds the stopped server’s trail intact', async () => {
    const published = await checkpoints()
    await server.stop()
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/audit-verify.ts'], {
      env: { ...process.env, NODE_ENV: 'development', DATA_DIR: server.dataDir },
      encoding: 'utf8',
    })
    assert.equal(result.status, 0, `${result.stdout}${result.stderr}`)
    assert.match(result.stdout, /OK: the audit trail is intact/)
    assert.match(result.stdout, new RegExp(`checkpoints: ${published.checkpoints.length}\\b`))
  })
})
