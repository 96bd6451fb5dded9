// Issue 15, finding 6: /metrics is never on the public listener of a production portal by default;
// METRICS_TOKEN opens it to a bearer of the token, METRICS_PORT serves it on a listener of its own.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { networkSettings } from '../../src/config/network.js'
import { buildTestApp, testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

let tdb: TestDatabase
const apps: FastifyInstance[] = []
const TOKEN = 'metrics-token-of-at-least-32-characters'
/** One set of secrets for every app on the one database (the receipt key must not change). */
const base = testConfig()

/** The app with the metrics settings that loadConfig derives from this environment. */
async function appWith(env: Record<string, string>, production = false) {
  const metrics = networkSettings(env, production, (variable, message) => {
    throw new Error(`${variable}: ${message}`)
  }).metrics
  const config = { ...base, env: production ? ('production' as const) : base.env, metrics }
  const app = await buildTestApp(tdb.database, { config })
  apps.push(app)
  await app.ready()
  return app
}

before(async () => {
  tdb = await createTestDatabase()
})
after(async () => {
  for (const app of apps) await app.close()
  await tdb.close()
})

describe('/metrics', () => {
  it('is not on the public listener in production', async () => {
    const app = await appWith({}, true)
    assert.equal((await app.inject('/metrics')).statusCode, 404)
    assert.equal((await app.inject('/healthz')).statusCode, 200)
  })

  it('answers only the right bearer token when METRICS_TOKEN is set', async () => {
    const app = await appWith({ METRICS_TOKEN: TOKEN })
    const get = (authorization?: string) =>
      app.inject({ url: '/metrics', headers: authorization ? { authorization } : {} })
    const none = await get()
    assert.equal(none.statusCode, 401)
    assert.doesNotMatch(none.body, /process_resident_memory_bytes/)
    assert.equal((await get(`Bearer ${TOKEN}x`)).statusCode, 401)
    assert.equal((await get(`Basic ${TOKEN}`)).statusCode, 401)
    const ok = await get(`Bearer ${TOKEN}`)
    assert.equal(ok.statusCode, 200)
    assert.match(ok.body, /process_resident_memory_bytes/)
  })

  it('is served on METRICS_PORT, and then not on the public listener', async () => {
    const app = await appWith({ METRICS_PORT: '0' })
    const address = app.metricsAddress()
    assert.ok(address, 'the metrics listener is up once the app is ready')
    assert.equal(address.address, '127.0.0.1')
    const base = `http://127.0.0.1:${address.port}`
    await app.inject('/healthz')
    const res = await fetch(`${base}/metrics`)
    assert.equal(res.status, 200)
    const text = await res.text()
    assert.match(text, /http_request_duration_seconds_bucket/)
    assert.equal((await fetch(`${base}/`)).status, 404)
    assert.equal((await app.inject('/metrics')).statusCode, 404)
  })

  it('stays open in development, where the portal listens on 127.0.0.1', async () => {
    const app = await appWith({})
    assert.equal((await app.inject('/metrics')).statusCode, 200)
  })
})
