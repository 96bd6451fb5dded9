// Issue 15, finding 6: officer sign-in answers a known name, an unknown one and a throttled one
// alike, and throttles per (name, address) with a growing back-off, so that nobody can lock an
// officer out from elsewhere.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { sql } from 'kysely'
import { OFFICER_PATHS } from '../../src/features/back-office/index.js'
import {
  addOfficer,
  freshIp,
  OfficerClient,
  signIn,
} from '../../src/features/officers/test-support/officers.js'
import { buildTestApp } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

let tdb: TestDatabase
let app: FastifyInstance

before(async () => {
  tdb = await createTestDatabase()
  app = await buildTestApp(tdb.database)
  await app.ready()
})
after(async () => {
  await app.close()
  await tdb.close()
})

function attempt(c: OfficerClient, username: string, password: string) {
  return c.post(OFFICER_PATHS.signIn, OFFICER_PATHS.signIn, { username, password })
}

/** The page without what differs on every response anyway (token, nonce, reference) or was typed. */
function answer(res: LightMyRequestResponse, typedName: string) {
  return {
    status: res.statusCode,
    body: res.body
      .replaceAll(typedName, 'NAME')
      .replace(/name="_csrf" value="[^"]+"/g, '_csrf')
      .replace(/data-csrf="[^"]+"/g, 'data-csrf')
      .replace(/nonce="[^"]+"/g, 'nonce')
      .replaceAll(String(res.headers['x-request-id']), 'REF'),
  }
}

/** Seconds the pair (name, address) is blocked for from now; 0 when it is not. */
async function blockedSeconds(username: string, address: string): Promise<number> {
  const { rows } = await sql<{ seconds: number | string | null }>`
    SELECT extract(epoch FROM blocked_until - now()) AS seconds FROM officer_sign_in_throttle
    WHERE username = ${username} AND address = ${address}`.execute(tdb.database.db)
  return Math.max(0, Math.round(Number(rows[0]?.seconds ?? 0)))
}

/** As if the block had run out: moves it into the past. */
async function expireBlock(username: string, address: string): Promise<void> {
  await sql`UPDATE officer_sign_in_throttle SET blocked_until = now() - interval '1 second'
    WHERE username = ${username} AND address = ${address}`.execute(tdb.database.db)
}

describe('officer sign-in throttling', () => {
  it('answers an unknown name, a wrong password and a throttled right password alike', async () => {
    const officer = await addOfficer(app, tdb.database.db, 'reg.same.answer', ['help_desk'])
    const attacker = new OfficerClient(app, freshIp())
    const wrong: LightMyRequestResponse[] = []
    for (let i = 0; i < 6; i++) wrong.push(await attempt(attacker, officer.username, `guess ${i}`))
    // Throttled now: even the right password gets the same refusal, and no lockout status.
    const throttled = await attempt(attacker, officer.username, officer.password)
    const unknown = await attempt(new OfficerClient(app, freshIp()), 'nobody.at.all', 'guess 0')
    const unknownMany: LightMyRequestResponse[] = []
    const other = new OfficerClient(app, freshIp())
    for (let i = 0; i < 7; i++) unknownMany.push(await attempt(other, 'nobody.else', `guess ${i}`))

    const reference = answer(wrong[0] ?? throttled, officer.username)
    assert.equal(reference.status, 401)
    for (const res of [...wrong, throttled]) {
      assert.deepEqual(answer(res, officer.username), reference)
    }
    assert.deepEqual(answer(unknown, 'nobody.at.all'), reference)
    for (const res of unknownMany) assert.deepEqual(answer(res, 'nobody.else'), reference)
    assert.ok(await blockedSeconds('nobody.else', other.ip), 'an unknown name is throttled too')

    const audit = await tdb.database.db
      .selectFrom('audit_events as e')
      .innerJoin('audit_event_details as d', 'd.event_id', 'e.id')
      .select(['e.data', 'd.ip'])
      .where('e.action', '=', 'officer.sign_in_failed')
      .where('e.subject_id', '=', officer.id)
      .orderBy('e.seq')
      .execute()
    assert.deepEqual(
      audit.map((r) => [r.data.why, r.data.throttled, r.ip]),
      [
        ...[0, 1, 2, 3].map(() => ['wrong_password', false, attacker.ip]),
        ['wrong_password', true, attacker.ip],
        ['throttled', true, attacker.ip],
        ['throttled', true, attacker.ip],
      ],
    )
  })

  it('throttles the attacker’s address while the officer signs in from theirs', async () => {
    const officer = await addOfficer(app, tdb.database.db, 'reg.not.locked', ['registry_officer'])
    const attacker = new OfficerClient(app, freshIp())
    for (let i = 0; i < 8; i++) await attempt(attacker, officer.username, `guess ${i}`)
    assert.ok((await blockedSeconds(officer.username, attacker.ip)) > 0)
    const own = await signIn(app, officer)
    assert.equal((await own.get(OFFICER_PATHS.home)).statusCode, 200)
    // The officer's own address has nothing to wait for; the attacker's still has.
    assert.equal(await blockedSeconds(officer.username, own.ip), 0)
    const still = await attempt(attacker, officer.username, officer.password)
    assert.equal(still.statusCode, 401)
  })

  it('blocks for a minute after five failures, doubling at each failure after a block', async () => {
    const officer = await addOfficer(app, tdb.database.db, 'reg.backoff', ['help_desk'])
    const c = new OfficerClient(app, freshIp())
    for (let i = 0; i < 4; i++) await attempt(c, officer.username, `guess ${i}`)
    assert.equal(await blockedSeconds(officer.username, c.ip), 0, 'four failures: no block')
    await attempt(c, officer.username, 'guess 4')
    const seen = [await blockedSeconds(officer.username, c.ip)]
    for (let i = 0; i < 2; i++) {
      await expireBlock(officer.username, c.ip)
      await attempt(c, officer.username, `guess again ${i}`)
      seen.push(await blockedSeconds(officer.username, c.ip))
    }
    for (const [i, expected] of [60, 120, 240].entries()) {
      assert.ok(Math.abs((seen[i] ?? 0) - expected) <= 2, `block ${i + 1}: ${seen[i]} s`)
    }
    // A complete sign-in from that address starts the pair afresh.
    await expireBlock(officer.username, c.ip)
    await signIn(app, officer, c)
    const { rows } = await sql`SELECT 1 FROM officer_sign_in_throttle
      WHERE username = ${officer.username} AND address = ${c.ip}`.execute(tdb.database.db)
    assert.equal(rows.length, 0)
  })
})
