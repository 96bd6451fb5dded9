import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import * as client from 'openid-client'
import pino from 'pino'
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.js'
import {
  authorizationRequest,
  callbackUrl,
  CLIENT,
  exchange,
  freePort,
  Phone,
  relyingParty,
} from './ekyc-simulator.test-support.js'
import { SIM_ACR, startEkycSimulator, type EkycSimulator } from './index.js'

const FIRST_TIME_DELAY_MS = 700
let testDb: TestDatabase
let sim: EkycSimulator
let issuer: string
let rp: client.Configuration

before(async () => {
  testDb = await createTestDatabase()
  const port = await freePort()
  issuer = `http://127.0.0.1:${port}`
  sim = await startEkycSimulator({
    issuer,
    host: '127.0.0.1',
    port,
    db: testDb.database.db,
    clients: [CLIENT],
    firstTimeDelayMs: FIRST_TIME_DELAY_MS,
    logger: pino({ level: 'silent' }),
  })
  rp = await relyingParty(issuer)
})

after(async () => {
  await sim.close()
  await testDb.close()
})

async function openPage() {
  const started = await authorizationRequest(rp)
  const phone = new Phone()
  const { pageUrl, html } = await phone.open(started.url, issuer)
  return { started, phone, pageUrl, html }
}

describe('eKYC simulator phone pages', () => {
  test('the consent page is labelled SIMULATOR, Thai first, and lists the service, the data and the choices', async () => {
    const { html } = await openPage()
    assert.equal(sim.url, issuer)
    assert.match(html, /^<!doctype html><html lang="th">/)
    assert.match(html, /SIMULATOR — แอปเป๋าตังจำลอง ไม่ใช่ธนาคารจริง/)
    assert.match(html, /กรมศุลกากร — ระบบลงทะเบียนผู้ประกอบการออนไลน์/)
    for (const label of [
      'เลขประจำตัวประชาชน',
      'ชื่อ-นามสกุล (ภาษาไทย)',
      'ชื่อ-นามสกุล (ภาษาอังกฤษ)',
      'วัน เดือน ปีเกิด',
      'ที่อยู่ตามบัตรประชาชน',
      'สัญชาติ',
    ]) {
      assert.ok(html.includes(label), label)
    }
    assert.match(html, /x-xxxx-xxxxx-56-8/, 'listed people show masked IDs')
    assert.match(html, /ว่าที่ร้อยตรี ธนากร วงศ์สวัสดิ์/)
    for (const outcome of ['อนุมัติ', 'ปฏิเสธ', 'หมดเวลา', 'ระดับความน่าเชื่อถือต่ำ', 'ผู้ใช้ครั้งแรก'])
      assert.ok(html.includes(outcome), outcome)
    assert.match(html, /id="outcome-approve" name="outcome" value="approve" checked/)
    // Every input but the hidden token has a label pointing at it.
    const ids = [...html.matchAll(/<input type="(?:text|radio)" id="([^"]+)"/g)].map((m) => m[1])
    assert.ok(ids.length > 10)
    for (const id of ids) assert.ok(html.includes(`<label for="${id}"`), `label for ${id}`)
    assert.doesNotMatch(html, /<script/i, 'works without JavaScript')
  })

  test('pages are sent with a strict content security policy and are not cached', async () => {
    const { phone, pageUrl } = await openPage()
    const res = await phone.request(pageUrl)
    assert.match(
      res.headers.get('content-security-policy') ?? '',
      /default-src 'none'; style-src 'nonce-/,
    )
    assert.equal(res.headers.get('cache-control'), 'no-store')
    // no-referrer would make browsers send `Origin: null` with the form, failing the origin check.
    assert.equal(res.headers.get('referrer-policy'), 'same-origin')
    await res.arrayBuffer()
  })

  test('what was typed is escaped when the page is shown again', async () => {
    const { phone, pageUrl, html } = await openPage()
    const res = await phone.submit(pageUrl, html, { national_id: '"><script>alert(1)</script>' })
    const page = await res.text()
    assert.equal(res.status, 400)
    assert.doesNotMatch(page, /<script>/)
    assert.match(page, /&lt;script>|&lt;script&gt;/)
  })

  test('time out: the page says the app is waiting and nothing is ever sent back', async () => {
    const { phone, pageUrl, html } = await openPage()
    const res = await phone.follow(
      await phone.submit(pageUrl, html, { outcome: 'timeout' }),
      issuer,
    )
    assert.equal(res.status, 200)
    const page = await res.text()
    assert.match(page, /กำลังรอการยืนยันในแอป/)
    assert.doesNotMatch(page, /http-equiv="refresh"/)
    const again = await phone.request(pageUrl)
    assert.equal(again.status, 200)
    assert.match(await again.text(), /กำลังรอการยืนยันในแอป/)
    const resubmitted = await phone.follow(
      await phone.submit(pageUrl, html, { outcome: 'approve' }),
      issuer,
    )
    assert.equal(resubmitted.status, 200, 'a second submit does not change a pending outcome')
    assert.match(await resubmitted.text(), /กำลังรอการยืนยันในแอป/)
  })

  test('first-time user: the page refreshes itself and the approval comes only after the delay', async () => {
    const { started, phone, pageUrl, html } = await openPage()
    const res = await phone.follow(
      await phone.submit(pageUrl, html, { person: '3200500678947', outcome: 'first_time' }),
      issuer,
    )
    assert.equal(res.status, 200)
    const page = await res.text()
    assert.match(page, /กำลังตั้งค่าแอปสำหรับผู้ใช้ครั้งแรก/)
    assert.match(page, /<meta http-equiv="refresh" content="1"/)
    await new Promise((resolve) => setTimeout(resolve, FIRST_TIME_DELAY_MS + 100))
    const callback = callbackUrl(await phone.follow(await phone.request(pageUrl), issuer))
    const { claims, userinfo } = await exchange(rp, started, callback)
    assert.equal(claims.acr, SIM_ACR.ial23)
    assert.equal(userinfo.given_name_th, 'วิชัย')
  })

  test('every authorization asks the app again: no single sign-on between requests', async () => {
    const { started, phone, pageUrl, html } = await openPage()
    const callback = callbackUrl(await phone.follow(await phone.submit(pageUrl, html, {}), issuer))
    await exchange(rp, started, callback)
    const next = await authorizationRequest(rp)
    const { html: again } = await phone.open(next.url, issuer)
    assert.match(again, /name="form_token"/)
  })

  test('refuses a form with a wrong token, from another origin, or without the interaction cookie', async () => {
    const { phone, pageUrl, html } = await openPage()
    const forged = await phone.request(pageUrl, {
      form: { form_token: 'x', outcome: 'approve', person: '1101700234568' },
    })
    assert.equal(forged.status, 403)
    await forged.arrayBuffer()
    const token = /name="form_token" value="([^"]+)"/.exec(html)?.[1] ?? ''
    const form = { form_token: token, outcome: 'approve', person: '1101700234568' }
    const crossSite = await phone.request(pageUrl, { form, origin: 'http://attacker.example' })
    assert.equal(crossSite.status, 403)
    await crossSite.arrayBuffer()
    const stranger = await new Phone().request(pageUrl, { form })
    assert.equal(stranger.status, 400)
    assert.match(await stranger.text(), /หมดอายุหรือไม่พบ/)
  })

  test('PKCE is required, and the code is bound to its verifier', async () => {
    const phone = new Phone()
    const noPkce = client.buildAuthorizationUrl(rp, {
      redirect_uri: CLIENT.redirect_uris[0] ?? '',
      scope: 'openid',
      state: 's',
    })
    const refused = callbackUrl(await phone.follow(await phone.request(noPkce), issuer))
    assert.equal(refused.searchParams.get('error'), 'invalid_request')
    const { started, phone: p2, pageUrl, html } = await openPage()
    const callback = callbackUrl(await p2.follow(await p2.submit(pageUrl, html, {}), issuer))
    const wrong = { ...started, verifier: client.randomPKCECodeVerifier() }
    await assert.rejects(
      exchange(rp, wrong, callback),
      (err: Error) => err instanceof client.ResponseBodyError && err.error === 'invalid_grant',
    )
  })

  test('protocol errors that cannot go back to the service get a Thai page labelled SIMULATOR', async () => {
    const res = await fetch(
      `${issuer}/auth?client_id=unknown&response_type=code&scope=openid&redirect_uri=http://x.example/cb`,
    )
    assert.equal(res.status, 400)
    const page = await res.text()
    assert.match(page, /lang="th"/)
    assert.match(page, /SIMULATOR/)
    assert.match(page, /คำขอนี้ไม่ถูกต้องหรือหมดอายุแล้ว/)
  })
})
