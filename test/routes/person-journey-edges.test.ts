import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import type { EkycSimulator } from '../../src/simulators/ekyc/index.js'
import type { TestDatabase } from '../helpers/db.js'
import {
  approveOnPhone,
  bindingCodeFrom,
  Desktop,
  finishOnPhone,
  handleFrom,
  lastCode,
  idFactory,
  journeyApp,
} from '../helpers/journey.js'

let tdb: TestDatabase
let app: FastifyInstance
let sim: EkycSimulator
let close: () => Promise<void>
const freshId = idFactory('2')
const PATH = '/register/person'

before(async () => {
  ;({ tdb, app, sim, close } = await journeyApp())
})
after(() => close())

async function started(email: string, nationalId = freshId()) {
  const d = new Desktop(app)
  await d.post(PATH, PATH, { accept: 'yes' })
  await d.post(`${PATH}/details`, `${PATH}/details`, { nationalId, email, mobile: '0812345678' })
  return { d, nationalId }
}

/** A draft with its e-mail confirmed and the person verified, on the mailing-address step. */
async function verified(email: string) {
  const { d, nationalId } = await started(email)
  await d.post(`${PATH}/confirm-email`, `${PATH}/confirm-email`, {
    code: await lastCode(tdb.database, email),
  })
  await d.post(`${PATH}/verify`, `${PATH}/verify/start`, {})
  const page = await d.get(`${PATH}/verify`)
  const callback = await approveOnPhone(app, sim.url, handleFrom(page.body), {
    national_id: nationalId,
  })
  assert.ok(callback)
  await finishOnPhone(app, callback, bindingCodeFrom(page.body))
  await d.get(`/ekyc/continue/${handleFrom(page.body)}`)
  return { d, nationalId }
}

async function applicationOf(email: string) {
  return tdb.database.db
    .selectFrom('applications')
    .selectAll()
    .where('email', '=', email)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow()
}

describe('e-mail confirmation edges', () => {
  it('a code sent to one address never confirms another', async () => {
    const { d, nationalId } = await started('first@example.com')
    const firstCode = await lastCode(tdb.database, 'first@example.com')
    await d.post(`${PATH}/details`, `${PATH}/details`, {
      nationalId,
      email: 'second@example.com',
      mobile: '0812345678',
    })
    const res = await d.post(`${PATH}/confirm-email`, `${PATH}/confirm-email`, { code: firstCode })
    assert.equal(res.statusCode, 400)
    assert.equal((await applicationOf('second@example.com')).email_confirmed_at, null)
  })

  it('counts parallel wrong codes atomically, so the limit holds', async () => {
    const { d } = await started('parallel@example.com')
    const right = await lastCode(tdb.database, 'parallel@example.com')
    const wrong = right === '000000' ? '111111' : '000000'
    const page = await d.get(`${PATH}/confirm-email`)
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? ''
    await Promise.all(
      Array.from({ length: 12 }, () =>
        d.postWithToken(`${PATH}/confirm-email`, { _csrf: token, code: wrong }),
      ),
    )
    const res = await d.postWithToken(`${PATH}/confirm-email`, { _csrf: token, code: right })
    assert.equal(res.statusCode, 400, 'the right code is refused after the limit')
    const app_ = await applicationOf('parallel@example.com')
    assert.equal(app_.email_confirmed_at, null)
    assert.ok(app_.email_code_attempts <= 5)
  })

  it('changing the e-mail from the check page goes back to where the applicant was, without eKYC again', async () => {
    const email = 'change@example.com'
    const { d, nationalId } = await verified(email)
    await d.post(`${PATH}/your-details`, `${PATH}/your-details`, {
      mailingSame: 'yes',
      action: 'save',
    })
    const res = await d.post(`${PATH}/details`, `${PATH}/details`, {
      nationalId,
      email: 'changed@example.com',
      mobile: '0812345678',
    })
    assert.equal(res.headers.location, `${PATH}/confirm-email`)
    const confirmed = await d.post(`${PATH}/confirm-email`, `${PATH}/confirm-email`, {
      code: await lastCode(tdb.database, 'changed@example.com'),
    })
    assert.equal(confirmed.headers.location, `${PATH}/check`)
  })
})

describe('the mailing address form', () => {
  it('keeps every typed field when looking up a postcode', async () => {
    const email = 'find@example.com'
    const { d } = await verified(email)
    const res = await d.post(`${PATH}/your-details`, `${PATH}/your-details`, {
      mailingSame: 'no',
      houseNo: '12/3',
      road: 'พระราม 4',
      postcode: '10110',
      action: 'find',
    })
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /value="12\/3"/)
    assert.match(res.body, /value="พระราม 4"/)
    assert.match(res.body, /value="no" checked/)
    assert.match(res.body, /แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110/)
  })
})

describe('save and resume from the e-mailed link', () => {
  it('asks for a fresh code before showing anything, then asks for eKYC again; the link works once', async () => {
    const email = 'resume@example.com'
    const { d, nationalId } = await started(email)
    await d.post(`${PATH}/confirm-email`, `${PATH}/confirm-email`, {
      code: await lastCode(tdb.database, email),
    })
    // The link goes out when they leave or ask: here they ask for it.
    await d.post(`${PATH}/verify`, `${PATH}/continue-later`, {})
    const resumeMail = await tdb.database.db
      .selectFrom('outbox')
      .select('payload')
      .where('created_at', '>', new Date(Date.now() - 60_000))
      .execute()
    const link =
      resumeMail
        .filter((r) => r.payload.to === email)
        .map((r) => String(r.payload.text))
        .find((t) => t.includes('/resume/')) ?? ''
    const path = /(\/register\/person\/resume\/[A-Za-z0-9_-]+)/.exec(link)?.[1]
    assert.ok(path)

    const other = new Desktop(app)
    const landing = await other.get(path)
    assert.match(landing.body, /r\*+@example\.com/)
    assert.doesNotMatch(landing.body, new RegExp(nationalId))
    const resumed = await other.post(path, path, {})
    assert.equal(resumed.headers.location, `${PATH}/confirm-email`)
    const details = await other.get(`${PATH}/details`)
    assert.equal(
      details.headers.location,
      `${PATH}/confirm-email`,
      'nothing but the code page until the code is confirmed',
    )
    const ok = await other.post(`${PATH}/confirm-email`, `${PATH}/confirm-email`, {
      code: await lastCode(tdb.database, email),
    })
    assert.equal(ok.headers.location, `${PATH}/verify`, 'eKYC again')
    assert.equal((await other.get(path)).statusCode, 404, 'the old link is used up')
  })
})
