import { compactVerify, createLocalJWKSet, errors, type JWK } from 'jose'
import type { Kysely } from 'kysely'
import { executeAsOne, type Write } from '../../platform/db/one-statement.js'
import type { DB } from '../../platform/db/schema.js'
import { randomToken } from '../../platform/ids.js'
import {
  claimsSchema,
  RECEIPT_ID_PATTERN,
  RECEIPT_JWS_TYPE,
  type ReceiptClaims,
  type ReceiptPayload,
} from './receipts.payload.js'
import { findReceiptJws, listPublicKeys, receiptRowsWrite } from './receipts.repository.js'
import type { ReceiptSigner } from './receipts.signer.js'

/** The public verification page of a receipt. */
export function receiptUrl(publicBaseUrl: string, receiptId: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/verify/${receiptId}`
}

/** A signed receipt not yet stored. */
export interface SignedReceipt {
  receiptId: string
  jws: string
  url: string
}

/** Signs a receipt (CPU only, no database): callers sign before they open their transaction. */
export async function signReceipt(
  signer: ReceiptSigner,
  payload: ReceiptPayload,
): Promise<SignedReceipt> {
  const receiptId = randomToken()
  const jws = await signer.sign({ ...payload, receiptId })
  return { receiptId, jws, url: receiptUrl(signer.publicBaseUrl, receiptId) }
}

/** Stores a signed receipt through the given handle — the decision's transaction. */
export async function storeReceipt(
  trx: Kysely<DB>,
  signer: ReceiptSigner,
  decisionId: string,
  signed: SignedReceipt,
): Promise<void> {
  await executeAsOne(trx, receiptWrites(trx, signer, [{ decisionId, signed }]))
}

/** The write that stores several signed receipts, for the caller to run with their decisions. */
export function receiptWrites(
  db: Kysely<DB>,
  signer: ReceiptSigner,
  receipts: { decisionId: string; signed: SignedReceipt }[],
): Write[] {
  return receiptRowsWrite(
    db,
    receipts.map(({ decisionId, signed }) => ({
      id: signed.receiptId,
      decisionId,
      keyId: signer.keyId,
      jws: signed.jws,
    })),
  )
}

/**
 * Signs a receipt and stores it through the given handle — the caller passes the decision's
 * transaction, so that a receipt exists exactly when its decision does.
 */
export async function issueReceipt(
  trx: Kysely<DB>,
  signer: ReceiptSigner,
  payload: ReceiptPayload,
): Promise<SignedReceipt> {
  const signed = await signReceipt(signer, payload)
  await storeReceipt(trx, signer, payload.decisionId, signed)
  return signed
}

export type InvalidReason = 'signature' | 'header' | 'payload' | 'receipt-id'

/** The result of checking a receipt: only a valid one carries contents a page may show. */
export type ReceiptVerification =
  | { status: 'unknown' }
  | { status: 'invalid'; reason: InvalidReason }
  | { status: 'valid'; claims: ReceiptClaims; jws: string; keyId: string }

/** Checks a compact JWS against the given public keys and that it is the receipt it claims to be. */
export async function verifyReceiptJws(
  jws: string,
  keys: JWK[],
  expectedReceiptId: string,
): Promise<ReceiptVerification> {
  return verifyWithKeySet(jws, createLocalJWKSet({ keys }), expectedReceiptId)
}

type KeySet = ReturnType<typeof createLocalJWKSet>

async function verifyWithKeySet(
  jws: string,
  keySet: KeySet,
  expectedReceiptId: string,
): Promise<ReceiptVerification> {
  let verified: Awaited<ReturnType<typeof compactVerify>>
  try {
    verified = await compactVerify(jws, keySet, { algorithms: ['EdDSA'] })
  } catch (err) {
    // Every way a token can be bad is a JOSEError; anything else is a fault to report.
    if (err instanceof errors.JOSEError) return { status: 'invalid', reason: 'signature' }
    throw err
  }
  const { protectedHeader, payload } = verified
  if (protectedHeader.typ !== RECEIPT_JWS_TYPE || typeof protectedHeader.kid !== 'string') {
    return { status: 'invalid', reason: 'header' }
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(new TextDecoder().decode(payload))
  } catch {
    return { status: 'invalid', reason: 'payload' }
  }
  const claims = claimsSchema.safeParse(parsed)
  if (!claims.success) return { status: 'invalid', reason: 'payload' }
  // A genuine receipt copied into another row is still not the receipt at this address.
  if (claims.data.receiptId !== expectedReceiptId)
    return { status: 'invalid', reason: 'receipt-id' }
  return { status: 'valid', claims: claims.data, jws, keyId: protectedHeader.kid }
}

// signing_keys is append-only, so the published keys are kept in memory and read again only
// when a receipt names a key this instance has not seen (another instance rotated).
const keyCache = new WeakMap<Kysely<DB>, { kids: Set<string>; keySet: KeySet }>()

async function keySetFor(db: Kysely<DB>, kid: string | undefined): Promise<KeySet> {
  const cached = keyCache.get(db)
  if (cached && kid !== undefined && cached.kids.has(kid)) return cached.keySet
  const keys: JWK[] = await listPublicKeys(db)
  const entry = {
    kids: new Set(keys.flatMap((k) => (k.kid ? [k.kid] : []))),
    keySet: createLocalJWKSet({ keys }),
  }
  keyCache.set(db, entry)
  return entry.keySet
}

function kidOf(jws: string): string | undefined {
  try {
    const header = JSON.parse(
      Buffer.from(jws.split('.')[0] ?? '', 'base64url').toString('utf8'),
    ) as { kid?: unknown }
    return typeof header.kid === 'string' ? header.kid : undefined
  } catch {
    return undefined
  }
}

/**
 * Looks a receipt up and verifies it by its signature against every published key, so that
 * a row edited in the database is reported as not valid rather than believed.
 */
export async function verifyReceipt(
  db: Kysely<DB>,
  receiptId: string,
): Promise<ReceiptVerification> {
  if (!RECEIPT_ID_PATTERN.test(receiptId)) return { status: 'unknown' }
  const jws = await findReceiptJws(db, receiptId)
  if (jws === undefined) return { status: 'unknown' }
  const remembered = rememberedFor(db)
  const key = `${receiptId}.${jws}`
  const known = remembered.get(key)
  if (known) {
    remembered.delete(key)
    remembered.set(key, known)
    return known
  }
  const result = await verifyWithKeySet(jws, await keySetFor(db, kidOf(jws)), receiptId)
  if (result.status === 'valid') {
    remembered.set(key, result)
    if (remembered.size > REMEMBERED_RECEIPTS) {
      const oldest = remembered.keys().next().value
      if (oldest !== undefined) remembered.delete(oldest)
    }
  }
  return result
}

// A receipt that verified once verifies again: the check depends only on the JWS text, the
// receipt id and the signing key, and a key id never names a second key (signing_keys is
// append-only; the signer refuses to start otherwise). So the result is remembered by the
// exact text read from the database on every request — a row edited since is a different text
// and is checked afresh, and a failed check is never remembered. The most recently checked
// receipts are kept, per database.
const REMEMBERED_RECEIPTS = 5_000
type Valid = Extract<ReceiptVerification, { status: 'valid' }>
const rememberedByDb = new WeakMap<Kysely<DB>, Map<string, Valid>>()

function rememberedFor(db: Kysely<DB>): Map<string, Valid> {
  let remembered = rememberedByDb.get(db)
  if (!remembered) {
    remembered = new Map()
    rememberedByDb.set(db, remembered)
  }
  return remembered
}
