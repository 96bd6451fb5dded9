import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { compactVerify, createLocalJWKSet, type JWK } from 'jose'
import { buildTestApp, testConfig } from '../../../test/helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.js'
import type { Config } from '../../config.js'
import { randomToken } from '../../platform/ids.js'
import { formatThaiId } from '../../platform/thai-id.js'
import { buildReceiptPayload, FULL_NUMBER, newSigningKey } from './receipts.fixtures.js'
import type { ReceiptPayload } from './receipts.payload.js'
import {
  createReceiptSigner,
  issueReceipt,
  publishRuleLabels,
  RECEIPT_PATHS,
  receiptRoutes,
  type ReceiptSigner,
} from './index.js'
import type { ReceiptTables } from './schema.js'

let tdb: TestDatabase
let app: FastifyInstance
let config: Config
let signer: ReceiptSigner

async function issue(overrides: Partial<ReceiptPayload> = {}, by: ReceiptSigner = signer) {
  return tdb.database.db
    .transaction()
    .execute((trx) => issueReceipt(trx, by, buildReceiptPayload(overrides)))
}

function assertNoFullNumber(text: string) {
  assert.ok(!text.includes(FULL_NUMBER), 'the full number is shown')
  assert.ok(!text.includes(formatThaiId(FULL_NUMBER)), 'the full number is shown formatted')
}

before(async () => {
  tdb = await createTestDatabase()
  config = testConfig({ PUBLIC_BASE_URL: 'https://ctp.example.go.th' })
  app = await buildTestApp(tdb.database, { config })
  signer = await createReceiptSigner({
    db: tdb.database.db,
    signing: config.secrets.signing,
    publicBaseUrl: config.publicBaseUrl,
  })
  // Once app.ts wires the receipts in, the app already has these routes (with the same key).
  if (!app.hasRoute({ method: 'GET', url: RECEIPT_PATHS.verify })) {
    await app.register(receiptRoutes, {
      db: tdb.database.db,
      signer,
      publicBaseUrl: config.publicBaseUrl,
    })
  }
  await app.ready()
})
after(async () => {
  await app.close()
  await tdb.close()
})

describe('the verification page', () => {
  it('shows a valid receipt in Thai with every check in symbols and words', async () => {
    const { receiptId, jws } = await issue({
      outcome: 'refused',
      checks: [
        { rule: 'id_check_digit', passed: true },
        { rule: 'thai_national', passed: false },
      ],
    })
    const res = await app.inject(`/verify/${receiptId}`)
    assert.equal(res.statusCode, 200)
    assert.equal(res.headers['x-robots-tag'], 'noindex, nofollow')
    const html = res.body
    assert.match(html, /<h1[^>]*><span aria-hidden="true">✓ <\/span>ใบรับรองนี้ถูกต้อง<\/h1>/)
    assert.match(html, /ไม่อนุมัติ/)
    assert.match(
      html,
      /<th scope="row">เลขประจำตัวประชาชนถูกต้องตามหลักตรวจสอบ<span class="receipt-rule-id">id_check_digit<\/span><\/th><td><span class="[^"]*"><span aria-hidden="true">✓ <\/span>ผ่าน<\/span>/,
    )
    assert.match(
      html,
      /มีสัญชาติไทย<span[^>]*>thai_national<\/span><\/th><td><span class="[^"]*"><span aria-hidden="true">✗ <\/span>ไม่ผ่าน<\/span>/,
    )
    assert.match(html, /<th scope="col">เงื่อนไข<\/th>/)
    assert.match(html, /person-registration ฉบับ 2026\.1/)
    // 03:30 UTC is 10:30 in Bangkok; 2026 is B.E. 2569.
    assert.match(html, /5 มกราคม 2569[^<]*10:30/)
    assert.match(html, /x-xxxx-xxxxx-56-1/)
    assert.match(html, /<details class="receipt-offline"><summary>/)
    assert.ok(html.includes(jws), 'the compact JWS is on the page')
    assert.ok(html.includes(`href="/verify/${receiptId}/print"`))
    assert.ok(html.includes('href="/.well-known/jwks.json"'))
    assert.ok(html.includes('href="/assets/receipts.css"'))
    assertNoFullNumber(html)
  })

  it('shows the labels in English, and an unpublished rule by its id', async () => {
    const { receiptId } = await issue({
      registrantType: 'company',
      checks: [
        { rule: 'email_confirmed', passed: true },
        { rule: 'dbd_status_active', passed: true },
      ],
    })
    const html = (await app.inject(`/verify/${receiptId}?lang=en`)).body
    assert.match(html, /<html lang="en">/)
    assert.match(html, /This receipt is valid/)
    assert.match(html, /Approved/)
    assert.match(html, /Juristic person \(company\)/)
    assert.match(html, /E-mail address confirmed/)
    assert.match(html, /<th scope="row">dbd_status_active<\/th>/)
    assert.match(html, /5 January 2026[^<]*10:30/)
  })

  it('names a later decision, its kind, end date and fee, with a published feature rule label', async () => {
    publishRuleLabels({
      test_fee_paid: { th: 'ชำระค่าธรรมเนียมครบถ้วน', en: 'The fee was paid in full' },
    })
    const { receiptId } = await issue({
      action: 'fee',
      kind: 'customs_broker',
      validUntil: '2029-12-31T17:00:00.000Z',
      fee: {
        amount: '1200.00',
        currency: 'THB',
        ref1: 'R1TEST',
        ref2: 'R2TEST',
        transactionId: 'TX-1',
        paidAt: '2026-12-01T03:00:00.000Z',
      },
      checks: [{ rule: 'test_fee_paid', passed: true }],
    })
    const en = (await app.inject(`/verify/${receiptId}?lang=en`)).body
    assert.match(en, /data-receipt-action="fee">Electronic receipt of a fee</)
    assert.match(en, /Customs broker/)
    assert.match(en, /data-valid-until[^>]*>1 January 2030</)
    assert.match(en, /THB 1,200\.00 \(Ref1 R1TEST · Ref2 R2TEST · transaction TX-1\)/)
    assert.match(en, /The fee was paid in full/)
    const th = (await app.inject(`/verify/${receiptId}`)).body
    assert.match(th, /1,200\.00 บาท/)
    assert.match(th, /ชำระค่าธรรมเนียมครบถ้วน/)
    // A first registration's receipt carries none of the new fields, as before they existed.
    const first = await issue()
    const page = (await app.inject(`/verify/${first.receiptId}`)).body
    const payload = /<code>[^.<]+\.([^.<]+)\.[^<]+<\/code>/.exec(page)?.[1] ?? ''
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<
      string,
      unknown
    >
    assert.ok('decisionId' in claims, 'the payload was read')
    assert.deepEqual(
      ['action', 'kind', 'validUntil', 'fee'].filter((k) => k in claims),
      [],
    )
  })

  it('answers an unknown receipt id with a 404 page saying there is no such receipt', async () => {
    for (const url of [
      `/verify/${randomToken()}`,
      '/verify/not-a-receipt',
      `/verify/${randomToken()}/print`,
    ]) {
      const res = await app.inject(url)
      assert.equal(res.statusCode, 404, url)
      assert.match(res.body, /ไม่พบใบรับรองนี้/)
    }
  })

  it('says "not valid" for a receipt altered in the database, shows none of it, and audits it', async () => {
    const { receiptId, jws } = await issue()
    const [header, , signature] = jws.split('.')
    const forged = Buffer.from(
      JSON.stringify({ ...buildReceiptPayload({ outcome: 'approved' }), receiptId }),
    ).toString('base64url')
    const db = tdb.database.db.withTables<ReceiptTables>()
    await db
      .updateTable('decision_receipts')
      .set({ jws: `${header}.${forged}.${signature}` })
      .where('id', '=', receiptId)
      .execute()

    for (const url of [`/verify/${receiptId}`, `/verify/${receiptId}/print`]) {
      const res = await app.inject(`${url}?lang=en`)
      assert.equal(res.statusCode, 200)
      assert.match(res.body, /This receipt is not valid/)
      assert.doesNotMatch(res.body, /This receipt is valid/)
      assert.doesNotMatch(res.body, /x-xxxx-xxxxx/)
      assert.doesNotMatch(res.body, /<img/)
    }
    const audit = await tdb.database.db
      .selectFrom('audit_events')
      .select(['action', 'outcome'])
      .where('subject_id', '=', receiptId)
      .execute()
    assert.deepEqual(audit[0], { action: 'receipt.verification_failed', outcome: 'failed' })
  })
})

describe('the print view', () => {
  it('is an A4 page with a QR code of the verification address and alt text', async () => {
    const { receiptId, url } = await issue()
    assert.equal(url, `https://ctp.example.go.th/verify/${receiptId}`)
    const res = await app.inject(`/verify/${receiptId}/print`)
    assert.equal(res.statusCode, 200)
    const img =
      /<img class="receipt-qr" src="data:image\/svg\+xml;base64,([^"]+)" alt="([^"]+)"/.exec(
        res.body,
      )
    assert.ok(img, 'a QR image with alt text')
    assert.equal(img[2], `คิวอาร์โค้ดสำหรับตรวจสอบใบรับรองนี้ที่ ${url}`)
    assert.match(Buffer.from(img[1] ?? '', 'base64').toString(), /^<svg[^>]*>/)
    assert.ok(res.body.includes(`>${url}</p>`), 'the address is printed in words too')
    assert.match(res.body, /ใบรับรองนี้ถูกต้อง/)
    assert.ok(res.body.includes('href="/assets/receipts.css"'))
    assertNoFullNumber(res.body)

    const css = await app.inject('/assets/receipts.css')
    assert.equal(css.statusCode, 200)
    assert.match(css.body, /@page\s*\{\s*size:\s*A4/)
  })
})

describe('the published keys', () => {
  it('serves every key ever used, cached for five minutes, and verifies old receipts after a rotation', async () => {
    const old = await createReceiptSigner({
      db: tdb.database.db,
      signing: newSigningKey('sig-retired'),
      publicBaseUrl: config.publicBaseUrl,
    })
    const before = await issue({}, old)
    const current = await issue()

    const res = await app.inject(RECEIPT_PATHS.jwks)
    assert.equal(res.statusCode, 200)
    assert.equal(res.headers['cache-control'], 'public, max-age=300')
    const jwks = res.json<{ keys: JWK[] }>()
    const kids = jwks.keys.map((k) => k.kid)
    assert.ok(kids.includes('sig-retired') && kids.includes(config.secrets.signing.keyId))
    assert.ok(jwks.keys.every((k) => k.d === undefined && k.kty === 'OKP' && k.crv === 'Ed25519'))

    const keySet = createLocalJWKSet(jwks)
    for (const receipt of [before, current]) {
      const { payload } = await compactVerify(receipt.jws, keySet, { algorithms: ['EdDSA'] })
      assertNoFullNumber(new TextDecoder().decode(payload))
      const page = await app.inject(`/verify/${receipt.receiptId}?lang=en`)
      assert.match(page.body, /This receipt is valid/)
    }
  })
})
