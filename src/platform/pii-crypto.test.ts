import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { describe, it } from 'node:test'
import { createPiiCrypto, UnknownKeyError } from './pii-crypto.js'

let n = 0
const keys = () => {
  n += 1
  return {
    encryption: { keyId: `enc-${n}`, value: randomBytes(32) },
    hmac: { keyId: `hmac-${n}`, value: randomBytes(32) },
  }
}

describe('PII encryption and keyed hashing', () => {
  it('decrypts what it encrypted, with a fresh IV each time', () => {
    const c = createPiiCrypto(keys())
    const a = c.encrypt('1103702071563')
    const b = c.encrypt('1103702071563')
    assert.notDeepEqual(a.blob, b.blob)
    assert.equal(c.decrypt(a), '1103702071563')
    assert.match(a.keyId, /^enc-\d+$/)
  })

  it('refuses a tampered ciphertext', () => {
    const c = createPiiCrypto(keys())
    const sealed = c.encrypt('1103702071563')
    sealed.blob[sealed.blob.length - 1] = (sealed.blob.at(-1) ?? 0) ^ 1
    assert.throws(() => c.decrypt(sealed))
  })

  it('still decrypts under a retired key after rotation', () => {
    const old = keys()
    const sealed = createPiiCrypto(old).encrypt('x')
    const rotated = createPiiCrypto({ ...keys(), retiredEncryption: [old.encryption] })
    assert.equal(rotated.decrypt(sealed), 'x')
    assert.throws(() => createPiiCrypto(keys()).decrypt(sealed), UnknownKeyError)
  })

  it('gives the same keyed hash for the same ID and another under another key', () => {
    const k = keys()
    const c = createPiiCrypto(k)
    assert.deepEqual(c.hmac('1103702071563').blob, c.hmac('1103702071563').blob)
    assert.notDeepEqual(
      createPiiCrypto(keys()).hmac('1103702071563').blob,
      c.hmac('1103702071563').blob,
    )
  })
})
