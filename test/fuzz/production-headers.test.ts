// What wapiti flags on the local development server (plain http: no HSTS, cookies without Secure)
// must hold in production: the same app built with the production setting, behind a TLS proxy.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.js'
import { testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

let tdb: TestDatabase
let app: FastifyInstance

before(async () => {
  tdb = await createTestDatabase()
  app = await buildApp({
    config: { ...testConfig({ TRUST_PROXY: '127.0.0.1' }), env: 'production' },
    database: tdb.database,
  })
  await app.ready()
})
after(async () => {
  await app.close()
  await tdb.close()
})

describe('production headers and cookies (the scanners’ development-only findings)', () => {
  it('sends HSTS, marks every cookie Secure, and leaves the legacy XSS auditor off', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/register/person?lang=en',
      headers: { 'x-forwarded-proto': 'https' },
    })
    assert.equal(res.statusCode, 200)
    assert.match(String(res.headers['strict-transport-security']), /max-age=31536000/)
    const cookies = res.cookies as { name: string; secure?: boolean; httpOnly?: boolean }[]
    assert.deepEqual(cookies.map((c) => c.name).sort(), ['ctp_sid', 'lang'])
    for (const c of cookies) {
      assert.equal(c.secure, true, `${c.name} is Secure`)
      assert.equal(c.httpOnly, true, `${c.name} is HttpOnly`)
    }
    // OWASP: X-XSS-Protection: 0 (the auditor itself enabled attacks); CSP does the work.
    assert.equal(res.headers['x-xss-protection'], '0')
    assert.match(String(res.headers['content-security-policy']), /upgrade-insecure-requests/)
  })
})
