import assert from 'node:assert/strict'
import { createPrivateKey } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import { CompactSign } from 'jose'
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.js'
import {
  createCheckpointSigner,
  payloadBytesOf,
  trustedKeysOf,
  type CheckpointSigner,
} from './audit.checkpoint.js'
import { checkpointsAfter } from './audit.repository.js'
import { createSealer } from './audit.sealer.js'
import {
  verifyAuditTrail,
  type FindingKind,
  type VerifyOptions,
  type VerifyReport,
} from './audit.verify.js'
import {
  addEvents,
  newAuditKey,
  newAuditSigner,
  rolledBackEvent,
  tamper,
  whileTampered,
} from './test-support/fixtures.js'

const engine = process.env.CTP_TEST_PG_TEMPLATE ? 'PostgreSQL' : 'PGlite'
const HOUR_LATER = () => new Date(Date.now() + 3_600_000)

interface Trail {
  tdb: TestDatabase
  signer: CheckpointSigner
  /** Seq values of the 10 events, in order; a rolled-back gap follows the fourth. */
  seqs: number[]
  gap: number
  published: { number: number; hash: string }[]
}

const opened: TestDatabase[] = []
let trail: Trail

/** A fresh database with 10 events in 3 checkpoints (4, 4 and 2 events) and one gap. */
async function sealedTrail(): Promise<Trail> {
  const tdb = await createTestDatabase()
  opened.push(tdb)
  const db = tdb.database.db
  const signer = newAuditSigner()
  const seqs = await addEvents(db, 4)
  await rolledBackEvent(db)
  seqs.push(...(await addEvents(db, 6)))
  const gap = (seqs[3] as number) + 1
  assert.equal(seqs[4], gap + 1)
  await createSealer({ db, signer, batchSize: 4 }).sealOnce()
  const published = (await checkpointsAfter(db, 0, 10)).map((c) => ({
    number: c.number,
    hash: c.headHash,
  }))
  assert.equal(published.length, 3)
  return { tdb, signer, seqs, gap, published }
}

function keysOf(t: Trail) {
  return trustedKeysOf([t.signer.publicJwk])
}

/** Verifies the trail as it is after the statements, then undoes them. */
function tampered(statements: string[], opts: Partial<VerifyOptions> = {}) {
  return whileTampered(trail.tdb, statements, (trx) =>
    verifyAuditTrail(trx, { trustedKeys: keysOf(trail), ...opts }),
  )
}

function kinds(report: VerifyReport): FindingKind[] {
  return report.findings.map((f) => f.kind)
}

before(async () => {
  trail = await sealedTrail()
})
after(async () => {
  await Promise.all(opened.map((t) => t.close()))
})

describe(`verifying the audit trail (${engine})`, () => {
  it('passes an untouched trail, and clearing personal details does not touch the chain', async () => {
    const report = await tampered(['DELETE FROM audit_event_details'])
    assert.deepEqual(report.findings, [])
    assert.equal(report.ok, true)
    assert.equal(report.checkpoints, 3)
    assert.equal(report.eventsChecked, 10)
    assert.equal(report.sealedThrough, trail.seqs[9])
    assert.equal(report.unsealedEvents, 0)
  })

  it('undoes each tampering after its test', async () => {
    const report = await verifyAuditTrail(trail.tdb.database.db, { trustedKeys: keysOf(trail) })
    assert.deepEqual(report.findings, [])
  })

  it('detects an edited event and names it', async () => {
    const seq = trail.seqs[5] as number
    const report = await tampered([
      `UPDATE audit_events SET actor_id = 'someone-else' WHERE seq = ${seq}`,
    ])
    assert.equal(report.ok, false)
    assert.deepEqual(kinds(report), ['event-edited'])
    assert.equal(report.findings[0]?.seq, seq)
    assert.equal(report.findings[0]?.checkpoint, 2)
  })

  it('detects an edit inside the data column', async () => {
    const seq = trail.seqs[0] as number
    const report = await tampered([
      `UPDATE audit_events SET data = data || '{"i": 99}' WHERE seq = ${seq}`,
    ])
    assert.deepEqual(kinds(report), ['event-edited'])
  })

  it('detects a deleted event', async () => {
    const seq = trail.seqs[2] as number
    const report = await tampered([
      `DELETE FROM audit_event_details WHERE event_id = (SELECT id FROM audit_events WHERE seq = ${seq})`,
      `DELETE FROM audit_events WHERE seq = ${seq}`,
    ])
    assert.deepEqual(kinds(report), ['event-deleted'])
    assert.equal(report.findings[0]?.seq, seq)
  })

  it('detects two events swapped in order', async () => {
    const [a, b] = [trail.seqs[6] as number, trail.seqs[7] as number]
    const report = await tampered([
      `UPDATE audit_events SET seq = -1 WHERE seq = ${a}`,
      `UPDATE audit_events SET seq = ${a} WHERE seq = ${b}`,
      `UPDATE audit_events SET seq = ${b} WHERE seq = -1`,
    ])
    assert.deepEqual(kinds(report), ['event-reordered', 'event-reordered'])
    assert.match(
      report.findings[0]?.detail ?? '',
      new RegExp(`at seq ${a} but was sealed at seq ${b}`),
    )
  })

  it('detects an event moved into a rolled-back gap', async () => {
    const report = await tampered([
      `UPDATE audit_events SET seq = ${trail.gap} WHERE seq = ${trail.seqs[4]}`,
    ])
    assert.deepEqual(kinds(report), ['event-reordered'])
  })

  it('detects an event inserted into a sealed range', async () => {
    const report = await tampered([
      `INSERT INTO audit_events (seq, id, actor_type, action)
       VALUES (${trail.gap}, '01890a5d-ac96-774b-bcce-b302099a8057', 'system', 'forged')`,
    ])
    assert.deepEqual(kinds(report), ['event-inserted'])
    assert.equal(report.findings[0]?.seq, trail.gap)
  })

  it('detects an event inserted before the first seq', async () => {
    const report = await tampered([
      `INSERT INTO audit_events (seq, id, actor_type, action)
       VALUES (0, '01890a5d-ac96-774b-bcce-b302099a8057', 'system', 'forged')`,
    ])
    assert.deepEqual(kinds(report), ['event-inserted'])
  })

  it('detects the events table emptied, in one finding', async () => {
    const report = await tampered(['TRUNCATE audit_events CASCADE'])
    assert.deepEqual(kinds(report), ['events-truncated'])
    assert.equal(report.findings[0]?.from, 1)
    assert.equal(report.findings[0]?.to, trail.seqs[9])
  })

  it('detects the checkpoints emptied: against the published heads at once, by age later', async () => {
    const now = await tampered(['TRUNCATE audit_checkpoints'], {
      publishedHeads: trail.published,
    })
    assert.deepEqual(kinds(now), Array(3).fill('published-head-mismatch'))
    const later = await tampered(['TRUNCATE audit_checkpoints'], { now: HOUR_LATER() })
    assert.deepEqual(kinds(later), ['checkpoints-truncated'])
  })

  it('detects the newest checkpoints removed: against the published heads, by age later', async () => {
    const remove = ['DELETE FROM audit_checkpoints WHERE number IN (2, 3)']
    const now = await tampered(remove, { publishedHeads: trail.published })
    assert.deepEqual(kinds(now), ['published-head-mismatch', 'published-head-mismatch'])
    const later = await tampered(remove, { now: HOUR_LATER() })
    assert.deepEqual(kinds(later), ['unsealed-events'])
  })

  it('detects a checkpoint removed from the middle of the chain', async () => {
    const report = await tampered(['DELETE FROM audit_checkpoints WHERE number = 2'])
    assert.deepEqual(kinds(report), ['checkpoint-deleted'])
    assert.match(
      report.findings[0]?.detail ?? '',
      /checkpoint 2 is missing; events \d+-\d+ are no longer sealed/,
    )
  })

  it('detects checkpoints swapped in order', async () => {
    const report = await tampered([
      'UPDATE audit_checkpoints SET number = 100 WHERE number = 1',
      'UPDATE audit_checkpoints SET number = 1 WHERE number = 2',
      'UPDATE audit_checkpoints SET number = 2 WHERE number = 100',
    ])
    assert.deepEqual(kinds(report), ['checkpoint-reordered', 'checkpoint-reordered'])
  })

  it('detects a checkpoint row whose copies or stored hashes were edited', async () => {
    const copies = await tampered([
      'UPDATE audit_checkpoints SET last_seq = last_seq - 1 WHERE number = 1',
    ])
    assert.deepEqual(kinds(copies), ['checkpoint-edited'])
    const leaves = await tampered([
      `UPDATE audit_checkpoints SET leaves = overlay(leaves placing '\\x00'::bytea from 1 for 1) WHERE number = 2`,
    ])
    assert.deepEqual(kinds(leaves), ['checkpoint-edited'])
  })

  it('detects a signed statement edited in place', async () => {
    const [first] = await checkpointsAfter(trail.tdb.database.db, 0, 1)
    assert.ok(first)
    const [header, , signature] = first.jws.split('.')
    const statement = JSON.parse(payloadBytesOf(first.jws).toString()) as Record<string, unknown>
    const edited = Buffer.from(JSON.stringify({ ...statement, count: 3 })).toString('base64url')
    const report = await tampered([
      `UPDATE audit_checkpoints SET jws = '${header}.${edited}.${signature}' WHERE number = 1`,
    ])
    assert.deepEqual(kinds(report), ['checkpoint-forged'])
    assert.match(report.findings[0]?.detail ?? '', /bad-signature/)
  })

  it('refuses a checkpoint signed by a trusted key under another token type', async () => {
    const key = newAuditKey('other')
    const [first] = await checkpointsAfter(trail.tdb.database.db, 0, 1)
    assert.ok(first)
    const jws = await new CompactSign(payloadBytesOf(first.jws))
      .setProtectedHeader({ alg: 'EdDSA', kid: key.keyId, typ: 'JWT' })
      .sign(createPrivateKey(key.value))
    const report = await tampered(
      [`UPDATE audit_checkpoints SET jws = '${jws}' WHERE number = 1`],
      {
        trustedKeys: trustedKeysOf([trail.signer.publicJwk, createCheckpointSigner(key).publicJwk]),
      },
    )
    assert.deepEqual(kinds(report), ['checkpoint-forged'])
    assert.match(report.findings[0]?.detail ?? '', /bad-payload/)
  })

  it('refuses a trail rewritten and re-sealed with another key, whatever key id it claims', async () => {
    // An intruder with every database right rewrites an event and re-seals the whole trail
    // with a key of their own: first under a new key id, then claiming the real key's id.
    const t = await sealedTrail()
    const db = t.tdb.database.db
    const verify = () => verifyAuditTrail(db, { trustedKeys: keysOf(t) })
    await tamper(
      t.tdb,
      `UPDATE audit_events SET action = 'rewritten' WHERE seq = ${t.seqs[1]}; TRUNCATE audit_checkpoints`,
    )
    await createSealer({ db, signer: newAuditSigner('intruder') }).sealOnce()
    const report = await verify()
    assert.deepEqual(kinds(report), ['checkpoint-forged'])
    assert.match(report.findings[0]?.detail ?? '', /key intruder, which is not a trusted audit key/)

    await tamper(t.tdb, 'TRUNCATE audit_checkpoints')
    const impostor = createCheckpointSigner({ ...newAuditKey(), keyId: t.signer.keyId })
    await createSealer({ db, signer: impostor }).sealOnce()
    const again = await verify()
    assert.deepEqual(kinds(again), ['checkpoint-forged'])
    assert.match(again.findings[0]?.detail ?? '', /bad-signature/)
    const heads = await verifyAuditTrail(db, {
      trustedKeys: keysOf(t),
      publishedHeads: t.published,
    })
    // The rewrite has one checkpoint where three were published: none of them matches.
    assert.equal(kinds(heads).filter((k) => k === 'published-head-mismatch').length, 3)
  })
})
