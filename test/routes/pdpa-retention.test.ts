import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql, type Kysely } from 'kysely'
import { insertOfficer } from '../../src/features/officers/officer-writes.repository.js'
import {
  RETENTION_DEFAULT_DAYS,
  runRetention,
  runRetentionCli,
  type PdpaTables,
} from '../../src/features/pdpa/index.js'
import type { DB } from '../../src/platform/db/schema.js'
import { newId, randomToken, shortReference } from '../../src/platform/ids.js'
import { createTestDatabase, type TestDatabase } from '../helpers/db.js'

let tdb: TestDatabase
let db: Kysely<DB>
const DAY = 86_400_000
const now = new Date()
const ago = (days: number, ms = 0) => new Date(now.getTime() - days * DAY - ms)
const days = RETENTION_DEFAULT_DAYS

before(async () => {
  tdb = await createTestDatabase()
  db = tdb.database.db
})
after(() => tdb.close())

/** A verification as the identity feature writes it, with the times a test needs. */
async function verification(v: {
  createdAt: Date
  expiresAt: Date
  status: 'pending' | 'failed' | 'verified'
  claims?: boolean
}): Promise<string> {
  const id = newId()
  await db
    .insertInto('identity_verifications')
    .values({
      id,
      purpose: 'sign-in',
      handle: randomToken(),
      state: randomToken(),
      nonce: randomToken(),
      code_verifier: randomToken(),
      issuer: 'http://bank.test',
      status: v.status,
      claims_enc: v.claims ? Buffer.from('sealed claims') : null,
      claims_key_id: v.claims ? 'enc-test' : null,
      claims_digest: v.claims ? 'digest' : null,
      binding_code: '42',
      created_at: v.createdAt,
      expires_at: v.expiresAt,
    })
    .execute()
  return id
}

/** An audit event written at a given time, with an IP address and a reason beside it. */
async function auditEvent(at: Date, details: { ip: string | null; reason: string | null }) {
  const id = newId()
  await db
    .insertInto('audit_events')
    .values({
      id,
      occurred_at: at,
      actor_type: 'officer',
      actor_id: newId(),
      actor_role: 'registry_officer',
      action: 'registry.personal_data_revealed',
      subject_type: 'person',
      subject_id: newId(),
      data: JSON.stringify({ reasonCode: 'other' }),
    })
    .execute()
  await db
    .insertInto('audit_event_details')
    .values({ event_id: id, ...details })
    .execute()
  return id
}

async function allAuditEvents() {
  const { rows } = await sql<Record<string, unknown>>`
    SELECT seq::text, id, occurred_at::text, actor_type, actor_id, actor_role, action,
           subject_type, subject_id, outcome, request_id, data::text
    FROM audit_events ORDER BY seq`.execute(db)
  return rows
}

async function details(id: string) {
  return db
    .selectFrom('audit_event_details')
    .select(['ip', 'reason'])
    .where('event_id', '=', id)
    .executeTakeFirst()
}

describe('retention', () => {
  const ids: Record<string, string> = {}

  before(async () => {
    // Raw claims: older than 7 days go; younger stay.
    ids.oldClaims = await verification({
      createdAt: ago(8),
      expiresAt: ago(8, -15 * 60_000),
      status: 'verified',
      claims: true,
    })
    ids.newClaims = await verification({
      createdAt: ago(6),
      expiresAt: ago(6, -15 * 60_000),
      status: 'verified',
      claims: true,
    })
    // Artefacts: expired more than 30 days ago go, whatever the outcome; younger stay.
    ids.oldPending = await verification({
      createdAt: ago(40),
      expiresAt: ago(31),
      status: 'pending',
    })
    ids.oldFailed = await verification({ createdAt: ago(40), expiresAt: ago(35), status: 'failed' })
    ids.recentFailed = await verification({
      createdAt: ago(29),
      expiresAt: ago(29),
      status: 'failed',
    })
    ids.live = await verification({
      createdAt: now,
      expiresAt: new Date(now.getTime() + 15 * 60_000),
      status: 'pending',
    })
    // Sessions: expired more than a day ago go.
    for (const [key, expires] of [
      ['oldSession', ago(2)],
      ['justExpired', ago(0, 3600_000)],
      ['liveSession', new Date(now.getTime() + 3600_000)],
    ] as const) {
      ids[key] = `s-${randomToken(8)}`
      await db
        .insertInto('sessions')
        .values({ id: ids[key], data: JSON.stringify({}), expires_at: expires })
        .execute()
    }
    // The development mailbox (14 days) and sent mail (30 days); unsent mail always stays.
    for (const [key, at] of [
      ['oldMail', ago(15)],
      ['newMail', ago(13)],
    ] as const) {
      ids[key] = newId()
      await sql`INSERT INTO dev_mailbox (id, outbox_id, message_id, from_address, to_address, subject, text_body, raw_message, delivered_at)
        VALUES (${ids[key]}, ${newId()}, 'm', 'a@example.com', 'b@example.com', 's', 't', 'r', ${at})`.execute(
        db,
      )
    }
    for (const [key, sentAt, createdAt] of [
      ['oldSent', ago(31), ago(31)],
      ['newSent', ago(1), ago(1)],
      ['unsent', null, ago(60)],
    ] as const) {
      ids[key] = newId()
      await db
        .insertInto('outbox')
        .values({
          id: ids[key],
          topic: 'mail',
          payload: JSON.stringify({ to: 'x@example.com' }),
          created_at: createdAt,
          sent_at: sentAt,
        })
        .execute()
    }
    // Audit details: IPs go after 180 days, reasons after 730.
    ids.eventRecent = await auditEvent(ago(10), { ip: '10.0.0.1', reason: 'other: recent' })
    ids.eventIpGone = await auditEvent(ago(200), { ip: '10.0.0.2', reason: 'other: kept' })
    ids.eventAllGone = await auditEvent(ago(800), { ip: '10.0.0.3', reason: 'other: old' })
    ids.eventIpOnly = await auditEvent(ago(190), { ip: '10.0.0.4', reason: null })
    // Request texts: cleared 1,095 days after closing.
    const officer = await db.transaction().execute((trx) =>
      insertOfficer(trx, {
        username: `ret.${process.pid}`,
        displayName: 'Retention Test',
        unit: 'หน่วยทดสอบ',
        roles: ['data_protection'],
        createdBy: null,
        enrolmentTokenHash: Buffer.from(randomToken()),
        enrolmentExpiresAt: new Date(now.getTime() + DAY),
      }),
    )
    const person = newId()
    await db
      .insertInto('natural_persons')
      .values({
        id: person,
        national_id_hmac: Buffer.from(randomToken()),
        national_id_hmac_key_id: 'h',
        national_id_enc: Buffer.from('x'),
        national_id_enc_key_id: 'e',
      })
      .execute()
    for (const [key, decidedAt] of [
      ['oldRequest', ago(1100)],
      ['newRequest', ago(10)],
    ] as const) {
      ids[key] = newId()
      await db
        .withTables<PdpaTables>()
        .insertInto('data_subject_requests')
        .values({
          id: ids[key],
          reference: shortReference(),
          person_id: person,
          kind: 'access',
          details: 'ข้อความของเจ้าของข้อมูล',
          status: 'closed',
          received_at: ago(1200),
          due_at: ago(1169),
          outcome: 'fulfilled',
          outcome_note: 'คำอธิบาย',
          decided_by: officer,
          decided_at: decidedAt,
        })
        .execute()
    }
  })

  it('removes exactly what is past its period, and records the counts', async () => {
    const before = await allAuditEvents()
    const counts = await runRetention(db, { days, now })
    assert.deepEqual(counts, {
      identityClaims: 1,
      verificationArtefacts: 2,
      expiredSessions: 1,
      devMailbox: 1,
      sentMail: 1,
      auditIp: 3,
      auditReason: 1,
      requestTexts: 1,
    })

    const v = await db
      .selectFrom('identity_verifications')
      .select([
        'id',
        'claims_enc',
        'claims_digest',
        'state',
        'handle',
        'nonce',
        'code_verifier',
        'binding_code',
      ])
      .where(
        'id',
        'in',
        ['oldClaims', 'newClaims', 'oldPending', 'oldFailed', 'recentFailed', 'live'].map(
          (k) => ids[k] ?? '',
        ),
      )
      .execute()
    const byId = new Map(v.map((r) => [r.id, r]))
    assert.equal(byId.get(ids.oldClaims ?? '')?.claims_enc, null)
    assert.equal(byId.get(ids.oldClaims ?? '')?.claims_digest, 'digest', 'the digest stays')
    assert.ok(byId.get(ids.newClaims ?? '')?.claims_enc)
    for (const key of ['oldPending', 'oldFailed']) {
      const row = byId.get(ids[key] ?? '')
      assert.match(row?.state ?? '', /^purged-[0-9a-f-]{36}$/)
      assert.match(row?.handle ?? '', /^purged-[0-9a-f-]{36}$/)
      assert.equal(row?.nonce, '')
      assert.equal(row?.code_verifier, '')
      assert.equal(row?.binding_code, null)
    }
    for (const key of ['recentFailed', 'live', 'newClaims', 'oldClaims']) {
      const row = byId.get(ids[key] ?? '')
      assert.doesNotMatch(row?.state ?? '', /^purged-/, key)
      assert.notEqual(row?.nonce, '', key)
    }

    const sessions = await db.selectFrom('sessions').select('id').execute()
    const sessionIds = sessions.map((s) => s.id)
    assert.ok(!sessionIds.includes(ids.oldSession ?? ''))
    assert.ok(sessionIds.includes(ids.justExpired ?? ''))
    assert.ok(sessionIds.includes(ids.liveSession ?? ''))
    const { rows: mailbox } = await sql<{ id: string }>`SELECT id FROM dev_mailbox`.execute(db)
    assert.deepEqual(
      mailbox.map((r) => r.id),
      [ids.newMail],
    )
    const outbox = (await db.selectFrom('outbox').select('id').execute()).map((r) => r.id)
    assert.ok(!outbox.includes(ids.oldSent ?? ''))
    assert.ok(outbox.includes(ids.newSent ?? '') && outbox.includes(ids.unsent ?? ''))

    assert.deepEqual(await details(ids.eventRecent ?? ''), {
      ip: '10.0.0.1',
      reason: 'other: recent',
    })
    assert.deepEqual(await details(ids.eventIpGone ?? ''), { ip: null, reason: 'other: kept' })
    assert.equal(await details(ids.eventAllGone ?? ''), undefined)
    assert.equal(await details(ids.eventIpOnly ?? ''), undefined)

    const requests = await db
      .withTables<PdpaTables>()
      .selectFrom('data_subject_requests')
      .select(['id', 'details', 'outcome_note', 'outcome', 'kind', 'texts_cleared_at'])
      .execute()
    const old = requests.find((r) => r.id === ids.oldRequest)
    assert.equal(old?.details, '')
    assert.equal(old?.outcome_note, null)
    assert.equal(old?.outcome, 'fulfilled', 'the outcome stays for the record (s.39)')
    assert.ok(old?.texts_cleared_at)
    assert.equal(requests.find((r) => r.id === ids.newRequest)?.details, 'ข้อความของเจ้าของข้อมูล')

    // The audit trail itself is untouched: every earlier event exactly as it was, plus one.
    const afterRun = await allAuditEvents()
    assert.deepEqual(afterRun.slice(0, before.length), before)
    assert.equal(afterRun.length, before.length + 1)
    const recorded = afterRun[afterRun.length - 1]
    assert.equal(recorded?.action, 'retention.applied')
    assert.equal(recorded?.actor_type, 'system')
    assert.deepEqual(JSON.parse(String(recorded?.data)).removed, counts)
  })

  it('finds nothing more on a second run, and records nothing', async () => {
    const before = await allAuditEvents()
    const out: string[] = []
    const code = await runRetentionCli(['--json'], { db, days, out: (t) => out.push(t), now })
    assert.equal(code, 0)
    const printed = JSON.parse(out.join('')) as { removed: Record<string, number> }
    assert.ok(Object.values(printed.removed).every((n) => n === 0))
    assert.equal((await allAuditEvents()).length, before.length)
  })

  it('prints a table without --json and refuses unknown arguments', async () => {
    const out: string[] = []
    assert.equal(await runRetentionCli([], { db, days, out: (t) => out.push(t), now }), 0)
    assert.match(out.join(''), /^identityClaims\s+0\s+\(kept 7 days\)$/m)
    await assert.rejects(runRetentionCli(['--all'], { db, days, out: () => undefined }))
  })
})
