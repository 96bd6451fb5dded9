// Issue 15, finding 5: behind a proxy, the client is the address the trusted proxy saw — never a
// value the client wrote into X-Forwarded-For — in the rate limits and in the audit trail.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { OFFICER_PATHS } from '../../src/features/back-office/index.js'
import { buildTestApp, cookieJar, csrfFrom, testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

let tdb: TestDatabase
let app: FastifyInstance
/** The load balancer: the only address whose X-Forwarded-For is believed. */
const PROXY = '192.0.2.10'

before(async () => {
  tdb = await createTestDatabase()
  app = await buildTestApp(tdb.database, {
    config: testConfig({ TRUST_PROXY: `${PROXY},198.51.100.0/24` }),
  })
  app.get('/test/ip', async (request) => ({ ip: request.ip }))
  await app.ready()
})
after(async () => {
  await app.close()
  await tdb.close()
})

/** A sign-in attempt through the proxy, with whatever X-Forwarded-For the client sent. */
async function signInThroughProxy(forwardedFor: string) {
  const jar = cookieJar()
  const page = await app.inject({
    url: OFFICER_PATHS.signIn,
    remoteAddress: PROXY,
    headers: { 'x-forwarded-for': forwardedFor },
  })
  jar.take(page)
  const body = new URLSearchParams({
    _csrf: csrfFrom(page.body),
    username: 'nobody.known',
    password: 'a guess of a password',
  })
  return app.inject({
    method: 'POST',
    url: OFFICER_PATHS.signIn,
    remoteAddress: PROXY,
    payload: body.toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': forwardedFor,
      cookie: jar.header(),
    },
  })
}

describe('TRUST_PROXY with the proxies’ addresses', () => {
  it('takes the address the trusted proxy added, not the one the client wrote', async () => {
    const ip = async (remoteAddress: string, forwardedFor: string) =>
      (
        await app.inject({
          url: '/test/ip',
          remoteAddress,
          headers: { 'x-forwarded-for': forwardedFor },
        })
      ).json<{ ip: string }>().ip
    assert.equal(await ip(PROXY, '6.6.6.6, 10.0.0.5'), '10.0.0.5')
    // Two trusted hops (a CDN in the listed range, then the load balancer).
    assert.equal(await ip(PROXY, '6.6.6.6, 10.0.0.5, 198.51.100.7'), '10.0.0.5')
    // A client that reaches the port directly is itself, whatever it writes.
    assert.equal(await ip('203.0.113.9', '6.6.6.6'), '203.0.113.9')
  })

  it('limits one client however many X-Forwarded-For values it makes up', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) {
      statuses.push((await signInThroughProxy(`6.6.${i}.${i}, 10.0.0.7`)).statusCode)
    }
    assert.deepEqual(statuses, [...Array(10).fill(401), 429])
  })

  it('records the real client address in the audit trail', async () => {
    const res = await signInThroughProxy('6.6.6.6, 10.0.0.8')
    assert.equal(res.statusCode, 401)
    const rows = await tdb.database.db
      .selectFrom('audit_events as e')
      .innerJoin('audit_event_details as d', 'd.event_id', 'e.id')
      .select('d.ip')
      .where('e.action', '=', 'officer.sign_in_failed')
      .where('e.request_id', '=', String(res.headers['x-request-id']))
      .execute()
    assert.deepEqual(
      rows.map((r) => r.ip),
      ['10.0.0.8'],
    )
  })
})
