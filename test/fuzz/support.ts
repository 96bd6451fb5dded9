// Shared by the fuzz tests: sending a generated body as a browser would (url-encoded or JSON), the
// stored state an invalid request must leave alone, and drafts at each step of the journey.
import assert from 'node:assert/strict'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { sql } from 'kysely'
import type { Database } from '../../src/platform/db/database.js'
import { csrfFrom } from '../helpers/app.js'
import {
  approveOnPhone,
  bindingCodeFrom,
  Desktop,
  finishOnPhone,
  handleFrom,
  lastCode,
} from '../helpers/journey.js'

export const PATH = '/register/person'

/** Bounded runs: the whole fuzz suite stays within about a minute. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 15)

/**
 * A path segment percent-encoded as a browser would send it: a lone surrogate cannot be
 * encoded (encodeURIComponent throws), so a browser sends U+FFFD in its place.
 */
export function pathSegment(value: string): string {
  return encodeURIComponent(
    value.replace(
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      '\ufffd',
    ),
  )
}

/** A url-encoded body: arrays become repeated keys, everything else its string form. */
export function urlEncoded(body: Record<string, unknown>): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(body)) {
    if (Array.isArray(v)) for (const item of v) params.append(k, String(item))
    else if (v !== undefined)
      params.append(k, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))
  }
  return params.toString()
}

/** Posts a generated body with the browser's cookies, as a form or as JSON. */
export async function postAs(
  app: FastifyInstance,
  d: Desktop,
  url: string,
  body: Record<string, unknown>,
  encoding: 'form' | 'json',
): Promise<LightMyRequestResponse> {
  const res = await app.inject({
    method: 'POST',
    url,
    payload: encoding === 'json' ? JSON.stringify(body) : urlEncoded(body),
    headers: {
      'content-type':
        encoding === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
      cookie: d.jar.header(),
    },
  })
  d.jar.take(res)
  return res
}

/** The CSRF token of the browser's session, from a page with a form. */
export async function tokenOf(d: Desktop, pageUrl: string): Promise<string> {
  return csrfFrom((await d.get(pageUrl)).body)
}

const TABLES = [
  'applications',
  'natural_persons',
  'identity_accounts',
  'identity_verifications',
  'person_profiles',
  'document_acceptances',
  'decisions',
  'registrations',
  'registration_status_history',
  'decision_receipts',
  'journey_events',
  'outbox',
] as const

/** Row counts of every table a request of the public journey may write (not sessions or audit). */
export async function rowCounts(database: Database): Promise<Record<string, number>> {
  // An invalid form on a journey step records a step_error journey event, by design (the survey
  // asks about the step where people struggled); every other row counts.
  const select = TABLES.map((t) =>
    t === 'journey_events'
      ? `(SELECT count(*) FROM ${t} WHERE event <> 'step_error') AS ${t}`
      : `(SELECT count(*) FROM ${t}) AS ${t}`,
  ).join(', ')
  const { rows } = await sql<
    Record<string, string | number>
  >`${sql.raw(`SELECT ${select}`)}`.execute(database.db)
  return Object.fromEntries(Object.entries(rows[0] ?? {}).map(([k, v]) => [k, Number(v)]))
}

/** What an invalid request must not change: the row counts and the draft itself. */
export async function storedState(database: Database, applicationId?: string) {
  const draft = applicationId
    ? await database.db
        .selectFrom('applications')
        .selectAll()
        .where('id', '=', applicationId)
        .executeTakeFirst()
    : undefined
  return { counts: await rowCounts(database), draft: draft ? JSON.stringify(draft) : null }
}

/** Never a 500, and never a stack trace or an unescaped injected tag in the answer. */
export function assertSafeAnswer(res: LightMyRequestResponse, what: string): void {
  assert.ok(res.statusCode < 500, `${what}: HTTP ${res.statusCode} ${res.body.slice(0, 300)}`)
  assert.doesNotMatch(res.body, /<script>alert\(1\)|<img src=x onerror|<svg onload/i, what)
  assert.doesNotMatch(res.body, /\n\s+at .+\.(ts|js):\d+/, `${what}: a stack trace`)
}

/** The application id of the latest draft with this e-mail. */
export async function draftId(database: Database, email: string): Promise<string> {
  const row = await database.db
    .selectFrom('applications')
    .select('id')
    .where('email', '=', email)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow()
  return row.id
}

/** A browser on the details step (documents accepted). */
export async function atDetails(app: FastifyInstance): Promise<Desktop> {
  const d = new Desktop(app)
  const res = await d.post(PATH, PATH, { accept: 'yes' })
  assert.equal(res.statusCode, 303)
  return d
}

/** A browser whose draft waits for the e-mail code. */
export async function atConfirm(app: FastifyInstance, nationalId: string, email: string) {
  const d = await atDetails(app)
  const res = await d.post(`${PATH}/details`, `${PATH}/details`, {
    nationalId,
    email,
    mobile: '0812345678',
  })
  assert.equal(res.headers.location, `${PATH}/confirm-email`)
  return d
}

/** A browser whose draft is verified by the bank, on the mailing-address step. */
export async function atYourDetails(
  app: FastifyInstance,
  database: Database,
  issuer: string,
  nationalId: string,
  email: string,
): Promise<Desktop> {
  const d = await atConfirm(app, nationalId, email)
  await d.post(`${PATH}/confirm-email`, `${PATH}/confirm-email`, {
    code: await lastCode(database, email),
  })
  await d.post(`${PATH}/verify`, `${PATH}/verify/start`, {})
  const page = await d.get(`${PATH}/verify`)
  const callback = await approveOnPhone(app, issuer, handleFrom(page.body), {
    national_id: nationalId,
  })
  assert.ok(callback, 'the bank answered')
  await finishOnPhone(app, callback, bindingCodeFrom(page.body))
  await d.get(`/ekyc/continue/${handleFrom(page.body)}`)
  const details = await d.get(`${PATH}/your-details`)
  assert.equal(details.statusCode, 200)
  return d
}
