// Issue 17, point 5: a page opened under another host name than PUBLIC_BASE_URL's (127.0.0.1
// for localhost) had its own cookies, so the bank's callback at PUBLIC_BASE_URL found no session
// and asked the same phone to pick a number. Page GETs are now sent to PUBLIC_BASE_URL first.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import Fastify, { type FastifyInstance } from 'fastify'
import fastifyCookie from '@fastify/cookie'
import { canonicalHostPlugin, canonicalTarget } from '../../src/platform/http/canonical-host.js'
import { buildTestApp, testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

let tdb: TestDatabase
let app: FastifyInstance
const BASE = 'http://localhost:3000'
/** What a browser sends when it navigates to a page. */
const BROWSER = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'sec-fetch-dest': 'document',
}
let client = 0
/** Each test is its own browser (the loop guard remembers a browser for a few seconds). */
const browser = () => ({ ...BROWSER, 'user-agent': `test-browser-${++client}` })

before(async () => {
  tdb = await createTestDatabase()
  app = await buildTestApp(tdb.database, { config: testConfig({ PUBLIC_BASE_URL: BASE }) })
  await app.ready()
})
after(async () => {
  await app.close()
  await tdb.close()
})

describe('pages under one host name (PUBLIC_BASE_URL’s)', () => {
  it('sends a page asked for under 127.0.0.1 to the same path and query on PUBLIC_BASE_URL', async () => {
    const res = await app.inject({
      url: '/register/person?from=qr',
      headers: { ...browser(), host: '127.0.0.1:3000' },
    })
    assert.equal(res.statusCode, 302)
    assert.equal(res.headers.location, `${BASE}/register/person?from=qr`)
    assert.equal(res.headers['set-cookie'], undefined, 'no session or cookie left under 127.0.0.1')
    const head = await app.inject({
      method: 'HEAD',
      url: '/',
      headers: { ...browser(), host: '192.168.1.20:3000' },
    })
    assert.equal(head.statusCode, 302)
    assert.equal(head.headers.location, `${BASE}/`)
  })

  it('carries the language chosen under the other name, without overriding one in the link', async () => {
    const chosen = await app.inject({
      url: '/register/person',
      headers: { ...browser(), host: '127.0.0.1:3000', cookie: 'lang=en' },
    })
    assert.equal(chosen.headers.location, `${BASE}/register/person?lang=en`)
    const page = await app.inject({
      url: '/register/person?lang=en',
      headers: { host: 'localhost' },
    })
    assert.match(page.body, /<html lang="en"/)
    const asked = await app.inject({
      url: '/register/person?lang=th',
      headers: { ...browser(), host: '127.0.0.1:3000', cookie: 'lang=en' },
    })
    assert.equal(asked.headers.location, `${BASE}/register/person?lang=th`)
  })

  it('leaves health, metrics, APIs, assets, protocol ends, posts and scripts alone', async () => {
    const wrongHost = { ...browser(), host: '127.0.0.1:3000' }
    for (const url of [
      '/healthz',
      '/readyz',
      '/metrics',
      '/api/v1/anything',
      '/.well-known/jwks.json',
      '/assets/app.css',
      '/favicon.ico',
      '/ekyc/status/nothing-here',
      '/ekyc/callback?state=x&code=y',
      '/simulators/dbd/juristic-persons/0105559999999',
    ]) {
      const res = await app.inject({ url, headers: wrongHost })
      assert.notEqual(res.statusCode, 302, url)
      assert.equal(res.headers.location, undefined, url)
    }
    const post = await app.inject({
      method: 'POST',
      url: '/register/person',
      headers: { ...wrongHost, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'accept=yes',
    })
    assert.equal(post.statusCode, 403, 'refused by the CSRF check, as anywhere, not redirected')
    // A script's fetch or a probe does not ask for a document.
    for (const headers of [
      { host: '127.0.0.1:3000', accept: 'application/json' },
      { host: '127.0.0.1:3000', accept: '*/*' },
      { host: '127.0.0.1:3000', accept: 'text/html', 'sec-fetch-dest': 'empty' },
    ]) {
      const res = await app.inject({ url: '/', headers })
      assert.equal(res.statusCode, 200, JSON.stringify(headers))
    }
  })

  it('leaves PUBLIC_BASE_URL’s host name alone on any port (cookies ignore ports), as every test’s inject', async () => {
    for (const host of ['localhost', 'localhost:80', 'LOCALHOST:3000']) {
      const res = await app.inject({ url: '/register/person', headers: { ...browser(), host } })
      assert.equal(res.statusCode, 200, host)
    }
    const plain = await app.inject('/register/person')
    assert.equal(plain.statusCode, 200)
  })

  it('never loops: a page sent to PUBLIC_BASE_URL that comes back under the wrong name is served', async () => {
    // A proxy that rewrites Host makes every request look wrong, the redirected one included.
    const headers = { ...browser(), host: 'portal-internal:3000' }
    const first = await app.inject({ url: '/rules', headers })
    assert.equal(first.statusCode, 302)
    const again = await app.inject({
      url: new URL(first.headers.location as string).pathname,
      headers,
    })
    assert.equal(again.statusCode, 200)
  })

  it('follows X-Forwarded-Host from a trusted proxy', async () => {
    const tdb2 = await createTestDatabase()
    const proxied = await buildTestApp(tdb2.database, {
      config: testConfig({ PUBLIC_BASE_URL: BASE, TRUST_PROXY: '192.0.2.10' }),
    })
    try {
      const through = (forwardedHost: string) =>
        proxied.inject({
          url: '/rules',
          remoteAddress: '192.0.2.10',
          headers: {
            ...browser(),
            host: 'portal-internal:3000',
            'x-forwarded-host': forwardedHost,
          },
        })
      assert.equal((await through('localhost')).statusCode, 200)
      const wrong = await through('127.0.0.1')
      assert.equal(wrong.statusCode, 302)
      assert.equal(wrong.headers.location, `${BASE}/rules`)
    } finally {
      await proxied.close()
      await tdb2.close()
    }
  })

  it('is not part of the app without the simulators (in production the TLS proxy owns the names)', async () => {
    const tdb2 = await createTestDatabase()
    const real = await buildTestApp(tdb2.database, {
      config: { ...testConfig({ PUBLIC_BASE_URL: BASE }), simulators: false },
    })
    try {
      const res = await real.inject({ url: '/rules', headers: { ...browser(), host: '127.0.0.1' } })
      assert.equal(res.statusCode, 200)
    } finally {
      await real.close()
      await tdb2.close()
    }
  })

  it('remembers a redirect only for a moment: the same wrong address later is sent on again', async () => {
    let now = 1_000_000
    const bare = Fastify()
    await bare.register(fastifyCookie)
    await bare.register(canonicalHostPlugin, { publicBaseUrl: BASE, now: () => now })
    bare.get('/page', async () => 'page')
    const headers = { ...browser(), host: '127.0.0.1:3000' }
    assert.equal((await bare.inject({ url: '/page', headers })).statusCode, 302)
    now += 11_000
    assert.equal((await bare.inject({ url: '/page', headers })).statusCode, 302)
    assert.equal((await bare.inject({ url: '/page', headers })).statusCode, 200)
    await bare.close()
  })

  it('builds the target on PUBLIC_BASE_URL, never on a host taken from the request', () => {
    const target = canonicalTarget('https://ctp.example.go.th', '//evil.example/x?y=1', undefined)
    assert.equal(new URL(target).host, 'ctp.example.go.th')
    assert.equal(target, 'https://ctp.example.go.th//evil.example/x?y=1')
    assert.equal(
      canonicalTarget('https://ctp.example.go.th', '/a?lang=en', 'th'),
      'https://ctp.example.go.th/a?lang=en',
    )
  })
})
