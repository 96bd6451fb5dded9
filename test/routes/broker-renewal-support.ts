import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { seedBroker } from '../../src/features/broker-renewal/test-support/seed.repository.js'
import {
  PAYMENT_PATHS,
  SIGNATURE_HEADER,
  signCallback,
  type PaymentCallback,
} from '../../src/features/payments/index.js'
import { REGISTRATION_PATHS } from '../../src/features/registration-actions/index.js'
import type { BrokerRenewalTables, DB } from '../../src/platform/db/schema.js'
import type { MovableClock } from '../../src/platform/jobs/index.js'
import type { PiiCrypto } from '../../src/platform/pii-crypto.js'
import { withCheckDigit } from '../../src/platform/thai-id.js'
import type { Kysely } from 'kysely'
import { cookieJar, csrfFrom } from '../helpers/app.js'

// The renewal's tests share these: a seeded broker near its end date signed in through the
// test route, the renewal asked for through the page, and the bank's callback as a bank sends it.

export const DAY = 86_400_000
export const HOUR = 3_600_000
export const FORM = 'application/x-www-form-urlencoded'
let serial = 0

/** A test route signing a person in the way the bank's sign-in ends; call before ready(). */
export function addTestSignIn(app: FastifyInstance): void {
  app.get('/test/sign-in/:id', async (request, reply) => {
    request.session.set('personId', (request.params as { id: string }).id)
    return reply.send('ok')
  })
}

/** Moves the jobs' clock to an instant (forward only). */
export function moveTo(clock: MovableClock, at: Date): void {
  clock.advance(Math.max(0, at.getTime() - clock.now().getTime()))
}

export interface Broker {
  personId: string
  brokerId: string
  baseId: string
  email: string
  validUntil: Date
  jar: ReturnType<typeof cookieJar>
}

/** A signed-in broker whose registration ends `daysLeft` days from the clock's now. */
export async function signedInBroker(
  app: FastifyInstance,
  db: Kysely<DB>,
  crypto: PiiCrypto,
  clock: MovableClock,
  daysLeft: number,
  opts: { baseStatus?: 'ACTIVE' | 'SUSPENDED'; licence?: 'valid' | 'revoked' | 'none' } = {},
): Promise<Broker> {
  serial += 1
  const first12 = `3${String(process.pid % 100000).padStart(5, '0')}${String(serial).padStart(6, '0')}`
  const email = `broker.${process.pid}.${serial}@example.com`
  const validUntil = new Date(clock.now().getTime() + daysLeft * DAY)
  const ids = await seedBroker(db, crypto, {
    nationalId: withCheckDigit(first12),
    validFrom: new Date(validUntil.getTime() - 3 * 365 * DAY),
    validUntil,
    lastActivityAt: clock.now(),
    email,
    ...(opts.baseStatus ? { baseStatus: opts.baseStatus } : {}),
    ...(opts.licence ? { licence: opts.licence } : {}),
  })
  const jar = cookieJar()
  jar.take(await app.inject(`/test/sign-in/${ids.personId}`))
  return { ...ids, email, validUntil, jar }
}

/**
 * Signs the broker in again: moving the jobs' clock lets the retention job clear sessions
 * that look days old, as it would in real time.
 */
export async function signIn(app: FastifyInstance, b: Broker): Promise<void> {
  b.jar.take(await app.inject(`/test/sign-in/${b.personId}`))
}

/** GET as the broker. */
export async function browse(app: FastifyInstance, b: Broker, url: string) {
  const res = await app.inject({ url, headers: { cookie: b.jar.header() } })
  b.jar.take(res)
  return res
}

/** POST a form as the broker, with the CSRF token of the page at `from`. */
export async function submit(
  app: FastifyInstance,
  b: Broker,
  from: string,
  url: string,
  fields: Record<string, string>,
) {
  const csrf = csrfFrom((await browse(app, b, from)).body)
  const res = await app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': FORM, cookie: b.jar.header() },
    payload: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
  })
  b.jar.take(res)
  return res
}

/** The broker asks to renew on the page; answers the bill issued. */
export async function askRenewal(app: FastifyInstance, db: Kysely<DB>, b: Broker) {
  const path = REGISTRATION_PATHS.renew(b.brokerId)
  const res = await submit(app, b, path, path, { confirm: 'yes' })
  assert.equal(res.statusCode, 303, res.body.slice(0, 400))
  return db
    .withTables<BrokerRenewalTables>()
    .selectFrom('broker_renewals as r')
    .innerJoin('payment_bills as b', 'b.id', 'r.bill_id')
    .select(['b.id', 'b.ref1', 'b.ref2', 'b.amount_satang', 'r.id as renewal_id'])
    .where('r.registration_id', '=', b.brokerId)
    .orderBy('r.requested_at', 'desc')
    .executeTakeFirstOrThrow()
}

/** The bank's notification for a bill, as JSON text. */
export function notification(
  bill: { ref1: string; ref2: string },
  over: Partial<PaymentCallback> = {},
): string {
  serial += 1
  const body: PaymentCallback = {
    transactionId: `T${process.pid}X${serial}`,
    billerId: '099400016480101',
    ref1: bill.ref1,
    ref2: bill.ref2,
    amount: '1200.00',
    currency: '764',
    paidAt: new Date().toISOString(),
    ...over,
  }
  return JSON.stringify(body)
}

/** Posts a notification signed with `secret` (the bank's by default). */
export async function callback(app: FastifyInstance, secret: string, raw: string, sig?: string) {
  return app.inject({
    method: 'POST',
    url: PAYMENT_PATHS.callback,
    headers: {
      'content-type': 'application/json',
      [SIGNATURE_HEADER]: sig ?? signCallback(secret, raw),
    },
    payload: raw,
  })
}

/** The registration's status and end date. */
export async function registrationOf(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('registrations')
    .select(['status', 'valid_until', 'latest_receipt_id'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
}

/** Subjects of the mails to an address, oldest first. */
export async function mailsTo(db: Kysely<DB>, email: string) {
  const rows = await db
    .selectFrom('outbox')
    .select('payload')
    .where('topic', '=', 'mail')
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  return rows
    .map(
      (r) =>
        (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as {
          to: string
          subject: string
          text: string
        },
    )
    .filter((m) => m.to === email)
}

/** The signed payload of a stored receipt (the JWS's middle part). */
export async function receiptClaims(db: Kysely<DB>, receiptId: string) {
  const row = await db
    .withTables<{ decision_receipts: { id: string; jws: string } }>()
    .selectFrom('decision_receipts')
    .select('jws')
    .where('id', '=', receiptId)
    .executeTakeFirstOrThrow()
  const part = row.jws.split('.')[1] ?? ''
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown> & {
    action?: string
    validUntil?: string
    fee?: { amount: string; ref1: string; ref2: string; transactionId: string }
  }
}

/** Payments recorded for a bill. */
export async function paymentsOf(db: Kysely<DB>, billId: string) {
  return db
    .withTables<BrokerRenewalTables>()
    .selectFrom('payment_transactions')
    .select(['transaction_id', 'outcome', 'refund_due'])
    .where('bill_id', '=', billId)
    .orderBy('received_at')
    .execute()
}

/** Audit actions about a subject. */
export async function auditActions(db: Kysely<DB>, subjectId: string) {
  const rows = await db
    .selectFrom('audit_events')
    .select(['action'])
    .where('subject_id', '=', subjectId)
    .orderBy('seq')
    .execute()
  return rows.map((r) => r.action)
}
