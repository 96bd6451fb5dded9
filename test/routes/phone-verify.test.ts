// Issue 17, point 5: the phone-only flow. The browser that started a verification continues at
// the bank's return with no number to pick (its server-side session says so), in its language;
// a phone that scans the QR code opens its pages in the starter's language; on a phone the
// verify page leads with "Open Pao Tang" and keeps the QR code behind "use another device".
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import QRCode from 'qrcode'
import type { Config } from '../../src/config.js'
import { Phone } from '../../src/simulators/ekyc/ekyc-simulator.test-support.js'
import type { EkycSimulator } from '../../src/simulators/ekyc/index.js'
import type { TestDatabase } from '../helpers/db.js'
import {
  approveOnPhone,
  bindingCodeFrom,
  Desktop,
  handleFrom,
  idFactory,
  journeyApp,
  lastCode,
} from '../helpers/journey.js'

let tdb: TestDatabase
let app: FastifyInstance
let sim: EkycSimulator
let config: Config
let close: () => Promise<void>
const freshId = idFactory('6')
const PATH = '/register/person'

before(async () => {
  ;({ tdb, app, sim, config, close } = await journeyApp())
})
after(() => close())

/** A browser in the given language, walked to the waiting verify page. */
async function waitingToVerify(nationalId: string, lang: 'th' | 'en') {
  const d = new Desktop(app)
  await d.get(`${PATH}?lang=${lang}`)
  await d.post(PATH, PATH, { accept: 'yes' })
  const email = `phone-${nationalId}@example.com`
  await d.post(`${PATH}/details`, `${PATH}/details`, {
    nationalId,
    email,
    mobile: '081-234-5678',
  })
  await d.post(`${PATH}/confirm-email`, `${PATH}/confirm-email`, {
    code: await lastCode(tdb.database, email),
  })
  const started = await d.post(`${PATH}/verify`, `${PATH}/verify/start`, {})
  assert.equal(started.statusCode, 303)
  const page = await d.get(`${PATH}/verify`)
  return { d, page, handle: handleFrom(page.body), code: bindingCodeFrom(page.body) }
}

/** The bank's part in the simulator, from the link the phone opened; the callback path. */
async function bankApproves(goLocation: string, nationalId: string): Promise<string> {
  const bank = new Phone()
  const { pageUrl, html } = await bank.open(new URL(goLocation), sim.url)
  const res = await bank.follow(
    await bank.submit(pageUrl, html, { national_id: nationalId }),
    sim.url,
  )
  const url = new URL(res.headers.get('location') ?? '')
  return `${url.pathname}${url.search}`
}

describe('the phone-only flow of the verify step', () => {
  it('continues in the browser that started, with no number to pick, in its language (English)', async () => {
    const id = freshId()
    const { d, page, handle } = await waitingToVerify(id, 'en')
    assert.match(page.body, /<html lang="en"/)
    const callback = await approveOnPhone(app, sim.url, handle, { national_id: id })
    assert.ok(callback)
    // The bank app returns to this same browser session: straight on.
    const back = await d.get(callback)
    assert.equal(back.statusCode, 303)
    assert.equal(back.headers.location, `/ekyc/continue/${handle}`)
    assert.doesNotMatch(back.body, /name="choice"/)
    const cont = await d.get(back.headers.location as string)
    assert.equal(cont.headers.location, `${PATH}/your-details`)
    const details = await d.get(`${PATH}/your-details`)
    assert.equal(details.statusCode, 200)
    assert.match(details.body, /<html lang="en"/)
    const row = await tdb.database.db
      .selectFrom('identity_verifications')
      .select('status')
      .where('handle', '=', handle)
      .executeTakeFirstOrThrow()
    assert.equal(row.status, 'verified')
  })

  it('e-mails the bank link with the application’s language, as the QR code carries it', async () => {
    const id = freshId()
    const { handle } = await waitingToVerify(id, 'en')
    const rows = await tdb.database.db
      .selectFrom('outbox')
      .select(['payload'])
      .orderBy('created_at', 'desc')
      .limit(20)
      .execute()
    const mail = rows.find(
      (r) => r.payload.to === `phone-${id}@example.com` && /ekyc\/go/.test(String(r.payload.text)),
    )
    assert.ok(mail, 'the verification e-mail')
    assert.ok(String(mail.payload.text).includes(`/ekyc/go/${handle}?lang=en`))
  })

  it('gives a phone that scans the QR code the starter’s language, back from the bank too', async () => {
    const id = freshId()
    const { d, page, handle, code } = await waitingToVerify(id, 'en')
    // The QR code the English page shows is the link with ?lang=en.
    const goUrl = `${config.publicBaseUrl}/ekyc/go/${handle}`
    const qr = await QRCode.toDataURL(`${goUrl}?lang=en`, {
      margin: 1,
      width: 220,
      errorCorrectionLevel: 'M',
    })
    assert.ok(page.body.includes(`src="${qr}"`), 'the English page shows the ?lang=en QR code')
    // A phone whose own browser is Thai scans it.
    const phone = new Desktop(app)
    await phone.get('/?lang=th')
    const go = await phone.get(`/ekyc/go/${handle}?lang=en`)
    assert.equal(go.statusCode, 303)
    const callback = await bankApproves(go.headers.location as string, id)
    const bind = await phone.get(callback)
    assert.match(bind.body, /<html lang="en"/)
    assert.match(bind.body, /Choose the number shown on the screen where you started/)
    assert.match(bind.body, /under &quot;Use another device&quot;/)
    const done = await phone.postWithToken('/ekyc/bind', {
      _csrf: /name="_csrf" value="([^"]+)"/.exec(bind.body)?.[1] ?? '',
      handle,
      choice: code,
    })
    assert.match(done.body, /<html lang="en"/)
    assert.match(done.body, /Identity verified/)
    assert.equal((await d.get(`/ekyc/continue/${handle}`)).headers.location, `${PATH}/your-details`)
  })

  it('leads with "Open Pao Tang" and puts the QR code and the number behind "use another device"', async () => {
    const { page, handle } = await waitingToVerify(freshId(), 'th')
    const body = page.body
    const open = body.indexOf('data-open-bank')
    const details = body.indexOf('<details class="verify-panel__other"')
    assert.ok(open > 0 && details > open, 'the button comes before the disclosure')
    assert.match(
      body,
      new RegExp(`href="${config.publicBaseUrl}/ekyc/go/${handle}\\?lang=th"[^>]*data-open-bank`),
    )
    assert.match(body, /เปิดแอปเป๋าตัง/)
    // Served open, so that nothing is hidden without JavaScript; ekyc-wait.js folds it on a phone.
    assert.match(body, /<details class="verify-panel__other" open data-other-device="fold">/)
    assert.match(body, /<summary class="verify-panel__summary"><span class="heading-m">ใช้อุปกรณ์อื่น/)
    const inside = body.slice(details, body.indexOf('</details>'))
    assert.match(inside, /<img class="qr"/)
    assert.match(inside, /data-binding-code/)
  })

  it('keeps the disclosure open when the page asks for the number ("not yet")', async () => {
    const { d } = await waitingToVerify(freshId(), 'en')
    const page = await d.get(`${PATH}/verify?waiting=1`)
    assert.match(page.body, /data-other-device="open"/)
    assert.match(page.body, /Use another device: scan a QR code/)
  })
})
