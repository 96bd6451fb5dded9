import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import {
  createHttpAdapter,
  createSyntheticAdapter,
  syntheticRegistry,
  type Registry,
} from '../../src/features/registry-dbd/index.js'
import { withCheckDigit } from '../../src/platform/thai-id.js'
import { sampleCompanies } from '../../src/simulators/dbd/samples.js'
import { buildTestApp, testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'
import { Desktop } from '../helpers/journey.js'

let tdb: TestDatabase
let app: FastifyInstance
let baseUrl: string
/** A registry that can be switched off, as DBD sometimes is. */
let dbdDown = false
const synthetic = createSyntheticAdapter(syntheticRegistry(1))
const flaky: Registry = {
  source: 'synthetic',
  adapter: {
    lookupJuristicPerson: (id) =>
      dbdDown
        ? Promise.resolve({ status: 'unavailable', reason: 'test' })
        : synthetic.lookupJuristicPerson(id),
  },
}

before(async () => {
  tdb = await createTestDatabase()
  app = await buildTestApp(tdb.database, {
    config: testConfig({ DBD_API_KEY: 'simulator-key' }),
    registry: flaky,
  })
  baseUrl = await app.listen({ port: 0, host: '127.0.0.1' })
})
after(async () => {
  await app.close()
  await tdb.close()
})

const company = sampleCompanies(1, 1).get('two-sign')?.[0]

describe('DBD: the production HTTP adapter against the bundled simulator, and an outage', () => {
  it('the simulator speaks the wire the production adapter reads: same company, 404 for unknown IDs', async () => {
    assert.ok(company)
    const adapter = createHttpAdapter({
      baseUrl: `${baseUrl}/simulators/dbd`,
      apiKey: 'simulator-key',
      timeoutMs: 2000,
      retries: 1,
      cacheTtlMs: 0,
      breaker: { failures: 5, resetMs: 1000 },
    })
    const found = await adapter.lookupJuristicPerson(company.id)
    assert.deepEqual(found, { status: 'found', company })
    const missing = await adapter.lookupJuristicPerson(withCheckDigit('010559999999'))
    assert.deepEqual(missing, { status: 'not_found' })
  })

  it('refuses a caller without the API key (the adapter reports it unavailable, never "not found")', async () => {
    assert.ok(company)
    const res = await fetch(`${baseUrl}/simulators/dbd/juristic-persons/${company.id}`)
    assert.equal(res.status, 401)
    const adapter = createHttpAdapter({
      baseUrl: `${baseUrl}/simulators/dbd`,
      apiKey: 'wrong',
      timeoutMs: 2000,
      retries: 0,
      cacheTtlMs: 0,
      breaker: { failures: 5, resetMs: 1000 },
    })
    assert.equal((await adapter.lookupJuristicPerson(company.id)).status, 'unavailable')
  })

  it('DBD unreachable: a clear "try again later" page, never a 500, and the draft keeps the ID', async () => {
    assert.ok(company)
    const d = new Desktop(app)
    await d.post('/register/company', '/register/company', { accept: 'yes' })
    dbdDown = true
    try {
      const res = await d.post('/register/company/company', '/register/company/company', {
        juristicId: company.id,
      })
      assert.equal(res.statusCode, 503)
      assert.match(res.body, /data-dbd-unavailable/)
      const snapshots = await tdb.database.db
        .selectFrom('dbd_snapshots')
        .select('id')
        .where('juristic_id', '=', company.id)
        .execute()
      assert.equal(
        snapshots.length,
        0,
        'an outage is not an answer: nothing is recorded as DBD data',
      )
      const page = await d.get('/register/company/company')
      assert.ok(page.body.includes(`value="${company.id}"`), 'the typed ID is kept')
    } finally {
      dbdDown = false
    }
    const retry = await d.post('/register/company/company', '/register/company/company', {
      juristicId: company.id,
    })
    assert.equal(retry.statusCode, 303)
    const page = await d.get('/register/company/company')
    assert.match(page.body, /data-precheck/)
  })

  it('each lookup is kept as its own effective-dated snapshot, encrypted', async () => {
    assert.ok(company)
    const rows = await tdb.database.db
      .selectFrom('dbd_snapshots')
      .select(['found', 'status', 'body_enc', 'fetched_at'])
      .where('juristic_id', '=', company.id)
      .orderBy('fetched_at')
      .execute()
    assert.ok(rows.length >= 1)
    for (const r of rows) {
      assert.equal(r.found, true)
      assert.ok(r.body_enc)
      assert.ok(!r.body_enc.toString('utf8').includes(company.directors[0]?.id ?? 'x'))
    }
  })
})
