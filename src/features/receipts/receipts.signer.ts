import { createPrivateKey, createPublicKey, sign as signBytes } from 'node:crypto'
import type { JWK } from 'jose'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { RECEIPT_JWS_TYPE, toClaims, type ReceiptPayload } from './receipts.payload.js'
import { listPublicKeys, registerPublicKey } from './receipts.repository.js'
import type { PublicEd25519Jwk } from './schema.js'

/** Signs receipts with the configured key and publishes every key that ever signed one. */
export interface ReceiptSigner {
  keyId: string
  /** PUBLIC_BASE_URL without a trailing slash: verification links are built on it. */
  publicBaseUrl: string
  sign(payload: ReceiptPayload & { receiptId: string }): Promise<string>
  jwks(): Promise<{ keys: JWK[] }>
}

/** Raised at start-up when a key id already names a different public key. */
export class SigningKeyConflictError extends Error {
  override name = 'SigningKeyConflictError'
}

/** The public half of a PKCS#8 Ed25519 private key, as a JWK under the given id. */
export function publicJwkOf(privateKeyPem: string, keyId: string): PublicEd25519Jwk {
  const privateKey = createPrivateKey(privateKeyPem)
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(
      `signing key ${keyId} is ${privateKey.asymmetricKeyType ?? 'not asymmetric'}; receipts need Ed25519`,
    )
  }
  const { x } = createPublicKey(privateKey).export({ format: 'jwk' })
  if (typeof x !== 'string') throw new Error(`signing key ${keyId} has no public part`)
  return { kty: 'OKP', crv: 'Ed25519', x, kid: keyId, alg: 'EdDSA', use: 'sig' }
}

/** Prepares the signer and records the current public key in signing_keys (once per key id). */
export async function createReceiptSigner(opts: {
  db: Kysely<DB>
  signing: { keyId: string; value: string }
  publicBaseUrl: string
}): Promise<ReceiptSigner> {
  const { db, signing } = opts
  const privateKey = createPrivateKey(signing.value)
  const jwk = publicJwkOf(signing.value, signing.keyId)
  const stored = await registerPublicKey(db, jwk)
  if (stored.x !== jwk.x) {
    // Signing under a reused id would publish two keys as one, and receipts signed by either
    // would stop verifying: refuse to start instead.
    throw new SigningKeyConflictError(
      `signing key id ${signing.keyId} already names another public key; give the new key a new id (SIGNING_KEY_ID)`,
    )
  }
  // The protected header is the same for every receipt of this key: encoded once.
  const header = Buffer.from(
    JSON.stringify({ alg: 'EdDSA', kid: signing.keyId, typ: RECEIPT_JWS_TYPE }),
  ).toString('base64url')
  return {
    keyId: signing.keyId,
    publicBaseUrl: opts.publicBaseUrl.replace(/\/+$/, ''),
    async sign(payload) {
      // JWS compact serialisation (RFC 7515 §7.1) signed by node:crypto's Ed25519 (RFC 8037):
      // one synchronous call on the request's own thread. The verifier reads it through jose.
      const input = `${header}.${Buffer.from(JSON.stringify(toClaims(payload))).toString('base64url')}`
      return `${input}.${signBytes(null, Buffer.from(input), privateKey).toString('base64url')}`
    },
    async jwks() {
      return { keys: await listPublicKeys(db) }
    },
  }
}
