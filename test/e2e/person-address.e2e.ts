import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { withCheckDigit } from '../../src/platform/thai-id.js'
import {
  axeViolations,
  fromMailViewer,
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  type RunningServer,
} from './harness.js'

// Issue 17, points 1 and 7: the address step and the check page at phone and desktop width, in
// Thai and English, with prefixes typed into the soi, road and moo fields.

let server: RunningServer
let browser: Browser
let serial = 0

before(async () => {
  server = await startServer()
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await server?.stop()
})

function freshId(): string {
  serial += 1
  return withCheckDigit(
    `3${String((Date.now() + 7) % 1e8).padStart(8, '0')}${String(serial + 500).padStart(3, '0')}`,
  )
}

async function check(page: Page, name: string): Promise<void> {
  await screenshot(page, `address/${name}`)
  assert.deepEqual(await axeViolations(page), [], `axe on ${name}`)
}

const TEXT = {
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
    other: 'ไม่ใช่ ใช้ที่อยู่อื่น',
    house: 'บ้านเลขที่',
    moo: 'หมู่ที่ (ถ้ามี)',
    soi: 'ซอย (ถ้ามี)',
    road: 'ถนน (ถ้ามี)',
    postcode: 'รหัสไปรษณีย์',
    find: 'ค้นหาตำบล/แขวง',
    area: 'ตำบล/แขวง อำเภอ/เขต และจังหวัด',
    save: 'บันทึกและดำเนินการต่อ',
    typed: { moo: 'หมู่ที่ 4', soi: 'ซ.สุขุมวิท 11', road: 'ถนนสุขุมวิท' },
    option: 'แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพมหานคร 10110',
    shown: '99/1 หมู่ 4 ซอยสุขุมวิท 11 ถนนสุขุมวิท แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพมหานคร 10110',
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
    other: 'No, use another address',
    house: 'House number',
    moo: 'Village number (moo), if any',
    soi: 'Soi, if any',
    road: 'Road, if any',
    postcode: 'Postcode',
    find: 'Find sub-districts',
    area: 'Sub-district, district and province',
    save: 'Save and continue',
    typed: { moo: 'Moo 4', soi: 'Soi Sukhumvit 11', road: 'ถนนสุขุมวิท' },
    option: 'Khwaeng Khlong Toei Nuea, Khet Watthana, Bangkok 10110',
    shown:
      '99/1 Moo 4, Soi Sukhumvit 11, สุขุมวิท Rd, Khwaeng Khlong Toei Nuea, Khet Watthana, Bangkok 10110',
  },
} as const

async function toYourDetails(page: Page, lang: 'th' | 'en', prefix: string): Promise<void> {
  const t = TEXT[lang]
  const nationalId = freshId()
  const email = `${prefix}.${process.pid}@example.com`
  await page.goto(`${server.baseUrl}/register/person?lang=${lang}`)
  await page.getByLabel(t.accept).check()
  await page.getByRole('button', { name: t.start }).click()
  await page.getByLabel(t.id).fill(nationalId)
  await page.getByLabel(t.email).fill(email)
  await page.getByLabel(t.mobile).fill('081 234 5678')
  await page.getByRole('button', { name: t.next }).click()
  await page.getByLabel(t.code).fill(await fromMailViewer(page, server.baseUrl, email))
  await page.getByRole('button', { name: t.confirm }).click()
  await page.getByRole('button', { name: t.verify }).click()
  await page.getByRole('link', { name: t.open }).click()
  await page.getByLabel(/เลขประจำตัวประชาชน 13 หลัก/).fill(nationalId)
  await page.locator('#outcome-approve').check()
  await page.getByRole('button', { name: /ยืนยัน/ }).click()
  await page.waitForURL(/\/register\/person\/your-details$/, { timeout: 20_000 })
}

async function walk(kind: 'phone' | 'desktop', lang: 'th' | 'en'): Promise<void> {
  const t = TEXT[lang]
  const prefix = `${kind}-${lang}`
  const ctx = await newContext(browser, kind)
  const page = await ctx.newPage()
  await toYourDetails(page, lang, prefix)
  await check(page, `${prefix}-1-your-details`)
  // Thai inside the English page (the bank's name and address) is marked for screen readers.
  if (lang === 'en') assert.ok((await page.locator('main [lang="th"]').count()) > 0)

  await page.getByLabel(t.other).check()
  await page.getByRole('button', { name: t.save }).click()
  await check(page, `${prefix}-2-your-details-errors`)

  await page.getByLabel(t.house).fill('99/1')
  await page.getByLabel(t.moo).fill(t.typed.moo)
  await page.getByLabel(t.soi).fill(t.typed.soi)
  await page.getByLabel(t.road).fill(t.typed.road)
  await page.getByLabel(t.postcode).fill('10110')
  await page.getByRole('button', { name: t.find }).click()
  const options = await page.getByLabel(t.area).locator('option').allTextContents()
  if (lang === 'en')
    assert.ok(
      options.slice(1).every((o) => o.startsWith('Khwaeng ')),
      'English areas',
    )
  await page.getByLabel(t.area).selectOption({ label: t.option })
  await check(page, `${prefix}-3-areas-found`)

  await page.getByRole('button', { name: t.save }).click()
  await page.waitForURL(/\/register\/person\/check$/)
  await check(page, `${prefix}-4-check`)
  const text = (await page.locator('main').textContent()) ?? ''
  assert.ok(text.includes(t.shown), `the check page shows "${t.shown}"`)
  assert.doesNotMatch(text, /ซอยซอย|ถนนถนน|หมู่ หมู่/)
  if (lang === 'en')
    assert.equal(await page.locator('main span[lang="th"]', { hasText: 'สุขุมวิท' }).count(), 1)
  await ctx.close()
}

describe('the address step and the check page, phone and desktop, Thai and English', () => {
  for (const kind of ['phone', 'desktop'] as const)
    for (const lang of ['th', 'en'] as const)
      it(`${kind} in ${lang === 'th' ? 'Thai' : 'English'}`, async () => {
        await walk(kind, lang)
      })
})
