import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto'
import type { KeyedSecret } from '../config.js'

export interface Sealed {
  keyId: string
  blob: Buffer
}

/** Encryption at rest and keyed hashing for national IDs and other personal identifiers. */
export interface PiiCrypto {
  /** A keyed hash for exact lookup; the same input always gives the same digest under one key. */
  hmac(value: string): Sealed
  /** AES-256-GCM; the key id is bound as associated data. */
  encrypt(plain: string): Sealed
  decrypt(sealed: Sealed): string
}

/** Raised when a value was sealed under a key this instance does not hold. */
export class UnknownKeyError extends Error {
  override name = 'UnknownKeyError'
}

/** Builds the PII crypto from the current keys (plus retired keys, for decryption only). */
export function createPiiCrypto(opts: {
  encryption: KeyedSecret<Buffer>
  hmac: KeyedSecret<Buffer>
  retiredEncryption?: KeyedSecret<Buffer>[]
}): PiiCrypto {
  const encKeys = new Map(
    [opts.encryption, ...(opts.retiredEncryption ?? [])].map((k) => [k.keyId, k.value]),
  )
  return {
    hmac(value) {
      return {
        keyId: opts.hmac.keyId,
        blob: createHmac('sha256', opts.hmac.value).update(value).digest(),
      }
    },
    encrypt(plain) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', opts.encryption.value, iv)
      cipher.setAAD(Buffer.from(opts.encryption.keyId))
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return { keyId: opts.encryption.keyId, blob: Buffer.concat([iv, cipher.getAuthTag(), body]) }
    },
    decrypt(sealed) {
      const key = encKeys.get(sealed.keyId)
      if (!key) throw new UnknownKeyError(`no encryption key ${sealed.keyId}`)
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.blob.subarray(0, 12))
      decipher.setAAD(Buffer.from(sealed.keyId))
      decipher.setAuthTag(sealed.blob.subarray(12, 28))
      return Buffer.concat([decipher.update(sealed.blob.subarray(28)), decipher.final()]).toString(
        'utf8',
      )
    },
  }
}
