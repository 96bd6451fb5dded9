import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { insertRegistrant } from '../../src/features/officers/test-support/officers.js'
import { withCheckDigit } from '../../src/platform/thai-id.js'
import { launchBrowser, newContext, startServer, type RunningServer } from './harness.js'
import { checkPage, seededDataDir, signIn } from './registrant.js'

// A person with an ACTIVE importer/exporter registration applies to be a customs broker: signs
// in through the bank's SIMULATOR, finds a demo licence on the licence registry's SIMULATOR
// page, mistypes it once, then is approved with the end date — on a phone in Thai and on a
// desktop in English, every page axe-clean.

let server: RunningServer
let browser: Browser
const stamp = String(Date.now() % 1e7).padStart(7, '0')
const THAI = withCheckDigit(`38${stamp}001`)
const ENGLISH = withCheckDigit(`38${stamp}002`)
const SHOTS = 'broker-application'

// The registrants exist before the server starts (PGlite has one writer).
before(async () => {
  const dataDir = await seededDataDir('broker', async (db, crypto) => {
    for (const [nationalId, email] of [
      [THAI, 'broker.th@example.com'],
      [ENGLISH, 'broker.en@example.com'],
    ] as const)
      await insertRegistrant(db, crypto, {
        nationalId,
        firstTh: 'วิภาวดี',
        lastTh: 'ออกของดี',
        firstEn: 'Wipawadee',
        lastEn: 'Okkhongdee',
        email,
        registered: true,
        withDecision: true,
      })
  })
  server = await startServer({ DATA_DIR: dataDir })
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await server?.stop()
})

/** The demo licence of this holder, as a tester finds it on the registry's SIMULATOR page. */
async function demoLicence(page: Page, nationalId: string, prefix: string): Promise<string> {
  const sim = await page.context().newPage()
  await sim.goto(`${server.baseUrl}/simulators/licence-registry`)
  assert.match((await sim.locator('.tag').first().textContent()) ?? '', /SIMULATOR/)
  await sim.locator('#holder').fill(nationalId)
  await sim.locator('form button[type="submit"]').click()
  const licence =
    (await sim.locator('[data-demo-licence="valid"] [data-licence]').textContent()) ?? ''
  await checkPage(sim, `${SHOTS}/${prefix}-00-licence-simulator`)
  await sim.close()
  assert.match(licence, /^CB-\d{4}-\d{4}-\d$/)
  return licence
}

const TEXT = {
  th: {
    apply: 'ยื่นขอเป็นตัวแทนออกของ',
    label: 'เลขใบอนุญาตตัวแทนออกของ',
    submit: 'ยื่นคำขอ',
    checksum: 'เลขใบอนุญาตไม่ถูกต้องตามหลักตรวจสอบ',
    approved: 'อนุมัติ: ท่านเป็นตัวแทนออกของแล้ว',
    rules: 'กฎการพิจารณาคำขอเป็นตัวแทนออกของ',
  },
  en: {
    apply: 'Apply to be a customs broker',
    label: 'Customs-broker licence number',
    submit: 'Apply',
    checksum: 'This licence number fails its check digit',
    approved: 'Approved: you are a customs broker',
    rules: 'Decision rules for customs brokers',
  },
}

async function applyAndApprove(
  kind: 'phone' | 'desktop',
  lang: 'th' | 'en',
  nationalId: string,
): Promise<void> {
  const prefix = `${kind}-${lang}`
  const t = TEXT[lang]
  const context = await newContext(browser, kind)
  const page = await context.newPage()
  await signIn(page, server.baseUrl, nationalId, lang)
  await page.getByRole('link', { name: t.apply }).click()
  await page.waitForURL(/\/account\/registrations\/[0-9a-f-]+\/broker$/)
  await checkPage(page, `${SHOTS}/${prefix}-01-form`)

  const licence = await demoLicence(page, nationalId, prefix)
  // A digit wrong: shown next to the field and in the summary, what was typed kept.
  const typo = `${licence.slice(0, -1)}${(Number(licence.slice(-1)) + 1) % 10}`
  await page.getByLabel(t.label).fill(typo)
  await page.getByRole('button', { name: t.submit }).click()
  await page.locator('[data-error-summary]').waitFor()
  assert.match((await page.locator('#licence-error').textContent()) ?? '', new RegExp(t.checksum))
  assert.equal(await page.getByLabel(t.label).inputValue(), typo)
  await checkPage(page, `${SHOTS}/${prefix}-02-checksum-error`)

  await page.getByLabel(t.label).fill(licence)
  await page.getByRole('button', { name: t.submit }).click()
  await page.waitForURL(/\/broker\/result\/[0-9a-f-]+$/)
  assert.equal((await page.locator('h1').textContent())?.trim(), t.approved)
  const until = (await page.locator('[data-valid-until]').textContent())?.trim() ?? ''
  // Three years on: the Buddhist-era year in Thai, the Gregorian one in English.
  const year = new Date().getUTCFullYear() + 3 + (lang === 'th' ? 543 : 0)
  assert.match(until, new RegExp(String(year)))
  await checkPage(page, `${SHOTS}/${prefix}-03-approved`)

  // The receipt says what it is about and the end date; the account shows the end date.
  await page.locator('[data-receipt]').click()
  await page.locator('[data-receipt-action="broker_registration"]').waitFor()
  assert.equal((await page.locator('time[data-valid-until]').textContent())?.trim(), until)
  await checkPage(page, `${SHOTS}/${prefix}-04-receipt`)
  await page.goto(`${server.baseUrl}/account`)
  assert.match(await page.locator('main').innerText(), new RegExp(until))
  await checkPage(page, `${SHOTS}/${prefix}-05-account`)
  await page.goto(`${server.baseUrl}/rules/customs-broker`)
  assert.equal((await page.locator('h1').textContent())?.trim(), t.rules)
  await checkPage(page, `${SHOTS}/${prefix}-06-rules`)
  await context.close()
}

describe('applying to be a customs broker in Chromium', () => {
  it('on a phone (360 px) in Thai: approved, with the end date on the decision, receipt and account', async () => {
    await applyAndApprove('phone', 'th', THAI)
  })

  it('on a desktop (1280 px) in English: approved, with the end date on the decision, receipt and account', async () => {
    await applyAndApprove('desktop', 'en', ENGLISH)
  })
})
