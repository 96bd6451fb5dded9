import assert from 'node:assert/strict'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import type { Kysely } from 'kysely'
import { cookieJar, csrfFrom } from '../../../../test/helpers/app.js'
import type { DB } from '../../../platform/db/schema.js'
import { newId, randomToken, shortReference } from '../../../platform/ids.js'
import { PERSON_RULE_SET } from '../../registration-person/index.js'
import type { PiiCrypto } from '../../../platform/pii-crypto.js'
import { secretDigest, totpCode } from '../credentials.js'
import { insertOfficer } from '../officer-writes.repository.js'
import { OFFICER_PATHS } from '../../back-office/paths.js'
import type { Role } from '../roles.js'

type Form = Record<string, string | string[]>

function encode(form: Form): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(form)) {
    for (const one of Array.isArray(v) ? v : [v]) params.append(k, one)
  }
  return params.toString()
}

/** A browser for the back office through inject: cookies, CSRF tokens, a client address. */
export class OfficerClient {
  readonly jar = cookieJar()
  constructor(
    private readonly app: FastifyInstance,
    readonly ip = '127.0.0.1',
  ) {}

  async get(url: string): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: 'GET',
      url,
      remoteAddress: this.ip,
      headers: { cookie: this.jar.header() },
    })
    this.jar.take(res)
    return res
  }

  /** Opens a page and posts a form with that page's CSRF token. */
  async post(pageUrl: string, action: string, form: Form): Promise<LightMyRequestResponse> {
    const page = await this.get(pageUrl)
    return this.postWithToken(action, { _csrf: csrfFrom(page.body), ...form })
  }

  async postWithToken(action: string, form: Form): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: 'POST',
      url: action,
      remoteAddress: this.ip,
      payload: encode(form),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: this.jar.header() },
    })
    this.jar.take(res)
    return res
  }

  sessionId(): string | undefined {
    return this.jar.get('ctp_sid')
  }
}

/** An enrolled officer and what a test needs to sign in as them. */
export interface TestOfficer {
  id: string
  username: string
  password: string
  secret: string
  recoveryCodes: string[]
  /** The last TOTP time step used (codes must move forward). */
  lastStep: number
}

export const TEST_PASSWORD = 'correct horse battery staple'

let ipSerial = 0
/** A client address of its own, so that per-address limits of one test do not touch another. */
export function freshIp(): string {
  ipSerial += 1
  return `10.9.${Math.floor(ipSerial / 250)}.${(ipSerial % 250) + 1}`
}

/** The next code the officer's authenticator would give that has not been used yet. */
export function nextCode(officer: TestOfficer): string {
  const now = Math.floor(Date.now() / 30_000)
  const step = Math.max(now, officer.lastStep + 1)
  assert.ok(step <= now + 1, 'signed in too often within one TOTP step')
  officer.lastStep = step
  return totpCode(officer.secret, step * 30_000 + 1_000)
}

/** Follows a one-time enrolment link to the end: password, authenticator, recovery codes. */
export async function enrolThroughLink(
  app: FastifyInstance,
  path: string,
  username: string,
  id: string,
): Promise<TestOfficer> {
  const c = new OfficerClient(app, freshIp())
  const open = await c.get(path)
  assert.equal(open.statusCode, 303)
  assert.equal(open.headers.location, OFFICER_PATHS.enrolPassword)
  const pw = await c.post(OFFICER_PATHS.enrolPassword, OFFICER_PATHS.enrolPassword, {
    password: TEST_PASSWORD,
    confirm: TEST_PASSWORD,
  })
  assert.equal(pw.headers.location, OFFICER_PATHS.enrolAuthenticator)
  const page = await c.get(OFFICER_PATHS.enrolAuthenticator)
  const secret = /data-totp-secret="([A-Z2-7]+)"/.exec(page.body)?.[1]
  assert.ok(secret, 'the authenticator page shows the secret')
  const step = Math.floor(Date.now() / 30_000)
  const done = await c.postWithToken(OFFICER_PATHS.enrolAuthenticator, {
    _csrf: csrfFrom(page.body),
    code: totpCode(secret, step * 30_000 + 1_000),
  })
  assert.equal(done.statusCode, 200, done.body.slice(0, 300))
  const recoveryCodes = [...done.body.matchAll(/<li class="reference">([0-9A-Z-]{19})<\/li>/g)].map(
    (m) => m[1] ?? '',
  )
  assert.equal(recoveryCodes.length, 10)
  return { id, username, password: TEST_PASSWORD, secret, recoveryCodes, lastStep: step }
}

/**
 * The newest enrolment e-mail to this address, read from the outbox as the officer's mailbox
 * would show it; returns the link's path and the token in it.
 */
export async function enrolmentFromOutbox(
  db: Kysely<DB>,
  to: string,
): Promise<{ path: string; token: string }> {
  const rows = await db
    .selectFrom('outbox')
    .select(['payload'])
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute()
  for (const r of rows) {
    if (r.payload.to !== to.toLowerCase()) continue
    const m = /\/officer\/enrol\?token=([A-Za-z0-9_-]+)/.exec(String(r.payload.text ?? ''))
    if (m?.[1]) return { path: OFFICER_PATHS.enrolLink(m[1]), token: m[1] }
  }
  throw new Error(`no enrolment e-mail to ${to} in the outbox`)
}

/** An officer with these roles, created in the database and enrolled through the real pages. */
export async function addOfficer(
  app: FastifyInstance,
  db: Kysely<DB>,
  username: string,
  roles: Role[],
): Promise<TestOfficer> {
  const token = randomToken()
  const id = await db.transaction().execute((trx) =>
    insertOfficer(trx, {
      username,
      displayName: `Officer ${username}`,
      unit: 'หน่วยทดสอบ',
      roles,
      createdBy: null,
      enrolmentTokenHash: secretDigest(token),
      enrolmentExpiresAt: new Date(Date.now() + 3600_000),
      email: `${username}@customs.example`,
    }),
  )
  return enrolThroughLink(app, OFFICER_PATHS.enrolLink(token), username, id)
}

/** Signs in with password and the next TOTP code; returns the signed-in client. */
export async function signIn(
  app: FastifyInstance,
  officer: TestOfficer,
  client = new OfficerClient(app, freshIp()),
): Promise<OfficerClient> {
  const pw = await client.post(OFFICER_PATHS.signIn, OFFICER_PATHS.signIn, {
    username: officer.username,
    password: officer.password,
  })
  assert.equal(pw.statusCode, 303, pw.body.slice(0, 500))
  assert.equal(pw.headers.location, OFFICER_PATHS.code)
  const code = await client.post(OFFICER_PATHS.code, OFFICER_PATHS.code, {
    code: nextCode(officer),
  })
  assert.equal(code.statusCode, 303, code.body.slice(0, 500))
  assert.equal(code.headers.location, OFFICER_PATHS.home)
  return client
}

/** A registered person written straight into the tables (for search volume and ordering). */
export async function insertRegistrant(
  db: Kysely<DB>,
  crypto: PiiCrypto,
  p: {
    nationalId: string
    firstTh: string
    lastTh: string
    firstEn?: string
    lastEn?: string
    email: string
    registered?: boolean
    /** Also an approved application with every rule result, as the journey would leave. */
    withDecision?: boolean
  },
): Promise<string> {
  const id = newId()
  const hmac = crypto.hmac(p.nationalId)
  const enc = crypto.encrypt(p.nationalId)
  await db
    .insertInto('natural_persons')
    .values({
      id,
      national_id_hmac: hmac.blob,
      national_id_hmac_key_id: hmac.keyId,
      national_id_enc: enc.blob,
      national_id_enc_key_id: enc.keyId,
    })
    .execute()
  await db
    .insertInto('person_profiles')
    .values({
      id: newId(),
      person_id: id,
      source: 'bank',
      title_th: 'นาย',
      first_name_th: p.firstTh,
      last_name_th: p.lastTh,
      title_en: 'Mr.',
      first_name_en: p.firstEn ?? null,
      last_name_en: p.lastEn ?? null,
      birth_date: '1980-02-29',
      nationality: 'THA',
      id_card_address: JSON.stringify({
        houseNo: '9/9',
        subdistrict: 'บางรัก',
        district: 'บางรัก',
        province: 'กรุงเทพมหานคร',
        postcode: '10500',
      }),
    })
    .execute()
  let applicationId: string | null = null
  let decisionId: string | null = null
  if (p.withDecision) {
    applicationId = newId()
    decisionId = newId()
    await db
      .insertInto('applications')
      .values({
        id: applicationId,
        reference: shortReference(),
        kind: 'person',
        status: 'approved',
        step: 'done',
        national_id_hmac: hmac.blob,
        email: p.email,
        mobile: '0812345678',
        person_id: id,
        submitted_at: new Date(),
        decided_at: new Date(),
      })
      .execute()
    await db
      .insertInto('decisions')
      .values({
        id: decisionId,
        application_id: applicationId,
        rule_set_id: PERSON_RULE_SET.id,
        rule_set_version: PERSON_RULE_SET.version,
        outcome: 'approved',
        results: JSON.stringify(
          PERSON_RULE_SET.rules.map((rule) => ({ rule, passed: true, facts: {} })),
        ),
        submit_key: newId(),
      })
      .execute()
  }
  if (p.registered !== false) {
    const now = new Date()
    await db
      .insertInto('registrations')
      .values({
        application_id: applicationId,
        decision_id: decisionId,
        id: newId(),
        registrant_type: 'person',
        person_id: id,
        channel: 'online',
        status: 'ACTIVE',
        email: p.email,
        mobile: '0812345678',
        valid_from: now,
        last_activity_at: now,
      })
      .execute()
  }
  return id
}
