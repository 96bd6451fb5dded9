// A slow or failing identity provider (the bank): the applicant gets the right page within the
// configured timeout (IDP_TIMEOUT_MS), and the draft is kept. Run by npm run test:faults (node:test,
// on a copy of the run's database template), against a stub provider whose answers each test shapes.
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { identityMessages } from '../../src/features/identity/messages.js'
import { buildTestApp, testConfig } from '../../test/helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../../test/helpers/db.js'
import { Desktop, handleFrom, idFactory, lastCode } from '../../test/helpers/journey.js'

const TIMEOUT_MS = 1000
// The page must come within the timeout plus this (openid-client rounds to whole seconds).
const SLACK_MS = 1500
const PATH = '/register/person'
const unavailable = identityMessages('th')('failure.unavailable')

type Mode = 'slow' | 'error' | 'slow-token'
let mode: Mode = 'slow'
let server: Server
let issuer: string
let tdb: TestDatabase
let app: FastifyInstance
const freshId = idFactory('5')
const held = new Set<NodeJS.Timeout>()

before(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', issuer)
    const stall = () => held.add(setTimeout(() => res.writeHead(504).end(), 20_000))
    if (mode === 'error') return res.writeHead(500).end('provider error')
    if (url.pathname === '/.well-known/openid-configuration') {
      if (mode === 'slow') return stall()
      return res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          issuer,
          authorization_endpoint: `${issuer}/auth`,
          token_endpoint: `${issuer}/token`,
          userinfo_endpoint: `${issuer}/me`,
          jwks_uri: `${issuer}/jwks`,
          response_types_supported: ['code'],
          id_token_signing_alg_values_supported: ['EdDSA'],
          code_challenge_methods_supported: ['S256'],
        }),
      )
    }
    // The token endpoint (and anything else) never answers in time.
    return stall()
  })
  server.listen(0, '127.0.0.1')
  await new Promise((r) => server.once('listening', r))
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  tdb = await createTestDatabase()
  app = await buildTestApp(tdb.database, {
    config: testConfig({ IDP_ISSUER: issuer, IDP_TIMEOUT_MS: String(TIMEOUT_MS) }),
  })
  await app.ready()
})

after(async () => {
  for (const t of held) clearTimeout(t)
  server.closeAllConnections()
  server.close()
  await app.close()
  await tdb.close()
})

/** A draft at the verify step with a verification started; returns the browser and its handle. */
async function atVerify(email: string) {
  const d = new Desktop(app)
  await d.post(PATH, PATH, { accept: 'yes' })
  await d.post(`${PATH}/details`, `${PATH}/details`, {
    nationalId: freshId(),
    email,
    mobile: '0812345678',
  })
  await d.post(`${PATH}/confirm-email`, `${PATH}/confirm-email`, {
    code: await lastCode(tdb.database, email),
  })
  const started = await d.post(`${PATH}/verify`, `${PATH}/verify/start`, {})
  assert.equal(started.statusCode, 303)
  const page = await d.get(`${PATH}/verify`)
  return { d, handle: handleFrom(page.body) }
}

async function draftOf(email: string) {
  return tdb.database.db
    .selectFrom('applications')
    .select(['status', 'step', 'email', 'email_confirmed_at', 'national_id_enc'])
    .where('email', '=', email)
    .executeTakeFirstOrThrow()
}

async function assertKept(email: string, d: Desktop) {
  const draft = await draftOf(email)
  assert.equal(draft.status, 'draft')
  assert.equal(draft.step, 'verify')
  assert.ok(draft.email_confirmed_at, 'the confirmed e-mail is kept')
  assert.ok(draft.national_id_enc, 'the national ID is kept')
  const page = await d.get(`${PATH}/verify`)
  assert.equal(page.statusCode, 200, 'the applicant can try again from the verify page')
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now()
  const value = await fn()
  return { value, ms: Math.round(performance.now() - t0) }
}

describe(`identity provider faults (IDP_TIMEOUT_MS=${TIMEOUT_MS})`, () => {
  it('a provider that does not answer: the 503 page within the timeout, draft kept', async () => {
    mode = 'slow'
    const email = 'slow.idp@example.com'
    const { d, handle } = await atVerify(email)
    const { value: res, ms } = await timed(() => d.get(`/ekyc/go/${handle}`))
    process.stdout.write(`# measured: discovery stalled → ${res.statusCode} in ${ms} ms\n`)
    assert.equal(res.statusCode, 503)
    assert.ok(res.body.includes(unavailable), 'the bank-unavailable message')
    assert.ok(ms <= TIMEOUT_MS + SLACK_MS, `answered in ${ms} ms`)
    await assertKept(email, d)
  })

  it('a provider that fails: the 503 page at once, draft kept', async () => {
    mode = 'error'
    const email = 'failing.idp@example.com'
    const { d, handle } = await atVerify(email)
    const { value: res, ms } = await timed(() => d.get(`/ekyc/go/${handle}`))
    process.stdout.write(`# measured: discovery HTTP 500 → ${res.statusCode} in ${ms} ms\n`)
    assert.equal(res.statusCode, 503)
    assert.ok(res.body.includes(unavailable))
    assert.ok(ms <= TIMEOUT_MS + SLACK_MS, `answered in ${ms} ms`)
    await assertKept(email, d)
  })

  it('a token endpoint that does not answer: the verify page says so within the timeout, draft kept', async () => {
    mode = 'slow-token'
    const email = 'slow.token@example.com'
    const { d, handle } = await atVerify(email)
    const go = await d.get(`/ekyc/go/${handle}`)
    assert.equal(go.statusCode, 303, 'discovery works: off to the bank')
    const { state } = await tdb.database.db
      .selectFrom('identity_verifications')
      .select('state')
      .where('handle', '=', handle)
      .executeTakeFirstOrThrow()
    // The bank sends the browser back with a code; exchanging it is what stalls.
    const { value: res, ms } = await timed(() =>
      d.get(`/ekyc/callback?code=code-1&state=${encodeURIComponent(state)}`),
    )
    process.stdout.write(`# measured: token endpoint stalled → ${res.statusCode} in ${ms} ms\n`)
    assert.ok(ms <= TIMEOUT_MS + SLACK_MS, `answered in ${ms} ms`)
    assert.equal(res.statusCode, 303)
    const back = await d.get(res.headers.location as string)
    assert.equal(back.headers.location, `${PATH}/verify`)
    const page = await d.get(`${PATH}/verify`)
    assert.equal(page.statusCode, 200)
    assert.ok(page.body.includes(unavailable), 'the verify page explains the bank did not answer')
    await assertKept(email, d)
    const again = await d.post(`${PATH}/verify`, `${PATH}/verify/start`, {})
    assert.equal(again.statusCode, 303, 'and can start again')
  })
})
