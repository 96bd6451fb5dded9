import assert from 'node:assert/strict'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { withCheckDigit } from '../../src/platform/thai-id.js'
import { SIMULATOR_PEOPLE } from '../../src/simulators/ekyc/index.js'
import {
  axeViolations,
  fromMailViewer,
  launchBrowser,
  newContext,
  SCREENSHOT_DIR,
  startServer,
  type RunningServer,
} from './harness.js'

// Issue 17 (2, 3, 4, 6, 10, 12): the person journey tells people early, at phone and desktop
// width, in Thai and English; every changed page passes axe and is kept as a screenshot.

let server: RunningServer
let browser: Browser
let serial = 0
const DIR = join(SCREENSHOT_DIR, 'person-polish')

before(async () => {
  server = await startServer()
  browser = await launchBrowser()
  mkdirSync(DIR, { recursive: true })
})
after(async () => {
  await browser?.close()
  await server?.stop()
})

function freshId(): string {
  serial += 1
  return withCheckDigit(
    `4${String(Date.now() % 1e8).padStart(8, '0')}${String(serial).padStart(3, '0')}`,
  )
}

async function check(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(DIR, `${name}.png`), fullPage: true })
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`)
  // Nothing (a long e-mail address, say) widens the page beyond the screen.
  const width = page.viewportSize()?.width ?? 0
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
  assert.ok(scrollWidth <= width, `${name}: ${scrollWidth}px wide on a ${width}px screen`)
}

const T = {
  th: {
    accept: /ข้าพเจ้าได้อ่านและยอมรับ/,
    start: 'เริ่มลงทะเบียน',
    id: 'เลขประจำตัวประชาชน',
    email: 'อีเมล',
    mobile: 'หมายเลขโทรศัพท์มือถือ',
    next: 'ดำเนินการต่อ',
    code: 'รหัสยืนยัน',
    confirm: 'ยืนยันอีเมล',
    verify: 'ยืนยันตัวตนด้วยเป๋าตัง',
    open: 'เปิดแอปเป๋าตัง',
    companyLink: 'ลงทะเบียนในนามบริษัทแทน',
    changeId: 'แก้ไขเลขประจำตัวประชาชนที่กรอกไว้',
    sameAddress: 'ใช่ ใช้ที่อยู่ตามบัตรประชาชน',
    save: 'บันทึกและดำเนินการต่อ',
    later: 'ส่งลิงก์ให้ฉันกลับมาทำต่อภายหลัง',
    continueNow: 'ทำต่อตอนนี้',
    send: 'ส่งคำขอลงทะเบียน',
    digitsOnly: /เป็นตัวเลขเท่านั้น/,
    nonThai: 'บริการออนไลน์นี้สำหรับผู้มีสัญชาติไทย',
    registered: /ท่านลงทะเบียนไว้แล้ว/,
  },
  en: {
    accept: /I have read and accept/,
    start: 'Start now',
    id: 'National ID number',
    email: 'E-mail address',
    mobile: 'Mobile phone number',
    next: 'Continue',
    code: 'Confirmation code',
    confirm: 'Confirm e-mail',
    verify: 'Verify with Pao Tang',
    open: 'Open Pao Tang',
    companyLink: 'Register a company instead',
    changeId: 'Change the national ID number you typed',
    sameAddress: 'Yes, use my ID-card address',
    save: 'Save and continue',
    later: 'Send me a link to continue later',
    continueNow: 'Continue now',
    send: 'Send application',
    digitsOnly: /Enter digits only/,
    nonThai: 'This online service is for Thai nationals',
    registered: /You are already registered/,
  },
}
type Lang = keyof typeof T

/** From the start page to the verify page's waiting panel, with the ID field's errors on the way. */
async function upToBank(
  page: Page,
  lang: Lang,
  nationalId: string,
  email: string,
  shots?: string,
): Promise<void> {
  const t = T[lang]
  await page.goto(`${server.baseUrl}/register/person?lang=${lang}`)
  await page.getByLabel(t.accept).check()
  await page.getByRole('button', { name: t.start }).click()
  await page.getByLabel(t.email, { exact: true }).fill(email)
  await page.getByLabel(t.mobile).fill('081 234 5678')
  if (shots) {
    await page.getByLabel(t.id, { exact: true }).fill(withCheckDigit('010555612345'))
    await page.getByRole('button', { name: t.next }).click()
    assert.ok(await page.getByRole('link', { name: t.companyLink }).isVisible())
    await check(page, `${shots}-01-company-number`)
    await page.getByLabel(t.id, { exact: true }).fill(nationalId.replace(/^(\d)/, 'O'))
    await page.getByRole('button', { name: t.next }).click()
    assert.match((await page.locator('#nationalId-error').textContent()) ?? '', t.digitsOnly)
    await check(page, `${shots}-02-letter-o`)
  }
  await page.getByLabel(t.id, { exact: true }).fill(nationalId)
  await page.getByRole('button', { name: t.next }).click()
  await page.getByLabel(t.code).fill(await fromMailViewer(page, server.baseUrl, email))
  await page.getByRole('button', { name: t.confirm }).click()
  await page.getByRole('button', { name: t.verify }).click()
}

/** On the bank simulator's page (this same browser): approve as `asId`. */
async function atBank(page: Page, lang: Lang, asId: string): Promise<void> {
  await page.getByRole('link', { name: T[lang].open }).click()
  await page.getByLabel(/เลขประจำตัวประชาชน 13 หลัก/).fill(asId)
  await page.locator('#outcome-approve').check()
  await page.getByRole('button', { name: /ยืนยัน/ }).click()
}

describe('the person journey tells people early', () => {
  for (const kind of ['phone', 'desktop'] as const) {
    for (const lang of ['th', 'en'] as const) {
      it(`${kind}, ${lang}: company number, letter O, ID mismatch, full ID, link later, registered already, not Thai`, async () => {
        const t = T[lang]
        const shots = `${kind}-${lang}`
        const ctx = await newContext(browser, kind)
        const page = await ctx.newPage()
        const id = freshId()
        const email = `polish.${kind}.${lang}.${process.pid}@example.com`

        await upToBank(page, lang, id, email, shots)
        await atBank(page, lang, freshId())
        await page.waitForURL(/\/register\/person\/verify$/)
        assert.ok(await page.locator('[data-failure="id_mismatch"]').isVisible())
        await check(page, `${shots}-03-id-mismatch`)
        await page.getByRole('link', { name: t.changeId }).click()
        await page.waitForURL(/\/register\/person\/details$/)
        await page.getByRole('button', { name: t.next }).click()
        await page.getByRole('button', { name: t.verify }).click()
        await atBank(page, lang, id)
        await page.waitForURL(/\/register\/person\/your-details$/)
        await page.getByLabel(t.sameAddress).check()
        await page.getByRole('button', { name: t.save }).click()
        await page.waitForURL(/\/register\/person\/check$/)
        assert.ok(await page.locator('[data-full-id]').isVisible())
        assert.match(await page.content(), new RegExp(id.slice(1, 5)))
        await check(page, `${shots}-04-check-full-id`)
        await page.getByRole('button', { name: t.later }).click()
        assert.ok(await page.locator('[data-link-sent]').isVisible())
        await check(page, `${shots}-05-link-sent`)
        await page.getByRole('link', { name: t.continueNow }).click()
        await page.getByRole('button', { name: t.send }).click()
        await page.waitForURL(/\/register\/person\/done$/)
        await ctx.close()

        // The same person starts again in a fresh browser: signed in right after the bank.
        const again = await newContext(browser, kind)
        const second = await again.newPage()
        await upToBank(second, lang, id, `again.${email}`)
        await atBank(second, lang, id)
        await second.waitForURL(/\/account$/)
        assert.match(
          (await second.locator('[data-notice="already-registered"]').textContent()) ?? '',
          t.registered,
        )
        await check(second, `${shots}-06-already-registered`)
        await again.close()

        // A person the bank says is not Thai is warned on the bank-data page.
        const other = await newContext(browser, kind)
        const third = await other.newPage()
        const foreigner = SIMULATOR_PEOPLE.find((p) => p.nationality === 'MMR')
        assert.ok(foreigner)
        await upToBank(third, lang, foreigner.nationalId, `mmr.${email}`)
        await atBank(third, lang, foreigner.nationalId)
        await third.waitForURL(/\/register\/person\/your-details$/)
        assert.ok(await third.getByRole('heading', { name: t.nonThai }).isVisible())
        await check(third, `${shots}-07-not-thai`)
        await other.close()
      })
    }
  }
})
