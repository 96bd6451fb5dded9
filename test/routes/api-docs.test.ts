import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Validator } from '@seriousme/openapi-schema-validator'
import type { FastifyInstance } from 'fastify'
import type { Config } from '../../src/config.js'
import { API_DOCS_PATHS, mergeOpenApi } from '../../src/features/api-docs/index.js'
import { API_PATHS, PROBLEM_KINDS } from '../../src/features/lifecycle/index.js'
import { CHECK_PATHS } from '../../src/features/registration-check/index.js'
import { buildTestApp, testConfig } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

// The portal's APIs in one OpenAPI 3.1 document, and the problem types their refusals name,
// each resolving to its section of a Thai and English page.

let tdb: TestDatabase
let app: FastifyInstance
let config: Config

before(async () => {
  tdb = await createTestDatabase()
  config = testConfig()
  app = await buildTestApp(tdb.database, { config })
  await app.ready()
})
after(async () => {
  await app.close()
  await tdb.close()
})

interface Doc {
  openapi: string
  servers: { url: string }[]
  tags: { name: string }[]
  paths: Record<string, Record<string, { tags?: string[] }>>
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> }
}

describe("the portal's one OpenAPI document", () => {
  it('holds both APIs, each operation under its tag, and a validator accepts it', async () => {
    const res = await app.inject(API_DOCS_PATHS.openapi)
    assert.equal(res.statusCode, 200)
    assert.match(String(res.headers['content-type']), /^application\/json/)
    const doc = res.json<Doc>()
    assert.equal(doc.openapi, '3.1.0')
    const result = await new Validator().validate(res.json<Record<string, unknown>>())
    assert.equal(result.valid, true, JSON.stringify(result.errors))
    assert.deepEqual(doc.servers, [{ url: config.publicBaseUrl }])
    assert.deepEqual(
      doc.tags.map((t) => t.name),
      ['customs-activity', 'registration-check'],
    )
    assert.deepEqual(doc.paths[API_PATHS.token]?.post?.tags, ['customs-activity'])
    assert.deepEqual(doc.paths[API_PATHS.activity]?.post?.tags, ['customs-activity'])
    assert.deepEqual(doc.paths[CHECK_PATHS.api]?.get?.tags, ['registration-check'])
    for (const name of [
      'ActivityBatch',
      'TokenRequest',
      'Problem',
      'CheckResponse',
      'CheckProblem',
    ])
      assert.ok(doc.components.schemas[name], name)
    assert.ok(doc.components.securitySchemes.clearanceSystem)
  })

  it("leads the registration check's old address to it", async () => {
    const res = await app.inject('/api/v1/registration-check/openapi.json')
    assert.equal(res.statusCode, 308)
    assert.equal(res.headers.location, API_DOCS_PATHS.openapi)
  })

  it('refuses to merge a path twice, or a schema named twice with another meaning', () => {
    const info = { title: 't', version: '1' }
    const part = (schema: unknown, path = '/a') => ({
      openapi: '3.1.0',
      info: { title: 'p', version: '1' },
      paths: { [path]: { get: { responses: { '200': { description: 'ok' } } } } },
      components: { schemas: { Shared: schema } },
    })
    const same = mergeOpenApi(
      info,
      [],
      [
        { tag: 'one', document: part({ type: 'string' }) },
        { tag: 'two', document: part({ type: 'string' }, '/b') },
      ],
    ) as { components: { schemas: Record<string, unknown> } }
    assert.deepEqual(same.components.schemas, { Shared: { type: 'string' } })
    assert.throws(
      () =>
        mergeOpenApi(
          info,
          [],
          [
            { tag: 'one', document: part({ type: 'string' }) },
            { tag: 'two', document: part({ type: 'integer' }, '/b') },
          ],
        ),
      /schema "Shared"/,
    )
    assert.throws(
      () =>
        mergeOpenApi(
          info,
          [],
          [
            { tag: 'one', document: part({ type: 'string' }) },
            { tag: 'two', document: part({ type: 'string' }) },
          ],
        ),
      /path \/a/,
    )
  })
})

describe('the problem types', () => {
  it("a refusal's type resolves to its section of the problems page, with its status", async () => {
    const refused = await app.inject({
      method: 'POST',
      url: API_PATHS.activity,
      payload: { events: [] },
    })
    assert.equal(refused.statusCode, 401)
    const problem = refused.json<{ type: string; status: number }>()
    const type = new URL(problem.type)
    assert.equal(type.origin, new URL(config.publicBaseUrl).origin)
    assert.equal(type.pathname, '/api/v1/problems/unauthorized')
    assert.equal(problem.status, PROBLEM_KINDS.unauthorized)
    const link = await app.inject(type.pathname)
    assert.equal(link.statusCode, 303)
    assert.equal(link.headers.location, `${API_DOCS_PATHS.problems}#unauthorized`)
    assert.equal((await app.inject('/api/v1/problems/no-such-kind')).statusCode, 404)
  })

  it('lists every problem type with its address, status and meaning, in Thai and English', async () => {
    const th = await app.inject(API_DOCS_PATHS.problems)
    const en = await app.inject(`${API_DOCS_PATHS.problems}?lang=en`)
    assert.equal(th.statusCode, 200)
    assert.equal(en.statusCode, 200)
    assert.match(th.body, /<html lang="th"/)
    assert.match(th.body, /<h1[^>]*>ประเภทปัญหาของ API<\/h1>/)
    assert.match(en.body, /<h1[^>]*>API problem types<\/h1>/)
    assert.match(th.body, /ไม่มีโทเค็น หรือโทเค็นหมดอายุ/)
    assert.match(en.body, /No access token, or one that has expired/)
    for (const [kind, status] of Object.entries(PROBLEM_KINDS)) {
      for (const page of [th.body, en.body]) {
        const section = new RegExp(`<section id="${kind}"[\\s\\S]*?</section>`).exec(page)?.[0]
        assert.ok(section, kind)
        assert.ok(section.includes(`${config.publicBaseUrl}/api/v1/problems/${kind}`), kind)
        assert.match(section, new RegExp(`<dd[^>]*>${status}</dd>`), kind)
      }
    }
    assert.ok(en.body.includes(`href="${API_DOCS_PATHS.openapi}"`))
  })
})
