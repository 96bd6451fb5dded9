import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { compactVerify, createLocalJWKSet, decodeProtectedHeader } from 'jose'
import { sql, type Kysely } from 'kysely'
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.js'
import type { DB } from '../../platform/db/schema.js'
import { randomToken } from '../../platform/ids.js'
import { formatThaiId } from '../../platform/thai-id.js'
import { buildReceiptPayload, FULL_NUMBER, newSigningKey } from './receipts.fixtures.js'
import {
  createReceiptSigner,
  issueReceipt,
  ReceiptPayloadError,
  SigningKeyConflictError,
  verifyReceipt,
  type ReceiptSigner,
} from './index.js'
import type { ReceiptTables } from './schema.js'

const BASE = 'https://ctp.example.go.th'
let tdb: TestDatabase
let db: Kysely<DB>
let signer: ReceiptSigner

function tables() {
  return db.withTables<ReceiptTables>()
}

/** Overwrites a stored receipt's JWS, as someone with database access could. */
async function storeJws(receiptId: string, jws: string): Promise<void> {
  await tables().updateTable('decision_receipts').set({ jws }).where('id', '=', receiptId).execute()
}

async function issue(s: ReceiptSigner, overrides: Parameters<typeof buildReceiptPayload>[0] = {}) {
  return db.transaction().execute((trx) => issueReceipt(trx, s, buildReceiptPayload(overrides)))
}

before(async () => {
  tdb = await createTestDatabase()
  db = tdb.database.db
  signer = await createReceiptSigner({
    db,
    signing: newSigningKey('sig-service-a'),
    publicBaseUrl: `${BASE}/`,
  })
})
after(async () => {
  await tdb.close()
})

describe('issuing and verifying receipts', () => {
  it('signs a receipt in the decision transaction and verifies it by its signature', async () => {
    const payload = buildReceiptPayload({
      outcome: 'refused',
      checks: [{ rule: 'thai_national', passed: false }],
    })
    const issued = await db.transaction().execute((trx) => issueReceipt(trx, signer, payload))
    assert.match(issued.receiptId, /^[A-Za-z0-9_-]{43}$/)
    assert.equal(issued.url, `${BASE}/verify/${issued.receiptId}`)
    assert.equal(decodeProtectedHeader(issued.jws).kid, 'sig-service-a')

    const result = await verifyReceipt(db, issued.receiptId)
    assert.equal(result.status, 'valid')
    if (result.status !== 'valid') return
    assert.equal(result.keyId, 'sig-service-a')
    assert.deepEqual(result.claims, {
      receiptId: issued.receiptId,
      decisionId: payload.decisionId,
      applicationReference: payload.applicationReference,
      outcome: 'refused',
      registrantType: 'person',
      maskedNumber: 'x-xxxx-xxxxx-56-1',
      ruleSet: payload.ruleSet,
      checks: [{ rule: 'thai_national', passed: false, label: 'rule.thai_national' }],
      decidedAt: payload.decidedAt,
    })
  })

  it('produces a JWS that anyone can verify offline with the published keys', async () => {
    const { jws } = await issue(signer)
    const { payload, protectedHeader } = await compactVerify(
      jws,
      createLocalJWKSet(await signer.jwks()),
      { algorithms: ['EdDSA'] },
    )
    assert.equal(protectedHeader.alg, 'EdDSA')
    const text = new TextDecoder().decode(payload)
    assert.ok(!text.includes(FULL_NUMBER))
    assert.ok(!text.includes(formatThaiId(FULL_NUMBER)))
    assert.match(text, /"maskedNumber":"x-xxxx-xxxxx-56-1"/)
  })

  it('stores nothing when the decision transaction rolls back', async () => {
    const payload = buildReceiptPayload()
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await issueReceipt(trx, signer, payload)
        throw new Error('decision failed')
      }),
      /decision failed/,
    )
    const rows = await tables()
      .selectFrom('decision_receipts')
      .select('id')
      .where('decision_id', '=', payload.decisionId)
      .execute()
    assert.equal(rows.length, 0)
  })

  it('refuses to sign a receipt that carries a full registration number', async () => {
    await assert.rejects(issue(signer, { maskedNumber: FULL_NUMBER }), ReceiptPayloadError)
    await assert.rejects(
      issue(signer, { applicationReference: `APP ${formatThaiId(FULL_NUMBER)}` }),
      ReceiptPayloadError,
    )
    await assert.rejects(issue(signer, { checks: [] }), ReceiptPayloadError)
    await assert.rejects(issue(signer, { decidedAt: 'yesterday' }), ReceiptPayloadError)
  })

  it('signs only the listed fields, whatever else the caller passes', async () => {
    const payload = { ...buildReceiptPayload(), nationalId: FULL_NUMBER }
    const { jws } = await db.transaction().execute((trx) => issueReceipt(trx, signer, payload))
    assert.ok(
      !Buffer.from(jws.split('.')[1] ?? '', 'base64url')
        .toString()
        .includes(FULL_NUMBER),
    )
  })

  it('gives one receipt per decision', async () => {
    const payload = buildReceiptPayload()
    await db.transaction().execute((trx) => issueReceipt(trx, signer, payload))
    await assert.rejects(db.transaction().execute((trx) => issueReceipt(trx, signer, payload)))
  })
})

describe('tampering and unknown receipts', () => {
  it('reports a receipt whose stored JWS was altered as not valid', async () => {
    const { receiptId, jws } = await issue(signer)
    const [header, payload, signature] = jws.split('.')
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as {
      outcome: string
    }
    claims.outcome = 'approved' === claims.outcome ? 'refused' : 'approved'
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`
    await storeJws(receiptId, forged)
    assert.deepEqual(await verifyReceipt(db, receiptId), { status: 'invalid', reason: 'signature' })
  })

  it('reports a receipt altered after it was verified as not valid, and the copy of a verified one too', async () => {
    const { receiptId, jws } = await issue(signer)
    const other = await issue(signer)
    assert.equal((await verifyReceipt(db, receiptId)).status, 'valid')
    assert.equal((await verifyReceipt(db, other.receiptId)).status, 'valid')
    assert.equal((await verifyReceipt(db, receiptId)).status, 'valid', 'checked again: still valid')
    const [header, , signature] = jws.split('.')
    const forged = `${header}.${Buffer.from('{"outcome":"approved"}').toString('base64url')}.${signature}`
    await storeJws(receiptId, forged)
    assert.deepEqual(await verifyReceipt(db, receiptId), { status: 'invalid', reason: 'signature' })
    // The other receipt's genuine, already verified text, copied to this address.
    await storeJws(receiptId, other.jws)
    assert.deepEqual(await verifyReceipt(db, receiptId), {
      status: 'invalid',
      reason: 'receipt-id',
    })
    assert.equal((await verifyReceipt(db, other.receiptId)).status, 'valid')
  })

  it('does not accept a genuine receipt copied to another address', async () => {
    const original = await issue(signer)
    const other = await issue(signer)
    await storeJws(other.receiptId, original.jws)
    assert.deepEqual(await verifyReceipt(db, other.receiptId), {
      status: 'invalid',
      reason: 'receipt-id',
    })
  })

  it('treats an unknown or malformed id as no receipt', async () => {
    assert.deepEqual(await verifyReceipt(db, randomToken()), { status: 'unknown' })
    assert.deepEqual(await verifyReceipt(db, "x' OR 1=1 --"), { status: 'unknown' })
  })
})

describe('signing keys', () => {
  it('keeps verifying old receipts after a key rotation and publishes both keys', async () => {
    const old = await issue(signer)
    const rotated = await createReceiptSigner({
      db,
      signing: newSigningKey('sig-service-b'),
      publicBaseUrl: BASE,
    })
    const fresh = await issue(rotated)
    assert.equal((await verifyReceipt(db, old.receiptId)).status, 'valid')
    assert.equal((await verifyReceipt(db, fresh.receiptId)).status, 'valid')
    const kids = (await rotated.jwks()).keys.map((k) => k.kid)
    assert.ok(kids.includes('sig-service-a') && kids.includes('sig-service-b'))
    for (const key of (await rotated.jwks()).keys)
      assert.equal((key as { d?: string }).d, undefined)
  })

  it('registers the same key once, and refuses another key under a used id', async () => {
    const signing = newSigningKey('sig-service-c')
    await createReceiptSigner({ db, signing, publicBaseUrl: BASE })
    await createReceiptSigner({ db, signing, publicBaseUrl: BASE })
    const rows = await tables()
      .selectFrom('signing_keys')
      .select('kid')
      .where('kid', '=', 'sig-service-c')
      .execute()
    assert.equal(rows.length, 1)
    await assert.rejects(
      createReceiptSigner({ db, signing: newSigningKey('sig-service-c'), publicBaseUrl: BASE }),
      SigningKeyConflictError,
    )
  })

  it('never lets a published key be deleted or changed', async () => {
    await assert.rejects(
      sql`DELETE FROM signing_keys WHERE kid = 'sig-service-a'`.execute(db),
      /append-only/,
    )
    await assert.rejects(
      sql`UPDATE signing_keys SET first_used_at = now() WHERE kid = 'sig-service-a'`.execute(db),
      /append-only/,
    )
  })
})
