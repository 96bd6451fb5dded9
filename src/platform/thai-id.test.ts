import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import {
  checkThaiId,
  formatThaiId,
  isValidThaiId,
  maskThaiId,
  normaliseThaiId,
  thaiIdCheckDigit,
  withCheckDigit,
} from './thai-id.js'
import { toThaiDigits } from './time.js'

const twelveDigits = fc.stringMatching(/^[1-8]\d{11}$/)

describe('Thai 13-digit IDs', () => {
  it('computes the mod-11 check digit of a known ID', () => {
    // 1-1037-02071-56-? : the weighted sum is 198; (11 - 198 mod 11) mod 10 = 1
    assert.equal(thaiIdCheckDigit('110370207156'), 1)
    assert.equal(isValidThaiId('1103702071561'), true)
  })

  it('refuses an ID whose check digit is wrong', () => {
    assert.deepEqual(checkThaiId('1103702071564'), { ok: false, problem: 'checksum' })
  })

  it('refuses an empty ID and one of the wrong length', () => {
    assert.deepEqual(checkThaiId('  '), { ok: false, problem: 'required' })
    assert.deepEqual(checkThaiId('123456789012'), { ok: false, problem: 'format' })
    assert.deepEqual(checkThaiId('12345678901a3'), { ok: false, problem: 'format' })
  })

  it('accepts spaces, dashes and Thai digits, as people type them', () => {
    fc.assert(
      fc.property(
        twelveDigits,
        fc.constantFrom(' ', '-', ''),
        fc.boolean(),
        (first12, sep, thai) => {
          const id = withCheckDigit(first12)
          let typed = formatThaiId(id).replaceAll('-', sep)
          if (thai) typed = toThaiDigits(typed)
          assert.deepEqual(checkThaiId(` ${typed} `), { ok: true, id })
        },
      ),
    )
  })

  it('refuses every check digit but the right one', () => {
    fc.assert(
      fc.property(twelveDigits, fc.integer({ min: 1, max: 9 }), (first12, delta) => {
        const id = withCheckDigit(first12)
        const wrong = first12 + String((Number(id[12]) + delta) % 10)
        assert.equal(isValidThaiId(wrong), false)
      }),
    )
  })

  it('masks all but the last three digits', () => {
    assert.equal(maskThaiId('1103702071561'), 'x-xxxx-xxxxx-56-1')
    assert.equal(normaliseThaiId('๑-๑๐๓๗-๐๒๐๗๑-๕๖-๑'), '1103702071561')
  })
})
