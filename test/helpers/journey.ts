import assert from 'node:assert/strict'
import type { FastifyBaseLogger, FastifyInstance, LightMyRequestResponse } from 'fastify'
import { Phone } from '../../src/simulators/ekyc/ekyc-simulator.test-support.js'
import { startEkycSimulator, type EkycSimulator } from '../../src/simulators/ekyc/index.js'
import type { Config } from '../../src/config.js'
import type { Database } from '../../src/platform/db/database.js'
import { withCheckDigit } from '../../src/platform/thai-id.js'
import { freePort } from '../../src/simulators/ekyc/ekyc-simulator.test-support.js'
import { buildTestApp, cookieJar, csrfFrom, testConfig } from './app.js'
import { createTestDatabase, type TestDatabase } from './db.js'

/** The bundled bank simulator for a test app, on the port its configuration names. */
export async function startSimulatorFor(
  config: Config,
  database: Database,
): Promise<EkycSimulator> {
  return startEkycSimulator({
    issuer: config.idp.issuer,
    host: '127.0.0.1',
    port: config.idp.simulatorPort ?? 0,
    db: database.db,
    clients: [
      {
        client_id: config.idp.clientId,
        client_secret: config.idp.clientSecret,
        redirect_uris: [`${config.publicBaseUrl}/ekyc/callback`],
      },
    ],
    firstTimeDelayMs: 1500,
  })
}

type Form = Record<string, string>

/** A browser on the desktop: the app through inject, with cookies and CSRF tokens. */
export class Desktop {
  readonly jar = cookieJar()
  constructor(private readonly app: FastifyInstance) {}

  async get(url: string): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: 'GET',
      url,
      headers: { cookie: this.jar.header() },
    })
    this.jar.take(res)
    return res
  }

  /** Opens a page and posts its form (with the page's CSRF token) to the given action. */
  async post(pageUrl: string, action: string, form: Form): Promise<LightMyRequestResponse> {
    const page = await this.get(pageUrl)
    return this.postWithToken(action, { _csrf: csrfFrom(page.body), ...form })
  }

  async postWithToken(action: string, form: Form): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: 'POST',
      url: action,
      payload: new URLSearchParams(form).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: this.jar.header() },
    })
    this.jar.take(res)
    return res
  }
}

/** The last e-mail confirmation code sent through the outbox (to this address, when given). */
export async function lastCode(database: Database, to?: string): Promise<string> {
  const rows = await database.db
    .selectFrom('outbox')
    .select(['payload', 'created_at'])
    .orderBy('created_at', 'desc')
    .limit(20)
    .execute()
  for (const r of rows) {
    if (to !== undefined && r.payload.to !== to) continue
    const m = /(\d{6})/.exec(String(r.payload.subject ?? ''))
    if (m?.[1]) return m[1]
  }
  throw new Error('no code in the outbox')
}

/**
 * The phone's part: opens the link behind the QR code, chooses a person and an outcome on the
 * bank's page, and returns the callback path and query the bank redirected to.
 */
export async function approveOnPhone(
  app: FastifyInstance,
  issuer: string,
  handle: string,
  choices: { national_id?: string; outcome?: string },
): Promise<string | undefined> {
  const go = await app.inject(`/ekyc/go/${handle}`)
  assert.equal(go.statusCode, 303, `the QR link redirects to the bank: ${go.body.slice(0, 200)}`)
  const phone = new Phone()
  const { pageUrl, html } = await phone.open(new URL(go.headers.location as string), issuer)
  const res = await phone.follow(await phone.submit(pageUrl, html, choices), issuer)
  const location = res.headers.get('location')
  if (!location) return undefined
  const url = new URL(location)
  return `${url.pathname}${url.search}`
}

/** The verification handle on the waiting page. */
export function handleFrom(html: string): string {
  const m = /data-verification="([^"]+)"/.exec(html)
  if (!m?.[1]) throw new Error('no verification panel on the page')
  return m[1]
}

/** The binding number the starting screen shows. */
export function bindingCodeFrom(html: string): string {
  const m = /data-binding-code="true">(\d+)</.exec(html)
  if (!m?.[1]) throw new Error('no binding number on the page')
  return m[1]
}

/**
 * The phone's browser after the bank app: opens the callback and, when asked, picks a number
 * (the right one, or whatever the test chooses). Returns the last page the phone saw.
 */
export async function finishOnPhone(
  app: FastifyInstance,
  callback: string,
  choice: string,
): Promise<LightMyRequestResponse> {
  const phone = new Desktop(app)
  const page = await phone.get(callback)
  const handle = /name="handle" value="([^"]+)"/.exec(page.body)?.[1]
  if (!handle) return page
  return phone.postWithToken('/ekyc/bind', { _csrf: csrfFrom(page.body), handle, choice })
}

/** A test database, the bank simulator on a free port and the real app wired to both. */
export async function journeyApp(opts: { logger?: FastifyBaseLogger } = {}): Promise<{
  tdb: TestDatabase
  app: FastifyInstance
  sim: EkycSimulator
  config: Config
  close(): Promise<void>
}> {
  const tdb = await createTestDatabase()
  const config = testConfig({ IDP_SIMULATOR_PORT: String(await freePort()) })
  const sim = await startSimulatorFor(config, tdb.database)
  const app = await buildTestApp(tdb.database, { config, ...opts })
  await app.ready()
  return {
    tdb,
    app,
    sim,
    config,
    async close() {
      await app.close()
      await sim.close()
      await tdb.close()
    },
  }
}

/** Fresh valid national IDs, distinct across test files and runs (first digit per file). */
export function idFactory(firstDigit: string): () => string {
  let serial = 0
  return () => {
    serial += 1
    return withCheckDigit(
      `${firstDigit}${String(process.pid % 1000).padStart(3, '0')}${String(Date.now() % 1e5).padStart(5, '0')}${String(serial).padStart(3, '0')}`,
    )
  }
}
