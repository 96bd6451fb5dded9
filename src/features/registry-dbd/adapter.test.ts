import assert from 'node:assert/strict'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, beforeEach, describe, it } from 'node:test'
import { createHttpAdapter, createSyntheticAdapter, type HttpAdapterOptions } from './adapter.js'
import { syntheticRegistry } from './synthetic.js'

const registry = syntheticRegistry(1)
const [company] = registry.values()
if (!company) throw new Error('empty synthetic registry')
const missing = '0105500000001'

type Handler = (req: IncomingMessage, res: ServerResponse) => void
let handler: Handler
const seen: { url: string; apiKey: string | undefined }[] = []
const server = createServer((req, res) => {
  seen.push({ url: req.url ?? '', apiKey: req.headers['x-api-key'] as string | undefined })
  handler(req, res)
})
let baseUrl = ''

const json = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
}
// The stub answers like DBD would: the registry's company, 404 for anyone else.
const registryHandler: Handler = (req, res) => {
  const found = registry.get((req.url ?? '').split('/').pop() ?? '')
  if (found) json(res, 200, found)
  else json(res, 404, { error: 'not found' })
}

function adapter(
  overrides: Partial<HttpAdapterOptions> = {},
): ReturnType<typeof createHttpAdapter> {
  return createHttpAdapter({
    baseUrl,
    apiKey: 'test-key',
    timeoutMs: 200,
    retries: 2,
    cacheTtlMs: 60_000,
    breaker: { failures: 3, resetMs: 150 },
    backoffMs: 10,
    ...overrides,
  })
}

describe('HTTP registry adapter', () => {
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  })
  after(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })
  beforeEach(() => {
    seen.length = 0
    handler = registryHandler
  })

  it('finds a company and sends the API key', async () => {
    const result = await adapter().lookupJuristicPerson(company.id)
    assert.deepEqual(result, { status: 'found', company })
    assert.deepEqual(seen, [{ url: `/juristic-persons/${company.id}`, apiKey: 'test-key' }])
  })

  it('maps 404 to not_found without retrying', async () => {
    const result = await adapter().lookupJuristicPerson(missing)
    assert.deepEqual(result, { status: 'not_found' })
    assert.equal(seen.length, 1)
  })

  it('does not send malformed IDs', async () => {
    assert.deepEqual(await adapter().lookupJuristicPerson('12345'), { status: 'not_found' })
    assert.equal(seen.length, 0)
  })

  it('gives up on a registry that does not answer, within the time bounds', async () => {
    handler = () => undefined // never responds
    const started = performance.now()
    const result = await adapter({ timeoutMs: 100, retries: 1 }).lookupJuristicPerson(company.id)
    const elapsed = performance.now() - started
    assert.deepEqual(result, { status: 'unavailable', reason: 'timeout' })
    // Two attempts of 100 ms and one 10 ms backoff, plus scheduling slack.
    assert.ok(elapsed >= 190 && elapsed < 1000, `${elapsed} ms`)
    assert.equal(seen.length, 2)
  })

  it('retries 5xx with backoff and then succeeds', async () => {
    let calls = 0
    handler = (req, res) => {
      calls += 1
      if (calls <= 2) json(res, 503, { error: 'busy' })
      else registryHandler(req, res)
    }
    const result = await adapter().lookupJuristicPerson(company.id)
    assert.equal(result.status, 'found')
    assert.equal(seen.length, 3)
  })

  it('reports unavailable after the retries run out, and on a malformed body', async () => {
    handler = (_req, res) => json(res, 500, {})
    const down = await adapter({ retries: 1 }).lookupJuristicPerson(company.id)
    assert.deepEqual(down, { status: 'unavailable', reason: 'HTTP 500' })
    assert.equal(seen.length, 2)
    handler = (_req, res) => json(res, 200, { ...company, directors: [{ id: '123' }] })
    const bad = await adapter().lookupJuristicPerson(company.id)
    assert.deepEqual(bad, { status: 'unavailable', reason: 'malformed body' })
  })

  it('serves a repeat lookup from the cache until it expires', async () => {
    let clock = 0
    const dbd = adapter({ cacheTtlMs: 1000, now: () => clock })
    await dbd.lookupJuristicPerson(company.id)
    await dbd.lookupJuristicPerson(missing)
    const again = await dbd.lookupJuristicPerson(company.id)
    assert.equal(again.status, 'found')
    assert.equal((await dbd.lookupJuristicPerson(missing)).status, 'not_found')
    assert.equal(seen.length, 2)
    clock = 1001
    await dbd.lookupJuristicPerson(company.id)
    assert.equal(seen.length, 3)
  })

  it('opens the breaker after consecutive failures and half-opens after resetMs', async () => {
    handler = (_req, res) => json(res, 502, {})
    let clock = 0
    const dbd = adapter({ retries: 0, breaker: { failures: 2, resetMs: 500 }, now: () => clock })
    assert.equal((await dbd.lookupJuristicPerson(company.id)).status, 'unavailable')
    assert.equal((await dbd.lookupJuristicPerson(company.id)).status, 'unavailable')
    assert.equal(seen.length, 2)
    // Open: fails fast without touching the registry, even once it has recovered.
    handler = registryHandler
    const fast = await dbd.lookupJuristicPerson(company.id)
    assert.deepEqual(fast, { status: 'unavailable', reason: 'circuit open' })
    assert.equal(seen.length, 2)
    // Half-open: one trial goes through; a failed trial opens the breaker again.
    clock = 500
    handler = (_req, res) => json(res, 502, {})
    assert.equal((await dbd.lookupJuristicPerson(company.id)).status, 'unavailable')
    assert.equal(seen.length, 3)
    assert.deepEqual(await dbd.lookupJuristicPerson(company.id), {
      status: 'unavailable',
      reason: 'circuit open',
    })
    // After another resetMs a successful trial closes it.
    clock = 1000
    handler = registryHandler
    assert.equal((await dbd.lookupJuristicPerson(company.id)).status, 'found')
    assert.equal((await dbd.lookupJuristicPerson(missing)).status, 'not_found')
    assert.equal(seen.length, 5)
  })

  it('lets only one trial through while half-open', async () => {
    let clock = 0
    handler = (_req, res) => json(res, 503, {})
    const dbd = adapter({ retries: 0, breaker: { failures: 1, resetMs: 100 }, now: () => clock })
    await dbd.lookupJuristicPerson(company.id)
    clock = 100
    handler = (req, res) => setTimeout(() => registryHandler(req, res), 30)
    const [trial, other] = await Promise.all([
      dbd.lookupJuristicPerson(company.id),
      dbd.lookupJuristicPerson(missing),
    ])
    assert.equal(trial.status, 'found')
    assert.deepEqual(other, { status: 'unavailable', reason: 'circuit open' })
  })
})

describe('synthetic registry adapter', () => {
  it('finds registry companies and nothing else', async () => {
    const dbd = createSyntheticAdapter(registry)
    assert.deepEqual(await dbd.lookupJuristicPerson(company.id), { status: 'found', company })
    assert.deepEqual(await dbd.lookupJuristicPerson(missing), { status: 'not_found' })
  })
})
