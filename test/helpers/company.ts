import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import type { JuristicPerson } from '../../src/features/registry-dbd/index.js'
import type { EkycSimulator } from '../../src/simulators/ekyc/index.js'
import { csrfFrom } from './app.js'
import type { TestDatabase } from './db.js'
import { approveOnPhone, Desktop, handleFrom, lastCode } from './journey.js'

export const COMPANY = '/register/company'
export const INVITE_LINK = /https?:\/\/\S+\/register\/company\/sign\/\S+/

/** Walks the company journey over HTTP against one test app, database and bank simulator. */
export function companyWalker(env: {
  app: FastifyInstance
  tdb: TestDatabase
  sim: EkycSimulator
}) {
  // Read lazily: test files fill these in before() hooks, after the walker is made.

  /** The path of the newest link mailed to an address that matches the pattern. */
  async function linkMailedTo(to: string, pattern: RegExp): Promise<string> {
    const rows = await env.tdb.database.db
      .selectFrom('outbox')
      .select(['payload'])
      .orderBy('created_at', 'desc')
      .execute()
    for (const r of rows) {
      if (r.payload.to !== to) continue
      const m = pattern.exec(String(r.payload.text ?? ''))
      if (m?.[0]) return new URL(m[0]).pathname
    }
    throw new Error(`no link mailed to ${to}`)
  }

  /** Start, look the company up and confirm the pre-check. */
  async function upToVerify(c: JuristicPerson): Promise<Desktop> {
    const d = new Desktop(env.app)
    let res = await d.post(COMPANY, COMPANY, { accept: 'yes' })
    assert.equal(res.headers.location, `${COMPANY}/company`)
    res = await d.post(`${COMPANY}/company`, `${COMPANY}/company`, { juristicId: c.id })
    assert.equal(res.headers.location, `${COMPANY}/company`)
    const pre = await d.get(`${COMPANY}/company`)
    assert.match(pre.body, /data-precheck/)
    assert.ok(pre.body.includes(c.nameTh), 'the pre-check shows the company name')
    assert.doesNotMatch(pre.body, /data-precheck-problems/)
    res = await d.post(`${COMPANY}/company`, `${COMPANY}/company/confirm`, {})
    assert.equal(res.headers.location, `${COMPANY}/verify`)
    return d
  }

  /**
   * A browser starts a verification from a page, the phone approves as the given person, the
   * bank returns to the same browser, which continues. Returns the continue response.
   */
  async function verifyIn(
    d: Desktop,
    page: string,
    startAction: string,
    nationalId: string,
    waitingPage = page,
  ) {
    let res = await d.post(page, startAction, {})
    assert.equal(res.statusCode, 303)
    const waiting = await d.get(waitingPage)
    const handle = handleFrom(waiting.body)
    const callback = await approveOnPhone(env.app, env.sim.url, handle, { national_id: nationalId })
    assert.ok(callback)
    res = await d.get(callback)
    assert.equal(res.headers.location, `/ekyc/continue/${handle}`)
    return d.get(`/ekyc/continue/${handle}`)
  }

  /** Contact details and the e-mail code; returns the check page and its submit key. */
  async function contactAndCheck(d: Desktop, email: string) {
    let res = await d.post(`${COMPANY}/contact`, `${COMPANY}/contact`, {
      contactName: 'คุณสมศรี ติดต่อดี',
      email,
      phone: '081 234 5678',
      branchCode: '00000',
    })
    assert.equal(res.headers.location, `${COMPANY}/confirm-email`)
    res = await d.post(`${COMPANY}/confirm-email`, `${COMPANY}/confirm-email`, {
      code: await lastCode(env.tdb.database, email),
    })
    assert.equal(res.headers.location, `${COMPANY}/check`)
    const check = await d.get(`${COMPANY}/check`)
    const submitKey = /name="submitKey" value="([^"]+)"/.exec(check.body)?.[1] ?? ''
    const token = /name="_csrf" value="([^"]+)"/.exec(check.body)?.[1] ?? ''
    return { check, submitKey, token }
  }

  /** A company registered by its first director alone (a clause where one director signs). */
  async function registerAlone(c: JuristicPerson, email: string): Promise<void> {
    const first = c.directors[0]
    assert.ok(first)
    const d = await upToVerify(c)
    await verifyIn(d, `${COMPANY}/verify`, `${COMPANY}/verify/start`, first.id)
    await d.post(`${COMPANY}/signers`, `${COMPANY}/signers`, {})
    const { submitKey, token } = await contactAndCheck(d, email)
    const res = await d.postWithToken(`${COMPANY}/submit`, { _csrf: token, submitKey })
    assert.equal(res.headers.location, `${COMPANY}/done`)
  }

  /** A company registered by two directors, the second from the e-mailed link. */
  async function registerTogether(c: JuristicPerson, email: string): Promise<void> {
    const [first, second] = c.directors
    assert.ok(first && second)
    const d = await upToVerify(c)
    await verifyIn(d, `${COMPANY}/verify`, `${COMPANY}/verify/start`, first.id)
    const secondEmail = `second.${c.id}@example.com`
    await d.post(`${COMPANY}/signers`, `${COMPANY}/signers`, {
      director: '1',
      'email-1': secondEmail,
    })
    const { submitKey, token } = await contactAndCheck(d, email)
    await d.postWithToken(`${COMPANY}/submit`, { _csrf: token, submitKey })
    const link = await linkMailedTo(secondEmail, INVITE_LINK)
    await verifyIn(new Desktop(env.app), link, link, second.id, `${COMPANY}/signer`)
  }

  /**
   * Signs in through the bank as the person and, when a version of the Terms or privacy notice
   * is new to them, acknowledges it as the portal asks; returns the signed-in browser.
   */
  async function signIn(nationalId: string): Promise<Desktop> {
    const d = new Desktop(env.app)
    const res = await verifyIn(d, '/account/sign-in', '/account/sign-in', nationalId)
    assert.equal(res.headers.location, '/account', 'signed in')
    const account = await d.get('/account')
    if (account.headers.location === '/account/acknowledge') {
      const page = await d.get('/account/acknowledge')
      const form = new URLSearchParams({ _csrf: csrfFrom(page.body), acknowledge: 'yes' })
      for (const m of page.body.matchAll(/name="document" value="([^"]+)"/g))
        form.append('document', m[1] ?? '')
      const ack = await env.app.inject({
        method: 'POST',
        url: '/account/acknowledge',
        payload: form.toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: d.jar.header() },
      })
      d.jar.take(ack)
      assert.equal(ack.statusCode, 303, 'the new documents are acknowledged')
    }
    return d
  }

  return {
    linkMailedTo,
    upToVerify,
    verifyIn,
    contactAndCheck,
    registerAlone,
    registerTogether,
    signIn,
  }
}
