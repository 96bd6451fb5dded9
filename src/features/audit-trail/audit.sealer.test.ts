import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Kysely } from 'kysely'
import pg from 'pg'
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.js'
import { recordAudit } from '../../platform/audit.js'
import { openPostgres } from '../../platform/db/database.js'
import type { DB } from '../../platform/db/schema.js'
import { newId } from '../../platform/ids.js'
import { decodeSeqs } from './audit.canonical.js'
import { checkSignature, trustedKeysOf, type CheckpointSigner } from './audit.checkpoint.js'
import { checkpointsAfter } from './audit.repository.js'
import { createSealer } from './audit.sealer.js'
import { verifyAuditTrail } from './audit.verify.js'
import { addEvents, newAuditSigner, rolledBackEvent, seqOf } from './test-support/fixtures.js'

let tdb: TestDatabase
let db: Kysely<DB>
let signer: CheckpointSigner

async function allCheckpoints() {
  return checkpointsAfter(db, 0, 10_000)
}

async function verify() {
  return verifyAuditTrail(db, { trustedKeys: trustedKeysOf([signer.publicJwk]) })
}

/** Every seq value covered, from the signed statements: each must appear once. */
async function sealedSeqs(): Promise<number[]> {
  const out: number[] = []
  for (const c of await allCheckpoints()) {
    const sig = await checkSignature(c.jws, trustedKeysOf([signer.publicJwk]))
    assert.ok(sig.valid)
    out.push(...decodeSeqs(sig.statement.seqs))
  }
  return out
}

before(async () => {
  tdb = await createTestDatabase()
  db = tdb.database.db
  signer = newAuditSigner()
})
after(async () => tdb.close())

describe(`sealing audit events (${process.env.CTP_TEST_PG_TEMPLATE ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('seals committed events into signed, chained checkpoints that verify', async () => {
    const seqs = await addEvents(db, 5)
    const sealer = createSealer({ db, signer })
    const result = await sealer.sealOnce()
    assert.equal(result.checkpoints, 1)
    assert.ok(result.sealedThrough >= (seqs[4] as number))
    const [first] = await allCheckpoints()
    assert.ok(first)
    assert.equal(first.number, 1)
    assert.equal(first.firstSeq, 1)
    const report = await verify()
    assert.deepEqual(report.findings, [])
    assert.equal(report.ok, true)
    assert.equal(report.unsealedEvents, 0)
  })

  it('is idempotent: a second run with nothing new writes nothing', async () => {
    const sealer = createSealer({ db, signer })
    const before = (await allCheckpoints()).length
    assert.equal((await sealer.sealOnce()).checkpoints, 0)
    assert.equal((await sealer.sealOnce()).checkpoints, 0)
    assert.equal((await allCheckpoints()).length, before)
  })

  it('records the gaps that rolled-back transactions leave, and links each checkpoint to the last', async () => {
    const [a] = await addEvents(db, 1)
    await rolledBackEvent(db)
    const [b] = await addEvents(db, 1)
    await createSealer({ db, signer }).sealOnce()
    const checkpoints = await allCheckpoints()
    const last = checkpoints[checkpoints.length - 1]
    const prev = checkpoints[checkpoints.length - 2]
    assert.ok(last && prev && a !== undefined && b !== undefined)
    const sig = await checkSignature(last.jws, trustedKeysOf([signer.publicJwk]))
    assert.ok(sig.valid)
    assert.equal(sig.statement.prev, prev.headHash)
    assert.equal(sig.statement.firstSeq, prev.lastSeq + 1)
    assert.equal(sig.statement.seqs, `${a},${b}`)
    assert.equal(sig.statement.count, 2)
    assert.equal((await verify()).ok, true)
  })

  it('splits a backlog into checkpoints of at most batchSize events', async () => {
    const seqs = await addEvents(db, 7)
    const before = (await allCheckpoints()).length
    const result = await createSealer({ db, signer, batchSize: 3 }).sealOnce()
    assert.equal(result.checkpoints, 3)
    assert.equal(result.events, 7)
    assert.equal((await allCheckpoints()).length, before + 3)
    assert.deepEqual((await sealedSeqs()).slice(-7), seqs)
    assert.equal((await verify()).ok, true)
  })

  it('lets concurrent sealers take turns without sealing any event twice', async () => {
    // On PostgreSQL each sealer has its own pool, as two instances of the app would.
    const second = tdb.appUrl ? openPostgres(tdb.appUrl, 2) : undefined
    try {
      const sealers = [
        createSealer({ db, signer, batchSize: 4 }),
        createSealer({ db: second?.db ?? db, signer, batchSize: 4 }),
      ]
      for (let round = 0; round < 4; round++) {
        await Promise.all([
          addEvents(db, 5, `round${round}`),
          ...sealers.map((s) => s.sealOnce({ waitMs: 200 })),
        ])
        await Promise.all(sealers.map((s) => s.sealOnce()))
      }
      await sealers[0]?.sealOnce()
      const sealed = await sealedSeqs()
      assert.equal(new Set(sealed).size, sealed.length, 'an event was sealed twice')
      const all = await db.selectFrom('audit_events').select('seq').orderBy('seq').execute()
      assert.deepEqual(
        sealed,
        all.map((r) => Number(r.seq)),
      )
      const report = await verify()
      assert.deepEqual(report.findings, [])
    } finally {
      await second?.close()
    }
  })

  it('never seals past an event that commits late, with writers committing out of order', async () => {
    const second = tdb.appUrl ? openPostgres(tdb.appUrl, 2) : undefined
    try {
      const sealers = [
        createSealer({ db, signer, batchSize: 5 }),
        createSealer({ db: second?.db ?? db, signer, batchSize: 5 }),
      ]
      let writing = true
      const writer = async (w: number) => {
        for (let i = 0; i < 8; i++) {
          await db.transaction().execute(async (trx) => {
            await recordAudit(trx, { actorType: 'system', action: `test.writer${w}` })
            // Hold the transaction open a while, so later seq values commit first.
            await new Promise((r) => setTimeout(r, Math.random() * 30))
          })
        }
      }
      const sealing = sealers.map(async (s) => {
        while (writing) await s.sealOnce({ waitMs: 50 })
      })
      await Promise.all([0, 1, 2, 3].map(writer))
      writing = false
      await Promise.all(sealing)
      await sealers[0]?.sealOnce()
      const report = await verify()
      assert.deepEqual(report.findings, [])
      assert.equal(report.unsealedEvents, 0)
      const sealed = await sealedSeqs()
      assert.equal(new Set(sealed).size, sealed.length)
    } finally {
      await second?.close()
    }
  })

  it('does not seal an event while the transaction that wrote it is open', async (t) => {
    if (!tdb.appUrl) {
      // PGlite has one connection: the sealer's queries wait behind the open transaction.
      let release: () => void = () => undefined
      const held = new Promise<void>((r) => (release = r))
      let written: string | undefined
      const writer = db.transaction().execute(async (trx) => {
        written = await recordAudit(trx, { actorType: 'system', action: 'test.open' })
        await held
      })
      while (written === undefined) await new Promise((r) => setTimeout(r, 5))
      let done = false
      const sealing = createSealer({ db, signer })
        .sealOnce()
        .then((r) => ((done = true), r))
      await new Promise((r) => setTimeout(r, 100))
      assert.equal(done, false, 'the sealer ran inside the open transaction')
      release()
      await writer
      const result = await sealing
      assert.ok(result.sealedThrough >= (await seqOf(db, written)))
      t.diagnostic('PGlite: one connection, so the rule is shown by the unit test of safeHorizon')
      return
    }
    const open = new pg.Client({ connectionString: tdb.appUrl })
    await open.connect()
    try {
      const sealer = createSealer({ db, signer })
      await sealer.sealOnce()
      await open.query('BEGIN')
      const openId = newId()
      await open.query(
        "INSERT INTO audit_events (id, actor_type, action) VALUES ($1, 'system', 'test.open')",
        [openId],
      )
      const [later] = await addEvents(db, 1, 'after-open')
      assert.ok(later !== undefined)
      const waiting = await sealer.sealOnce({ waitMs: 300 })
      assert.equal(waiting.checkpoints, 0)
      assert.equal(waiting.waiting, true)
      assert.ok(waiting.sealedThrough < later, 'an event after the open one was sealed')
      await open.query('COMMIT')
      const result = await sealer.sealOnce()
      assert.ok(result.sealedThrough >= later)
      const sealed = await sealedSeqs()
      assert.ok(sealed.includes(await seqOf(db, openId)))
      assert.ok(sealed.includes(later))
      assert.deepEqual((await verify()).findings, [])
    } finally {
      await open.query('ROLLBACK').catch(() => undefined)
      await open.end()
    }
  })
})
