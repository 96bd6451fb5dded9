import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { CsrfField } from '../../src/platform/views/components.js'
import { pageContext } from '../../src/platform/http/page-context.js'
import { Layout } from '../../src/platform/views/layout.js'
import { buildTestApp, cookieJar, csrfFrom } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

let tdb: TestDatabase
let app: FastifyInstance

before(async () => {
  tdb = await createTestDatabase()
  app = await buildTestApp(tdb.database)
  // A form route that exists only in this test, to exercise CSRF, sessions and body limits.
  app.get('/test/form', async (request, reply) => {
    const ctx = pageContext(request, reply, { forms: true })
    return reply.page(
      <Layout ctx={ctx} title="form">
        <form method="post" action="/test/form">
          <CsrfField ctx={ctx} />
          <button type="submit">go</button>
        </form>
      </Layout>,
    )
  })
  app.post('/test/form', async () => ({ saved: true }))
  app.get('/test/boom', async () => {
    throw new Error('database said: duplicate key 1103702071561 at /srv/app.ts:12')
  })
  await app.ready()
})
after(async () => {
  await app.close()
  await tdb.close()
})

describe('pages and language', () => {
  it('serves the home page in Thai by default', async () => {
    const res = await app.inject('/')
    assert.equal(res.statusCode, 200)
    assert.match(res.headers['content-type'] as string, /text\/html/)
    assert.match(res.body, /<html lang="th">/)
    assert.match(res.body, /ลงทะเบียนเป็นผู้นำเข้าและส่งออก/)
    assert.match(res.body, /href="#main"/)
    assert.match(res.body, /1164/)
    assert.match(res.body, /href="\/privacy"/)
  })

  it('switches to English with ?lang=en and remembers the choice', async () => {
    const res = await app.inject('/?lang=en')
    assert.match(res.body, /<html lang="en">/)
    assert.match(res.body, /Register as an importer or exporter/)
    assert.match(res.body, /href="\/\?lang=th"/)
    const lang = res.cookies.find((c) => c.name === 'lang')
    assert.equal(lang?.value, 'en')
    const next = await app.inject({ url: '/terms', cookies: { lang: 'en' } })
    assert.match(next.body, /Terms and Conditions/)
    assert.match(next.body, /Version 1/)
  })

  it('publishes the privacy notice in Thai', async () => {
    const res = await app.inject('/privacy')
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /ประกาศความเป็นส่วนตัว/)
    assert.match(res.body, /ฉบับที่ 1 ประกาศเมื่อ 1 มกราคม 2569/)
  })

  it('answers an unknown path with the 404 page and a reference', async () => {
    const res = await app.inject('/no/such/page')
    assert.equal(res.statusCode, 404)
    assert.match(res.body, /ไม่พบหน้าที่ต้องการ/)
    assert.match(
      res.body,
      new RegExp(`data-reference="true">${res.headers['x-request-id'] as string}<`),
    )
  })

  it('shows a 500 page with the reference and never the error or a stack', async () => {
    const res = await app.inject('/test/boom')
    assert.equal(res.statusCode, 500)
    assert.match(res.body, /ขออภัย ระบบขัดข้อง/)
    assert.match(res.body, new RegExp(res.headers['x-request-id'] as string))
    assert.doesNotMatch(res.body, /duplicate key|app\.ts|at /)
  })

  it('answers the API with JSON errors', async () => {
    const res = await app.inject({ url: '/api/nothing', headers: { accept: 'application/json' } })
    assert.equal(res.statusCode, 404)
    assert.equal(res.json().error, '404')
  })
})

describe('security', () => {
  it('sends a CSP whose nonce is the one on the page script, and other headers', async () => {
    const res = await app.inject('/')
    const csp = res.headers['content-security-policy'] as string
    const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(csp)?.[1]
    assert.ok(nonce)
    assert.match(res.body, new RegExp(`<script nonce="${nonce}"`))
    assert.match(csp, /frame-ancestors 'none'/)
    assert.equal(res.headers['x-content-type-options'], 'nosniff')
    const again = await app.inject('/')
    assert.doesNotMatch(again.headers['content-security-policy'] as string, new RegExp(nonce))
  })

  it('refuses a form post without a CSRF token with a 403 page, and audits it', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/test/form',
      payload: 'x=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    assert.equal(res.statusCode, 403)
    assert.match(res.body, /ระบบจึงไม่บันทึกข้อมูล/)
    const audited = await tdb.database.db
      .selectFrom('audit_events')
      .select(['action', 'outcome'])
      .where('request_id', '=', res.headers['x-request-id'] as string)
      .executeTakeFirst()
    assert.deepEqual(audited, { action: 'security.csrf_refused', outcome: 'refused' })
  })

  it('accepts a form post with the token from its own session, and refuses it from another session', async () => {
    const jar = cookieJar()
    const page = await app.inject('/test/form')
    jar.take(page)
    const token = csrfFrom(page.body)
    const sid = page.cookies.find((c) => c.name === 'ctp_sid')
    assert.ok(sid?.httpOnly)
    assert.equal(sid?.sameSite, 'Lax')
    const ok = await app.inject({
      method: 'POST',
      url: '/test/form',
      payload: `_csrf=${encodeURIComponent(token)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
    })
    assert.equal(ok.statusCode, 200)
    const other = cookieJar()
    other.take(await app.inject('/test/form'))
    const forged = await app.inject({
      method: 'POST',
      url: '/test/form',
      payload: `_csrf=${encodeURIComponent(token)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: other.header() },
    })
    assert.equal(forged.statusCode, 403)
  })

  it('keeps sessions in the database, not in the cookie', async () => {
    const page = await app.inject('/test/form')
    const count = await tdb.database.db
      .selectFrom('sessions')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow()
    assert.ok(Number(count.n) >= 1)
    const sid = page.cookies.find((c) => c.name === 'ctp_sid')?.value ?? ''
    assert.doesNotMatch(decodeURIComponent(sid), /_csrf|createdAt/)
  })

  it('extends a session from the timeout warning, only with its CSRF token', async () => {
    const jar = cookieJar()
    const page = await app.inject('/test/form')
    jar.take(page)
    assert.match(page.body, /data-session-idle-ms="900000"/)
    const token = csrfFrom(page.body)
    const refused = await app.inject({
      method: 'POST',
      url: '/session/extend',
      headers: { cookie: jar.header() },
    })
    assert.equal(refused.statusCode, 403)
    const ok = await app.inject({
      method: 'POST',
      url: '/session/extend',
      headers: { cookie: jar.header(), 'csrf-token': token },
    })
    assert.equal(ok.statusCode, 200)
    assert.equal(ok.json().extended, true)
  })

  it('does not create a session for a visitor who only reads', async () => {
    const res = await app.inject('/')
    assert.equal(
      res.cookies.find((c) => c.name === 'ctp_sid'),
      undefined,
    )
  })

  it('answers a body over the limit with a 413 page, not a stack', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/test/form',
      payload: `x=${'a'.repeat(200 * 1024)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    assert.equal(res.statusCode, 413)
    assert.match(res.body, /ข้อมูลที่ส่งมีขนาดใหญ่เกินไป/)
  })
})

describe('operations', () => {
  it('reports health, readiness and metrics', async () => {
    assert.equal((await app.inject('/healthz')).json().status, 'ok')
    assert.equal((await app.inject('/readyz')).json().status, 'ready')
    const metrics = await app.inject('/metrics')
    assert.match(metrics.body, /http_request_duration_seconds_bucket/)
    assert.match(metrics.body, /process_resident_memory_bytes/)
  })

  it('gives every response a request id', async () => {
    const res = await app.inject('/healthz')
    assert.match(res.headers['x-request-id'] as string, /^[0-9A-Z]{8}-[0-9A-Z]$/)
  })
})
