import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { bandOf, figuresOf, noCounts } from './figures.js'

const settings = { base: 'answered', rounding: 'truncate' } as const

describe('figuresOf', () => {
  it('gives the mean and the sample S.D. of levels 1–5, "no opinion" left out', () => {
    const c = noCounts()
    c.levels[5] = 2
    c.levels[4] = 1
    c.levels[1] = 1
    c.noOpinion = 3
    const f = figuresOf(c, settings)
    // levels 5, 5, 4, 1: mean 3.75; S.D. = sqrt((1.5625·2 + 0.0625 + 7.5625) / 3) = 1.8929…
    assert.equal(f.mean, 3.75)
    assert.equal(f.sd, 1.89)
    assert.equal(f.band, 'high')
    assert.equal(f.percent, 75)
    assert.equal(figuresOf(c, { ...settings, base: 'answered_and_no_opinion' }).percent, 42.85)
  })

  it('has no mean, S.D. or percentage without answers', () => {
    const f = figuresOf(noCounts(), settings)
    assert.deepEqual([f.mean, f.sd, f.band, f.percent], [null, null, null, null])
  })
})

describe('bandOf', () => {
  it('reads the Thai interpretation bands at their edges', () => {
    assert.deepEqual([5, 4.51, 4.5, 3.51, 3.5, 2.51, 2.5, 1.51, 1.5, 1].map(bandOf), [
      'very_high',
      'very_high',
      'high',
      'high',
      'moderate',
      'moderate',
      'low',
      'low',
      'very_low',
      'very_low',
    ])
  })
})
