import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import * as client from 'openid-client'
import pino from 'pino'
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.js'
import {
  ALL_SCOPES,
  authorizationRequest,
  callbackUrl,
  CLIENT,
  exchange,
  freePort,
  Phone,
  relyingParty,
} from './ekyc-simulator.test-support.js'
import {
  SIM_ACR,
  SIMULATOR_PEOPLE,
  startEkycSimulator,
  syntheticPersonFor,
  type EkycSimulator,
} from './index.js'

const FIRST_TIME_DELAY_MS = 600
let testDb: TestDatabase
let sim: EkycSimulator
let issuer: string
let port: number
let rp: client.Configuration

/** Stops the simulator and starts it again on the same port and database. */
async function restart(): Promise<void> {
  await sim.close()
  // Let the clients' keep-alive pools see their sockets closed before the next request.
  await new Promise((resolve) => setTimeout(resolve, 100))
  sim = await start()
}

async function start(): Promise<EkycSimulator> {
  return startEkycSimulator({
    issuer,
    host: '127.0.0.1',
    port,
    db: testDb.database.db,
    clients: [CLIENT],
    firstTimeDelayMs: FIRST_TIME_DELAY_MS,
    logger: pino({ level: 'silent' }),
  })
}

before(async () => {
  testDb = await createTestDatabase()
  port = await freePort()
  issuer = `http://127.0.0.1:${port}`
  sim = await start()
  rp = await relyingParty(issuer)
})

after(async () => {
  await sim.close()
  await testDb.close()
})

/** Runs one authorization on a fresh phone up to the redirect back to the portal. */
async function authorize(
  choices: { national_id?: string; person?: string; outcome?: string },
  config = rp,
) {
  const started = await authorizationRequest(config)
  const phone = new Phone()
  const { pageUrl, html } = await phone.open(started.url, issuer)
  const res = await phone.follow(await phone.submit(pageUrl, html, choices), issuer)
  return { started, phone, callback: callbackUrl(res) }
}

describe('eKYC simulator over OpenID Connect', () => {
  test('publishes discovery for the code flow with PKCE S256, the Thai scopes and the assurance levels', () => {
    const meta = rp.serverMetadata()
    assert.equal(meta.issuer, issuer)
    assert.deepEqual(meta.response_types_supported, ['code'])
    assert.deepEqual(meta.code_challenge_methods_supported, ['S256'])
    for (const scope of ALL_SCOPES.split(' '))
      assert.ok(meta.scopes_supported?.includes(scope), scope)
    for (const claim of [
      'national_id',
      'given_name_th',
      'family_name_en',
      'address',
      'nationality',
    ]) {
      assert.ok(meta.claims_supported?.includes(claim), claim)
    }
    assert.deepEqual(meta.acr_values_supported, Object.values(SIM_ACR))
    assert.ok(meta.token_endpoint_auth_methods_supported?.includes('client_secret_basic'))
    assert.ok(meta.token_endpoint_auth_methods_supported?.includes('client_secret_post'))
    assert.ok(meta.userinfo_endpoint)
  })

  test('approve: the ID token passes nonce and PKCE checks and userinfo carries the chosen person', async () => {
    const person = SIMULATOR_PEOPLE[0]
    assert.ok(person)
    const { started, callback } = await authorize({ person: person.nationalId })
    assert.equal(callback.searchParams.get('state'), started.state)
    const { claims, userinfo } = await exchange(rp, started, callback)
    assert.equal(claims.acr, SIM_ACR.ial23)
    assert.notEqual(claims.sub, person.nationalId)
    assert.ok(
      !JSON.stringify(claims).includes(person.nationalId),
      'the ID token does not carry the national ID',
    )
    assert.equal(userinfo.national_id, person.nationalId)
    assert.equal(userinfo.title_th, 'นาย')
    assert.equal(userinfo.given_name_th, 'สมชาย')
    assert.equal(userinfo.family_name_th, 'ใจดี')
    assert.equal(userinfo.given_name_en, 'Somchai')
    assert.equal(userinfo.birthdate, '1988-04-12')
    assert.equal(userinfo.nationality, 'THA')
    assert.deepEqual(userinfo.address, {
      house_no: '99/12',
      soi: 'สุขุมวิท 22',
      road: 'สุขุมวิท',
      subdistrict: 'แขวงคลองเตย',
      district: 'เขตคลองเตย',
      province: 'กรุงเทพมหานคร',
      postal_code: '10110',
      formatted: '99/12 ซอยสุขุมวิท 22 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110',
    })
  })

  test('releases only the claims of the requested scopes', async () => {
    const started = await authorizationRequest(rp, 'openid national_id')
    const phone = new Phone()
    const { pageUrl, html } = await phone.open(started.url, issuer)
    assert.match(html, /เลขประจำตัวประชาชน/)
    assert.doesNotMatch(html, /ที่อยู่ตามบัตรประชาชน/)
    const callback = callbackUrl(
      await phone.follow(
        await phone.submit(pageUrl, html, { national_id: '1101700234568' }),
        issuer,
      ),
    )
    const { userinfo } = await exchange(rp, started, callback)
    assert.equal(userinfo.national_id, '1101700234568')
    assert.equal(userinfo.given_name_th, undefined)
    assert.equal(userinfo.address, undefined)
  })

  test('accepts client_secret_basic as well as client_secret_post at the token endpoint', async () => {
    const basic = await relyingParty(issuer, client.ClientSecretBasic(CLIENT.client_secret))
    const { started, callback } = await authorize({ national_id: '1-1017-00234-56-8' }, basic)
    const { userinfo } = await exchange(basic, started, callback)
    assert.equal(userinfo.national_id, '1101700234568')
  })

  test('decline: the portal receives error=access_denied with its state', async () => {
    const { started, callback } = await authorize({ outcome: 'decline' })
    assert.equal(callback.searchParams.get('error'), 'access_denied')
    assert.equal(callback.searchParams.get('state'), started.state)
    assert.equal(callback.searchParams.get('code'), null)
    await assert.rejects(
      exchange(rp, started, callback),
      (err: Error) => err instanceof client.AuthorizationResponseError,
    )
  })

  test('low assurance: acr is the low level', async () => {
    const { started, callback } = await authorize({ national_id: '3409900456727', outcome: 'low' })
    const { claims, userinfo } = await exchange(rp, started, callback)
    assert.equal(claims.acr, SIM_ACR.low)
    assert.equal(userinfo.birthdate, '1975-00-00')
    assert.equal(userinfo.given_name_en, undefined, 'no English name when DOPA has none')
  })

  test('an invalid typed ID is shown next to the field and nothing is sent back', async () => {
    const started = await authorizationRequest(rp)
    const phone = new Phone()
    const { pageUrl, html } = await phone.open(started.url, issuer)
    const res = await phone.submit(pageUrl, html, { national_id: '1101700234567' })
    assert.equal(res.status, 400)
    assert.equal(res.headers.get('location'), null)
    const page = await res.text()
    assert.match(page, /<title>ข้อผิดพลาด:/)
    assert.match(page, /id="national_id-error"[^>]*>เลขประจำตัวประชาชนไม่ถูกต้อง/)
    assert.match(page, /aria-invalid="true"/)
    assert.match(page, /value="1101700234567"/, 'what was typed is kept')
    const short = await phone.submit(pageUrl, page, { national_id: '12345' })
    assert.match(await short.text(), /ต้องเป็นตัวเลข 13 หลัก/)
  })

  test('the same typed ID gives the same subject and names every time', async () => {
    const id = '1234567890121'
    const first = await authorize({ national_id: id })
    const second = await authorize({ national_id: id })
    const a = await exchange(rp, first.started, first.callback)
    const b = await exchange(rp, second.started, second.callback)
    assert.equal(a.claims.sub, b.claims.sub)
    assert.notEqual(a.claims.sub, id)
    assert.equal(a.userinfo.given_name_th, b.userinfo.given_name_th)
    assert.equal(a.userinfo.family_name_en, b.userinfo.family_name_en)
    assert.equal(a.userinfo.given_name_th, syntheticPersonFor(id).firstNameTh)
    const other = await authorize({ national_id: '1101700234568' })
    assert.notEqual((await exchange(rp, other.started, other.callback)).claims.sub, a.claims.sub)
  })

  test('state survives restarts: between page and approval, and between authorization and token exchange', async () => {
    const jwksBefore = await (await fetch(`${issuer}/jwks`)).json()
    const started = await authorizationRequest(rp)
    const phone = new Phone()
    const { pageUrl, html } = await phone.open(started.url, issuer)
    await restart()
    const callback = callbackUrl(
      await phone.follow(await phone.submit(pageUrl, html, { person: '1501100345616' }), issuer),
    )
    await restart()
    assert.deepEqual(
      await (await fetch(`${issuer}/jwks`)).json(),
      jwksBefore,
      'the signing key is kept',
    )
    const { userinfo } = await exchange(rp, started, callback)
    assert.equal(userinfo.title_th, 'ว่าที่ร้อยตรี')
  })

  test('two instances behind one issuer share their state: one shows the page, the other takes the answer', async () => {
    const otherPort = await freePort()
    const other = await startEkycSimulator({
      issuer,
      host: '127.0.0.1',
      port: otherPort,
      db: testDb.database.db,
      clients: [CLIENT],
      logger: pino({ level: 'silent' }),
    })
    try {
      const started = await authorizationRequest(rp)
      const phone = new Phone()
      const { pageUrl, html } = await phone.open(started.url, issuer)
      // As if the load balancer sent the form post to the second instance.
      const viaOther = new URL(pageUrl.pathname, `http://127.0.0.1:${otherPort}`)
      const token = /name="form_token" value="([^"]+)"/.exec(html)?.[1] ?? ''
      const form = {
        form_token: token,
        national_id: '',
        person: '0001350890162',
        outcome: 'approve',
      }
      const answered = await phone.request(viaOther, { form, origin: new URL(issuer).origin })
      const callback = callbackUrl(await phone.follow(answered, issuer))
      const { userinfo } = await exchange(rp, started, callback)
      assert.equal(userinfo.nationality, 'LAO')
    } finally {
      await other.close()
    }
  })
})
