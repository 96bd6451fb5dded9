import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto'
import { CompactSign, compactVerify, decodeProtectedHeader, type JWK } from 'jose'
import { sha256Hex } from './audit.canonical.js'

export const CHECKPOINT_FORMAT = 'ctp-audit-checkpoint/1'
export const CHECKPOINT_JWS_TYPE = 'ctp-audit-checkpoint+jws'

/** What a checkpoint states, signed. Hashes are hex SHA-256. */
export interface CheckpointStatement {
  typ: typeof CHECKPOINT_FORMAT
  /** 1, 2, 3, … with no gaps. */
  n: number
  /** The range covered: firstSeq is the previous checkpoint's lastSeq + 1 (1 for the first). */
  firstSeq: number
  lastSeq: number
  count: number
  /** The seq values present in the range, as "a-b,c,…" (gaps are rolled-back transactions). */
  seqs: string
  /** Merkle root (RFC 6962) of the events' leaf hashes in seq order. */
  root: string
  /** Hash of the previous checkpoint's payload; null for the first. */
  prev: string | null
  sealedAt: string
}

/** The public half of an Ed25519 key as published. */
export interface PublicAuditJwk extends JWK {
  kty: 'OKP'
  crv: 'Ed25519'
  x: string
  kid: string
  alg: 'EdDSA'
  use: 'sig'
}

/** Signs checkpoints with the configured key, which never enters the database. */
export interface CheckpointSigner {
  keyId: string
  publicJwk: PublicAuditJwk
  /** SubjectPublicKeyInfo PEM, for openssl users. */
  publicPem: string
  sign(statement: CheckpointStatement): Promise<{ jws: string; headHash: string }>
}

/** Public keys trusted to have signed checkpoints, by key id. */
export type TrustedKeys = ReadonlyMap<string, KeyObject>

const encoder = new TextEncoder()

/** The signer for a PKCS#8 Ed25519 private key. */
export function createCheckpointSigner(secret: { keyId: string; value: string }): CheckpointSigner {
  const privateKey = createPrivateKey(secret.value)
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new Error(`audit signing key ${secret.keyId} must be Ed25519`)
  const publicKey = createPublicKey(privateKey)
  const { x } = publicKey.export({ format: 'jwk' })
  if (typeof x !== 'string') throw new Error(`audit signing key ${secret.keyId} has no public part`)
  const publicJwk: PublicAuditJwk = {
    kty: 'OKP',
    crv: 'Ed25519',
    x,
    kid: secret.keyId,
    alg: 'EdDSA',
    use: 'sig',
  }
  return {
    keyId: secret.keyId,
    publicJwk,
    publicPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    async sign(statement) {
      const payload = encoder.encode(JSON.stringify(statement))
      const jws = await new CompactSign(payload)
        .setProtectedHeader({ alg: 'EdDSA', kid: secret.keyId, typ: CHECKPOINT_JWS_TYPE })
        .sign(privateKey)
      return { jws, headHash: sha256Hex(payload) }
    },
  }
}

/** Trusted keys from published JWKs (the current key, and any retired one kept for old checkpoints). */
export function trustedKeysOf(jwks: readonly JWK[]): TrustedKeys {
  const keys = new Map<string, KeyObject>()
  for (const jwk of jwks) {
    if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.kid !== 'string')
      throw new Error('audit public keys must be Ed25519 JWKs with a kid')
    keys.set(
      jwk.kid,
      createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' }),
    )
  }
  return keys
}

/** The payload of a compact JWS, undecoded by any key: for display and for hashing. */
export function payloadBytesOf(jws: string): Buffer {
  const part = jws.split('.')[1]
  if (part === undefined) throw new Error('not a compact JWS')
  return Buffer.from(part, 'base64url')
}

function isStatement(value: unknown): value is CheckpointStatement {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  const int = (k: string) => Number.isSafeInteger(v[k])
  const hex = (k: string) => typeof v[k] === 'string' && /^[0-9a-f]{64}$/.test(v[k] as string)
  return (
    v.typ === CHECKPOINT_FORMAT &&
    int('n') &&
    int('firstSeq') &&
    int('lastSeq') &&
    int('count') &&
    typeof v.seqs === 'string' &&
    hex('root') &&
    (v.prev === null || hex('prev')) &&
    typeof v.sealedAt === 'string'
  )
}

/** A statement read from a JWS payload, or undefined when it is not one. */
export function parseStatement(payload: Uint8Array): CheckpointStatement | undefined {
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(payload))
    return isStatement(value) ? value : undefined
  } catch {
    return undefined
  }
}

export type SignatureCheck =
  | { valid: true; keyId: string; statement: CheckpointStatement; headHash: string }
  | {
      valid: false
      keyId: string | undefined
      reason: 'unknown-key' | 'bad-signature' | 'bad-payload'
    }

/** Checks a checkpoint's signature against the trusted keys and reads its statement. */
export async function checkSignature(jws: string, keys: TrustedKeys): Promise<SignatureCheck> {
  let keyId: string | undefined
  try {
    const header = decodeProtectedHeader(jws)
    keyId = typeof header.kid === 'string' ? header.kid : undefined
    if (header.typ !== CHECKPOINT_JWS_TYPE || header.alg !== 'EdDSA')
      return { valid: false, keyId, reason: 'bad-payload' }
  } catch {
    return { valid: false, keyId, reason: 'bad-payload' }
  }
  const key = keyId === undefined ? undefined : keys.get(keyId)
  if (key === undefined || keyId === undefined)
    return { valid: false, keyId, reason: 'unknown-key' }
  let payload: Uint8Array
  try {
    payload = (await compactVerify(jws, key, { algorithms: ['EdDSA'] })).payload
  } catch {
    return { valid: false, keyId, reason: 'bad-signature' }
  }
  const statement = parseStatement(payload)
  if (!statement) return { valid: false, keyId, reason: 'bad-payload' }
  return { valid: true, keyId, statement, headHash: sha256Hex(payload) }
}
