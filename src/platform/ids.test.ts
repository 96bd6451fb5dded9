import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { newId, parseReference, randomToken, shortReference } from './ids.js'

describe('identifiers', () => {
  it('makes UUIDv7 ids that sort by creation time', () => {
    const ids = Array.from({ length: 50 }, () => newId())
    assert.deepEqual([...ids].sort(), ids)
    assert.match(
      ids[0] ?? '',
      /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
  })

  it('makes unguessable tokens of 256 bits', () => {
    assert.equal(Buffer.from(randomToken(), 'base64url').length, 32)
    assert.notEqual(randomToken(), randomToken())
  })

  it('accepts its own references, typed loosely', () => {
    const ref = shortReference()
    assert.equal(parseReference(ref), ref)
    assert.equal(parseReference(` ${ref.toLowerCase().replace('-', ' ')} `), ref)
  })

  it('detects any single mistyped character in a reference', () => {
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 31 }), (pos, shift) => {
        const ref = shortReference().replace('-', '')
        const i = alphabet.indexOf(ref[pos] ?? '0')
        const typo = ref.slice(0, pos) + alphabet[(i + shift) % 32] + ref.slice(pos + 1)
        assert.equal(parseReference(typo), undefined)
      }),
    )
  })
})
