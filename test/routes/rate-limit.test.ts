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
    config: testConfig(),
    database: tdb.database,
    limits: { postsPerMinute: 3, postsPerMinutePerAddress: 8 },
  })
  app.post('/test/post', { config: { csrfExempt: true } }, async () => ({ ok: true }))
  await app.ready()
})
after(async () => {
  await app.close()
  await tdb.close()
})

describe('rate limits', () => {
  it('limits public POSTs per client and answers with a 429 page that keeps the user calm', async () => {
    const codes: number[] = []
    let last
    for (let i = 0; i < 4; i++) {
      last = await app.inject({ method: 'POST', url: '/test/post' })
      codes.push(last.statusCode)
    }
    assert.deepEqual(codes, [200, 200, 200, 429])
    assert.match(last?.body ?? '', /มีการส่งคำขอมากเกินไป/)
    assert.ok(last?.headers['retry-after'])
  })

  it('limits POSTs per address as well, however many new sessions it opens', async () => {
    const remoteAddress = '10.1.1.1'
    const codes: number[] = []
    // Six browsers at one address, each with a session of its own, two posts each: every
    // session stays within its 3, but the address reaches its ceiling of 8.
    for (let browser = 0; browser < 6; browser++) {
      const page = await app.inject({ url: '/officer/sign-in', remoteAddress })
      const sid = page.cookies.find((c) => c.name === 'ctp_sid')?.value
      assert.ok(sid, 'a form page opens a session')
      for (let i = 0; i < 2; i++) {
        const res = await app.inject({
          method: 'POST',
          url: '/test/post',
          remoteAddress,
          headers: { cookie: `ctp_sid=${sid}` },
        })
        codes.push(res.statusCode)
      }
    }
    assert.deepEqual(codes, [...Array(8).fill(200), 429, 429, 429, 429])
    // Another address is not affected.
    const other = await app.inject({ method: 'POST', url: '/test/post', remoteAddress: '10.1.1.2' })
    assert.equal(other.statusCode, 200)
  })

  it('does not limit reads at the POST rate', async () => {
    for (let i = 0; i < 10; i++) assert.equal((await app.inject('/')).statusCode, 200)
  })
})
