// Every route the app registers, found from the app itself (so a new form is fuzzed the day it
// lands): POSTs without a CSRF token, with a forged one, with another session's and with one of the
// wrong type are refused with 403 and change nothing stored; POSTs with a valid token and hostile
// bodies, and GETs with hostile path parameters and query strings, never answer 500.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import fc from 'fast-check'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import type { EkycSimulator } from '../../src/simulators/ekyc/index.js'
import type { TestDatabase } from '../helpers/db.js'
import { Desktop, journeyApp } from '../helpers/journey.js'
import { encoding, formOf, hostileString, MALICIOUS } from './arbitraries.js'
import { assertSafeAnswer, pathSegment, postAs, RUNS, tokenOf, urlEncoded } from './support.js'

let tdb: TestDatabase
let app: FastifyInstance
let close: () => Promise<void>
let sim: EkycSimulator
let routes: { path: string; methods: string[] }[]

// Written by design on refusals (the audit trail records them) or by any page view (sessions).
const NOT_STATE = new Set([
  'sessions',
  'audit_events',
  'audit_event_details',
  'audit_checkpoints',
  'schema_migrations',
])

/** The app's routes, read from Fastify's route tree. */
function routesOf(tree: string): { path: string; methods: string[] }[] {
  const stack: string[] = []
  const out: { path: string; methods: string[] }[] = []
  for (const line of tree.split('\n')) {
    const m = /^([│ ]*)[├└]── (.+?) \(([A-Z, ]+)\)$/.exec(line)
    if (!m) continue
    const depth = (m[1] ?? '').length / 4
    stack.length = depth
    const parent = stack[depth - 1] ?? ''
    const path = `${parent}${m[2] ?? ''}`
    stack[depth] = path
    out.push({ path, methods: (m[3] ?? '').split(', ') })
  }
  return out.filter((r) => r.path !== '/*' && !r.path.includes('*'))
}

/** The path with its parameters filled in (percent-encoded, as a browser would send them). */
function fill(path: string, value: string): string {
  return path.replace(/:[A-Za-z]+/g, pathSegment(value))
}

/** Row counts of every application table (sessions and the audit trail aside). */
async function allCounts(): Promise<Record<string, number>> {
  const { rows } = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`.execute(tdb.database.db)
  const tables = rows.map((r) => r.table_name).filter((t) => !NOT_STATE.has(t))
  const select = tables.map((t) => `(SELECT count(*) FROM "${t}") AS "${t}"`).join(', ')
  const counts = await sql<Record<string, string | number>>`${sql.raw(`SELECT ${select}`)}`.execute(
    tdb.database.db,
  )
  return Object.fromEntries(Object.entries(counts.rows[0] ?? {}).map(([k, v]) => [k, Number(v)]))
}

before(async () => {
  ;({ tdb, app, sim, close } = await journeyApp())
  routes = routesOf(app.printRoutes({ commonPrefix: false }))
  assert.ok(
    routes.some((r) => r.path === '/register/person/details'),
    'the route tree was read',
  )
})
after(() => close())

describe('fuzz: CSRF on every POST route', () => {
  it('no token, a forged one, another session’s or the wrong type: 403 and nothing stored', async () => {
    const posts = routes.filter((r) => r.methods.includes('POST'))
    assert.ok(posts.length >= 10, `${posts.length} POST routes`)
    const victim = new Desktop(app)
    await tokenOf(victim, '/register/person')
    const other = new Desktop(app)
    const othersToken = await tokenOf(other, '/register/person')
    const badTokens = fc.oneof(
      fc.constant(undefined),
      fc.constant(othersToken),
      hostileString,
      fc.array(fc.constant(othersToken), { minLength: 2, maxLength: 2 }),
      fc.constant({ token: othersToken }),
    )
    const before = await allCounts()
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...posts.map((r) => r.path)),
        fc.constantFrom(...MALICIOUS),
        formOf(['accept', 'nationalId', 'email', 'code', 'submitKey', 'handle', 'choice']),
        badTokens,
        fc.constantFrom('form', 'json', 'header' as const),
        async (path, param, body, token, where) => {
          const url = fill(path, param)
          const sent = where === 'header' || token === undefined ? body : { ...body, _csrf: token }
          const res =
            where === 'header'
              ? await app.inject({
                  method: 'POST',
                  url,
                  payload: urlEncoded(sent),
                  headers: {
                    'content-type': 'application/x-www-form-urlencoded',
                    'x-csrf-token': typeof token === 'string' ? token : 'forged',
                    cookie: victim.jar.header(),
                  },
                })
              : await postAs(app, victim, url, sent, where)
          assertSafeAnswer(res, `POST ${url}`)
          // Refused before anything runs: the CSRF check, or before it the body limit (413), the
          // router's parameter length limit (414) or the JSON parser's prototype-poisoning guard.
          const poisoned =
            where === 'json' && /"(__proto__|constructor)"/.test(JSON.stringify(sent))
          // A machine endpoint carries no cookie credentials and so needs no CSRF token: the
          // portal's APIs (/api/…, bearer tokens), the bank's payment callback (an HMAC over the
          // body) and a simulator's API for the portal (the licence registry's, an API key). It
          // is refused for want of its own credentials (401), or its body (400, 415).
          const api =
            path.startsWith('/api/') ||
            path === '/payments/promptpay/callback' ||
            /^\/simulators\/[a-z-]+\/v1\//.test(path)
          assert.ok(
            [403, 413, 414].includes(res.statusCode) ||
              (poisoned && res.statusCode === 400) ||
              (api && [400, 401, 415].includes(res.statusCode)),
            `POST ${url} without a valid token: ${res.statusCode}`,
          )
        },
      ),
      { numRuns: RUNS * 6 },
    )
    assert.deepEqual(await allCounts(), before, 'a refused request stored something')
  })
})

describe('fuzz: hostile bodies with a valid token on every POST route', () => {
  it('never a 500', async () => {
    const posts = routes.filter((r) => r.methods.includes('POST'))
    const d = new Desktop(app)
    const token = await tokenOf(d, '/register/person')
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...posts.map((r) => r.path)),
        fc.oneof(hostileString, fc.constantFrom(...MALICIOUS)),
        formOf([
          'accept',
          'nationalId',
          'email',
          'mobile',
          'code',
          'submitKey',
          'handle',
          'choice',
          'mailingSame',
          'postcode',
          'juristicId',
          'password',
          'query',
        ]),
        encoding,
        async (path, param, body, enc) => {
          const res = await postAs(app, d, fill(path, param), { ...body, _csrf: token }, enc)
          assertSafeAnswer(res, `POST ${path}`)
        },
      ),
      { numRuns: RUNS * 6 },
    )
  })
})

describe('fuzz: every GET route with hostile parameters and query strings', () => {
  it('never a 500', async () => {
    const gets = routes.filter((r) => r.methods.includes('GET'))
    const d = new Desktop(app)
    await d.get('/register/person')
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...gets.map((r) => r.path)),
        fc.oneof(hostileString, fc.constantFrom(...MALICIOUS)),
        fc.dictionary(
          fc.constantFrom(
            'lang',
            'code',
            'state',
            'error',
            'iss',
            'waiting',
            'resent',
            'q',
            'page',
          ),
          fc.oneof(hostileString, fc.array(hostileString, { maxLength: 2 })),
          { maxKeys: 3 },
        ),
        async (path, param, query) => {
          const url = `${fill(path, param)}?${urlEncoded(query)}`
          const res = await d.get(url)
          // The agency's SSO does not run beside this test app: its sign-in answers "sign-in is
          // unavailable for now" (503), as it must when the SSO is down; never another 5xx.
          if (path.startsWith('/officer/sso') && res.statusCode === 503) {
            assert.match(res.body, /<h1[^>]*>/)
            return
          }
          assertSafeAnswer(res, `GET ${url.slice(0, 200)}`)
        },
      ),
      { numRuns: RUNS * 6 },
    )
  })

  it('the bank simulator’s callback shapes are answered too (unknown state, errors, replays)', async () => {
    const d = new Desktop(app)
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            code: hostileString,
            state: hostileString,
            error: fc.constantFrom('access_denied', 'temporarily_unavailable', 'x'),
            iss: fc.oneof(fc.constant(sim.url), hostileString),
          },
          { requiredKeys: [] },
        ),
        async (query) => {
          assertSafeAnswer(await d.get(`/ekyc/callback?${urlEncoded(query)}`), 'callback')
        },
      ),
      { numRuns: RUNS },
    )
  })
})
