import { createPrivateKey, createPublicKey } from 'node:crypto'
import { CompactSign, type JWK } from 'jose'
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
  const encoder = new TextEncoder()
  return {
    keyId: signing.keyId,
    publicBaseUrl: opts.publicBaseUrl.replace(/\/+$/, ''),
    async sign(payload) {
      const claims = toClaims(payload)
      return new CompactSign(encoder.encode(JSON.stringify(claims)))
        .setProtectedHeader({ alg: 'EdDSA', kid: signing.keyId, typ: RECEIPT_JWS_TYPE })
        .sign(privateKey)
    },
    async jwks() {
      return { keys: await listPublicKeys(db) }
    },
  }
}
