import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import type { Page } from 'playwright-core'
import { loadConfig, type Config } from '../../src/config.js'
import { openPglite } from '../../src/platform/db/database.js'
import { migrate } from '../../src/platform/db/migrate.js'
import type { DB } from '../../src/platform/db/schema.js'
import { createPiiCrypto, type PiiCrypto } from '../../src/platform/pii-crypto.js'
import { axeViolations, screenshot } from './harness.js'

// What the registrant-side browser tests share: a data directory seeded before the server
// starts, the bank SIMULATOR's approval, signing in at /account, and the check every page gets.

/**
 * A fresh data directory, migrated and seeded through `seed` before the server starts (PGlite
 * has one writer); pass it to startServer as DATA_DIR.
 */
export async function seededDataDir(
  prefix: string,
  seed: (db: Kysely<DB>, crypto: PiiCrypto, config: Config) => Promise<void>,
): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), `ctp-e2e-${prefix}-`))
  const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir, LOG_LEVEL: 'silent' })
  const database = await openPglite(dataDir)
  try {
    await migrate(database)
    await seed(
      database.db,
      createPiiCrypto({ encryption: config.secrets.encryption, hmac: config.secrets.hmac }),
      config,
    )
  } finally {
    await database.close()
  }
  return dataDir
}

/** On the bank's SIMULATOR page, reached from the portal's link: the person's ID, approve. */
export async function approveInBank(page: Page, nationalId: string): Promise<void> {
  await page.getByRole('link', { name: /เปิดแอปเป๋าตัง|Open Pao Tang/ }).click()
  await page.getByLabel(/เลขประจำตัวประชาชน 13 หลัก|13-digit/).fill(nationalId)
  await page.locator('#outcome-approve').check()
  await page.getByRole('button', { name: /ยืนยัน|Confirm/ }).click()
}

const ACK = {
  th: { confirm: 'ข้าพเจ้าได้อ่านและรับทราบเอกสารข้างต้นแล้ว', button: 'รับทราบและดำเนินการต่อ' },
  en: {
    confirm: 'I have read and acknowledge the documents above',
    button: 'Acknowledge and continue',
  },
}

/** Signs in at /account through the bank, acknowledging the notices when the portal asks. */
export async function signIn(
  page: Page,
  baseUrl: string,
  nationalId: string,
  lang: 'th' | 'en',
): Promise<void> {
  await page.goto(`${baseUrl}/account/sign-in?lang=${lang}`)
  await page.getByRole('button', { name: /เข้าสู่ระบบด้วยเป๋าตัง|Sign in with Pao Tang/ }).click()
  await approveInBank(page, nationalId)
  await page.waitForURL(/\/account(\/acknowledge)?$/, { timeout: 20_000 })
  if (page.url().endsWith('/acknowledge')) {
    await page.getByLabel(ACK[lang].confirm).check()
    await page.getByRole('button', { name: ACK[lang].button }).click()
    await page.waitForURL(/\/account$/)
  }
}

/**
 * Every page is kept as a screenshot and passes axe (WCAG 2.1 AA); with `fits`, it is also no
 * wider than the screen.
 */
export async function checkPage(page: Page, name: string, fits = false): Promise<void> {
  await screenshot(page, name)
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`)
  if (fits) {
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
    assert.equal(wide, false, `${name} is no wider than the screen`)
  }
}
