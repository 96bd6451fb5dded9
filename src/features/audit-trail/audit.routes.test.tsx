import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { compactVerify, importJWK } from 'jose'
import { buildTestApp, testConfig } from '../../../test/helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.js'
import { createCheckpointSigner, type CheckpointSigner } from './audit.checkpoint.js'
import { createSealer } from './audit.sealer.js'
import type { CheckpointsExport } from './audit.service.js'
import { AUDIT_PATHS, auditCheckpointRoutes } from './index.js'
import { addEvents } from './test-support/fixtures.js'

let tdb: TestDatabase
let app: FastifyInstance
let signer: CheckpointSigner

before(async () => {
  tdb = await createTestDatabase()
  const config = testConfig()
  signer = createCheckpointSigner(config.secrets.auditSigning)
  app = await buildTestApp(tdb.database, { config })
  // Once app.ts wires the feature in, the app already has these routes (with the same key).
  if (!app.hasRoute({ method: 'GET', url: AUDIT_PATHS.checkpoints }))
    await app.register(auditCheckpointRoutes, { db: tdb.database.db, signer })
  await app.ready()
})
after(async () => {
  await app.close()
  await tdb.close()
})

async function exportJson(query = ''): Promise<CheckpointsExport> {
  const res = await app.inject({ url: `${AUDIT_PATHS.json}${query}` })
  assert.equal(res.statusCode, 200)
  assert.match(String(res.headers['content-type']), /^application\/json/)
  return res.json<CheckpointsExport>()
}

describe('published audit checkpoints', () => {
  it('says so when there is no checkpoint yet, in Thai by default', async () => {
    const res = await app.inject({ url: AUDIT_PATHS.checkpoints })
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /<html lang="th"/)
    assert.match(res.body, /<h1 class="heading-l">จุดตรวจสอบของบันทึกการตรวจสอบ<\/h1>/)
    assert.match(res.body, /ยังไม่มีจุดตรวจสอบ/)
    assert.ok(res.body.includes(signer.publicJwk.x), 'the public key is published')
    assert.deepEqual((await exportJson()).checkpoints, [])
  })

  it('lists the latest checkpoints with their hashes, signatures and the key, in English too', async () => {
    const db = tdb.database.db
    const sealer = createSealer({ db, signer, batchSize: 2 })
    await addEvents(db, 5)
    await sealer.sealOnce()
    const body = await exportJson()
    assert.equal(body.format, 'ctp-audit-checkpoints/1')
    assert.deepEqual(body.keys, [signer.publicJwk])
    assert.deepEqual(
      body.checkpoints.map((c) => c.number),
      [3, 2, 1],
    )
    const en = await app.inject({ url: `${AUDIT_PATHS.checkpoints}?lang=en` })
    assert.match(en.body, /<html lang="en"/)
    assert.match(en.body, /Audit trail checkpoints/)
    for (const c of body.checkpoints) {
      assert.ok(en.body.includes(c.hash))
      assert.ok(en.body.includes(c.jws))
    }
    assert.match(en.body, /BEGIN PUBLIC KEY/)
    assert.match(en.body, /None \(the first checkpoint\)/)
  })

  it('exports heads that anyone can check with the published key alone', async () => {
    const body = await exportJson()
    const key = await importJWK(body.keys[0] ?? {}, 'EdDSA')
    const oldestFirst = [...body.checkpoints].reverse()
    let prev: string | null = null
    for (const c of oldestFirst) {
      const { payload, protectedHeader } = await compactVerify(c.jws, key)
      assert.equal(protectedHeader.kid, signer.keyId)
      assert.equal(createHash('sha256').update(payload).digest('hex'), c.hash)
      const statement = JSON.parse(new TextDecoder().decode(payload)) as { prev: string | null }
      assert.equal(statement.prev, prev)
      assert.equal(c.prev, prev)
      prev = c.hash
    }
  })

  it('pages back through older checkpoints', async () => {
    const db = tdb.database.db
    await addEvents(db, 24)
    await createSealer({ db, signer, batchSize: 2 }).sealOnce()
    const first = await app.inject({ url: AUDIT_PATHS.checkpoints })
    const total = (await exportJson()).checkpoints.length
    assert.equal(total, 15)
    assert.match(first.body, /href="\/audit\/checkpoints\?before=6"/)
    assert.equal((first.body.match(/class="audit-checkpoint"/g) ?? []).length, 10)
    const older = await app.inject({ url: `${AUDIT_PATHS.checkpoints}?before=6` })
    assert.equal((older.body.match(/class="audit-checkpoint"/g) ?? []).length, 5)
    assert.doesNotMatch(older.body, /href="\/audit\/checkpoints\?before=\d+"/, 'no older page')
    assert.match(older.body, /href="\/audit\/checkpoints"/)
    assert.deepEqual(
      (await exportJson('?before=3')).checkpoints.map((c) => c.number),
      [2, 1],
    )
  })

  it('answers 404 for a page number that is not one', async () => {
    for (const q of ['?before=abc', '?before=0', '?before=1.5']) {
      const res = await app.inject({ url: `${AUDIT_PATHS.checkpoints}${q}` })
      assert.equal(res.statusCode, 404, q)
    }
  })

  it('serves its stylesheet', async () => {
    const res = await app.inject({ url: AUDIT_PATHS.css })
    assert.equal(res.statusCode, 200)
    assert.match(String(res.headers['content-type']), /^text\/css/)
    assert.match(res.body, /\.audit-code/)
  })
})
