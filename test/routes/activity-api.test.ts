import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import rateLimit from '@fastify/rate-limit'
import { Validator } from '@seriousme/openapi-schema-validator'
import Fastify, { type FastifyInstance } from 'fastify'
import type { Config } from '../../src/config.js'
import { API_DOCS_PATHS } from '../../src/features/api-docs/index.js'
import {
  API_PATHS,
  createApiClient,
  disableApiClient,
  lifecycleRoutes,
  rotateApiClientSecret,
} from '../../src/features/lifecycle/index.js'
import { seedRegistration } from '../../src/features/lifecycle/test-support/seed.repository.js'
import { isMovable, type MovableClock } from '../../src/platform/jobs/index.js'
import { createPiiCrypto, type PiiCrypto } from '../../src/platform/pii-crypto.js'
import { businessDate } from '../../src/platform/time.js'
import { buildTestApp, testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'
import { idFactory } from '../helpers/journey.js'

let tdb: TestDatabase
let app: FastifyInstance
let config: Config
let crypto: PiiCrypto
let clock: MovableClock
const operator = { osUser: 'test', host: 'test' }
const nextId = idFactory('5')
let serial = 0
const DAY = 86_400_000

before(async () => {
  tdb = await createTestDatabase()
  config = testConfig()
  app = await buildTestApp(tdb.database, { config })
  await app.ready()
  crypto = createPiiCrypto({ encryption: config.secrets.encryption, hmac: config.secrets.hmac })
  assert.ok(isMovable(app.jobs.clock))
  clock = app.jobs.clock
})
after(async () => {
  await app.close()
  await tdb.close()
})

const db = () => tdb.database.db

/** A fresh juristic ID (companies' numbers begin with 0). */
function juristicId(): string {
  serial += 1
  return `0105${String(process.pid % 10000).padStart(4, '0')}${String(serial).padStart(5, '0')}`
}

function ref(): string {
  serial += 1
  return `A${process.pid}-${serial}`.toUpperCase()
}

async function client(name: string) {
  const made = await createApiClient(db(), `${name}-${++serial}`, clock.now(), operator)
  return made
}

async function tokenFor(c: { clientId: string; secret: string }): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: API_PATHS.token,
    payload: { grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.secret },
  })
  assert.equal(res.statusCode, 200, res.body)
  return res.json<{ access_token: string }>().access_token
}

function report(token: string, payload: unknown) {
  return app.inject({
    method: 'POST',
    url: API_PATHS.activity,
    headers: { authorization: `Bearer ${token}` },
    payload: payload as object,
  })
}

function problemOf(res: { statusCode: number; headers: Record<string, unknown>; body: string }) {
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/)
  const p = JSON.parse(res.body) as {
    type: string
    status: number
    title: string
    errors: { pointer?: string; header?: string; parameter?: string; code: string }[]
  }
  assert.equal(p.status, res.statusCode)
  assert.ok(p.errors.length > 0)
  for (const e of p.errors) assert.ok(e.pointer !== undefined || e.header || e.parameter)
  return p
}

async function activityCount(): Promise<number> {
  const row = await db()
    .withTables<{ customs_activity: { declaration_ref: string } }>()
    .selectFrom('customs_activity')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

async function lastActivity(id: string): Promise<Date> {
  const row = await db()
    .selectFrom('registrations')
    .select('last_activity_at')
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
  return row.last_activity_at
}

describe('the customs activity API', () => {
  it('is in the portal’s OpenAPI 3.1 document, made from its schemas, which a validator accepts', async () => {
    const res = await app.inject({ method: 'GET', url: API_DOCS_PATHS.openapi })
    assert.equal(res.statusCode, 200)
    const doc = res.json<{
      openapi: string
      components: {
        schemas: Record<
          string,
          {
            required?: string[]
            properties?: Record<string, { maxItems?: number; items?: { $ref?: string } }>
          }
        >
      }
    }>()
    assert.equal(doc.openapi, '3.1.0')
    const result = await new Validator().validate(doc)
    assert.equal(result.valid, true, JSON.stringify(result.errors))
    const events = doc.components.schemas.ActivityBatch?.properties?.events
    assert.equal(events?.maxItems, 1000)
    assert.equal(events?.items?.$ref, '#/components/schemas/ActivityEvent')
    assert.deepEqual(doc.components.schemas.ActivityEvent?.required?.sort(), [
      'declarationDate',
      'declarationReference',
      'registrationNumber',
    ])
  })

  it('records declarations of a person and a company, moves their last activity, and a resend changes nothing', async () => {
    const start = new Date(clock.now().getTime() - 200 * DAY)
    const personNo = nextId()
    const companyNo = juristicId()
    const person = await seedRegistration(db(), crypto, { number: personNo, validFrom: start })
    const company = await seedRegistration(db(), crypto, { number: companyNo, validFrom: start })
    const token = await tokenFor(await client('clearance'))
    const day = businessDate(new Date(clock.now().getTime() - 3 * DAY))
    const events = [
      { registrationNumber: personNo, declarationReference: ref(), declarationDate: day },
      { registrationNumber: companyNo, declarationReference: ref(), declarationDate: day },
    ]
    const before = await activityCount()
    const res = await report(token, { events })
    assert.equal(res.statusCode, 200, res.body)
    assert.deepEqual(res.json(), {
      received: 2,
      recorded: 2,
      duplicates: 0,
      results: events.map((e) => ({
        declarationReference: e.declarationReference,
        outcome: 'recorded',
      })),
    })
    assert.equal(await activityCount(), before + 2)
    assert.equal(
      (await lastActivity(person)).toISOString(),
      new Date(`${day}T00:00:00+07:00`).toISOString(),
    )
    assert.equal(
      (await lastActivity(company)).toISOString(),
      new Date(`${day}T00:00:00+07:00`).toISOString(),
    )

    const again = await report(token, { events })
    assert.equal(again.statusCode, 200)
    assert.equal(again.json<{ duplicates: number }>().duplicates, 2)
    assert.equal(await activityCount(), before + 2, 'the resend recorded nothing')
    const older = {
      ...events[0],
      declarationReference: ref(),
      declarationDate: businessDate(start),
    }
    assert.equal((await report(token, { events: [older] })).statusCode, 200)
    assert.equal(
      (await lastActivity(person)).toISOString(),
      new Date(`${day}T00:00:00+07:00`).toISOString(),
      'an older declaration never moves the last activity back',
    )
  })

  it('refuses bad input with a problem for each field, and records nothing', async () => {
    const start = new Date(clock.now().getTime() - 30 * DAY)
    const personNo = nextId()
    await seedRegistration(db(), crypto, { number: personNo, validFrom: start })
    const token = await tokenFor(await client('bad-input'))
    const today = businessDate(clock.now())
    const good = () => ({
      registrationNumber: personNo,
      declarationReference: ref(),
      declarationDate: today,
    })
    const before = await activityCount()

    const types = problemOf(
      await report(token, { events: [good(), { ...good(), declarationDate: 20250101, extra: 1 }] }),
    )
    assert.equal(types.status, 400)
    assert.deepEqual(types.errors.map((e) => e.pointer).sort(), [
      '/events/1/declarationDate',
      '/events/1/extra',
    ])

    const unknown = problemOf(
      await report(token, { events: [good(), { ...good(), registrationNumber: nextId() }] }),
    )
    assert.equal(unknown.status, 422)
    assert.deepEqual(
      unknown.errors.map((e) => [e.pointer, e.code]),
      [['/events/1/registrationNumber', 'unknown_registration']],
    )

    const twice = good()
    const dup = problemOf(await report(token, { events: [twice, { ...twice }] }))
    assert.deepEqual(
      dup.errors.map((e) => [e.pointer, e.code]),
      [['/events/1/declarationReference', 'duplicate_in_batch']],
    )

    const recorded = good()
    assert.equal((await report(token, { events: [recorded] })).statusCode, 200)
    const changed = problemOf(
      await report(token, {
        events: [{ ...recorded, declarationDate: businessDate(start) }],
      }),
    )
    assert.deepEqual(
      changed.errors.map((e) => [e.pointer, e.code]),
      [['/events/0/declarationReference', 'conflict']],
    )

    const future = businessDate(new Date(clock.now().getTime() + 3 * DAY))
    const late = problemOf(
      await report(token, { events: [{ ...good(), declarationDate: future }] }),
    )
    assert.deepEqual(
      late.errors.map((e) => e.code),
      ['in_future'],
    )

    const oversize = problemOf(await report(token, { events: Array.from({ length: 1001 }, good) }))
    assert.equal(oversize.status, 400)
    assert.deepEqual(
      oversize.errors.map((e) => [e.pointer, e.code]),
      [['/events', 'too_big']],
    )

    const notJson = problemOf(
      await app.inject({
        method: 'POST',
        url: API_PATHS.activity,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        payload: '{"events": [',
      }),
    )
    assert.equal(notJson.status, 400)
    assert.equal(await activityCount(), before + 1, 'only the one good batch was recorded')

    const refused = await db()
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'activity.batch_refused')
      .execute()
    assert.ok(refused.length >= 4, 'refused batches are audited')
  })

  it('refuses a missing, forged or expired token and a wrong secret', async () => {
    const c = await client('tokens')
    const none = problemOf(await report('', { events: [] }))
    assert.equal(none.status, 401)
    const forged = problemOf(await report('eyJhbGciOiJIUzI1NiJ9.e30.c2ln', { events: [] }))
    assert.deepEqual(
      forged.errors.map((e) => [e.header, e.code]),
      [['Authorization', 'invalid_token']],
    )
    const token = await tokenFor(c)
    clock.advance(301_000)
    const expired = await report(token, { events: [] })
    assert.equal(expired.statusCode, 401)
    assert.match(String(expired.headers['www-authenticate']), /invalid_token/)
    assert.deepEqual(
      problemOf(expired).errors.map((e) => e.code),
      ['expired_token'],
    )

    const wrong = await app.inject({
      method: 'POST',
      url: API_PATHS.token,
      payload: { grant_type: 'client_credentials', client_id: c.clientId, client_secret: 'nope' },
    })
    const p = problemOf(wrong) as ReturnType<typeof problemOf> & { error?: string }
    assert.equal(p.status, 401)
    assert.equal(p.error, 'invalid_client')
    const grant = problemOf(
      await app.inject({
        method: 'POST',
        url: API_PATHS.token,
        payload: { grant_type: 'password' },
      }),
    ) as ReturnType<typeof problemOf> & { error?: string }
    assert.equal(grant.error, 'unsupported_grant_type')
    assert.deepEqual(
      grant.errors.map((e) => e.parameter),
      ['grant_type'],
    )
    const basic = await app.inject({
      method: 'POST',
      url: API_PATHS.token,
      headers: {
        authorization: `Basic ${Buffer.from(`${c.clientId}:${c.secret}`).toString('base64')}`,
      },
      payload: { grant_type: 'client_credentials' },
    })
    assert.equal(basic.statusCode, 200, 'HTTP Basic client authentication works too')
  })

  it('rotates a secret with an overlap, disables a client at once, and audits each change', async () => {
    const c = await client('rotating')
    const { secret } = await rotateApiClientSecret(db(), c.clientId, clock.now(), operator, DAY)
    await tokenFor(c)
    await tokenFor({ clientId: c.clientId, secret })
    clock.advance(DAY + 1000)
    const old = await app.inject({
      method: 'POST',
      url: API_PATHS.token,
      payload: { grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.secret },
    })
    assert.equal(old.statusCode, 401, 'the old secret stops after the overlap')
    const token = await tokenFor({ clientId: c.clientId, secret })
    await disableApiClient(db(), c.clientId, clock.now(), operator)
    assert.equal(
      (await report(token, { events: [] })).statusCode,
      401,
      'a disabled client’s token is refused',
    )
    const actions = await db()
      .selectFrom('audit_events')
      .select('action')
      .where('action', 'like', 'api_client.%')
      .execute()
    for (const a of ['api_client.created', 'api_client.secret_rotated', 'api_client.disabled'])
      assert.ok(
        actions.some((r) => r.action === a),
        a,
      )
  })

  it('limits each calling system’s requests per minute, with a problem and Retry-After', async () => {
    const small = Fastify()
    await small.register(rateLimit, { global: false })
    await small.register(lifecycleRoutes, {
      deps: { db: db(), crypto, clock, publicBaseUrl: config.publicBaseUrl, simulators: true },
      tokenSecret: config.secrets.hmac,
      apiRequestsPerMinute: 2,
    })
    await small.ready()
    try {
      const c = await client('limited')
      const t = await small.inject({
        method: 'POST',
        url: API_PATHS.token,
        headers: { 'content-type': 'application/json' },
        payload: {
          grant_type: 'client_credentials',
          client_id: c.clientId,
          client_secret: c.secret,
        },
      })
      const token = t.json<{ access_token: string }>().access_token
      const send = () =>
        small.inject({
          method: 'POST',
          url: API_PATHS.activity,
          headers: { authorization: `Bearer ${token}` },
          payload: { events: [] },
        })
      assert.equal((await send()).statusCode, 400)
      assert.equal((await send()).statusCode, 400)
      const limited = await send()
      assert.equal(problemOf(limited).status, 429)
      assert.ok(Number(limited.headers['retry-after']) > 0)
    } finally {
      await small.close()
    }
  })
})
