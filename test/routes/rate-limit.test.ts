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
    limits: { postsPerMinute: 3 },
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

  it('does not limit reads at the POST rate', async () => {
    for (let i = 0; i < 10; i++) assert.equal((await app.inject('/')).statusCode, 200)
  })
})
