import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { applyRounding, percentOf } from './rounding.js'

describe('applyRounding', () => {
  it('truncates the way the agency report does: 5,963 of 6,229 is 95.72, not 95.73', () => {
    assert.equal(applyRounding((5963 / 6229) * 100, 2, 'truncate'), 95.72)
    assert.equal(applyRounding((5963 / 6229) * 100, 2, 'round'), 95.73)
  })

  it('does not cut binary noise as a digit (0.29 × 100 is 28.999999999999996 in floats)', () => {
    assert.equal(applyRounding(0.29 * 100, 2, 'truncate'), 29)
    assert.equal(applyRounding(1.005 * 100, 1, 'truncate'), 100.5)
  })

  it('rounds half up and keeps the sign', () => {
    assert.equal(applyRounding(2.345, 2, 'round'), 2.35)
    assert.equal(applyRounding(-2.349, 2, 'truncate'), -2.34)
    assert.equal(applyRounding(4.5, 0, 'round'), 5)
  })
})

describe('percentOf', () => {
  it('is null when the base is zero', () => {
    assert.equal(percentOf(0, 0, 2, 'truncate'), null)
  })

  it('agrees with exact rational arithmetic for every count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.nat(100_000), (whole, p) => {
        const part = p % (whole + 1)
        const t = percentOf(part, whole, 2, 'truncate') as number
        const r = percentOf(part, whole, 2, 'round') as number
        // t/100 ≤ part/whole < (t + 0.01)/100, compared in integers
        const tc = Math.round(t * 100)
        assert.ok(tc * whole <= part * 10_000 && part * 10_000 < (tc + 1) * whole)
        const rc = Math.round(r * 100)
        assert.ok(
          (2 * rc - 1) * whole <= 2 * part * 10_000 && 2 * part * 10_000 < (2 * rc + 1) * whole,
        )
      }),
    )
  })
})
