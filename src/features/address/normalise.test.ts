import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { bareAddressLines, bareMoo, bareRoad, bareSoi } from './normalise.js'

describe('the words people type before a soi, road or moo', () => {
  it('takes ซอย, ซ. and Soi off a soi, once or twice', () => {
    assert.equal(bareSoi('ซอยสุขุมวิท 11'), 'สุขุมวิท 11')
    assert.equal(bareSoi('ซ.สุขุมวิท 11'), 'สุขุมวิท 11')
    assert.equal(bareSoi('ซ. สุขุมวิท 11'), 'สุขุมวิท 11')
    assert.equal(bareSoi('ซ สุขุมวิท 11'), 'สุขุมวิท 11')
    assert.equal(bareSoi('ซอย ซอยสุขุมวิท 11'), 'สุขุมวิท 11')
    assert.equal(bareSoi('Soi Sukhumvit 11'), 'Sukhumvit 11')
    assert.equal(bareSoi('soi. 11'), '11')
    assert.equal(bareSoi('  ซอย   ร่วมฤดี  '), 'ร่วมฤดี')
  })

  it('leaves a soi whose name only starts like the word', () => {
    assert.equal(bareSoi('ซีคอน'), 'ซีคอน')
    assert.equal(bareSoi('Soigrand'), 'Soigrand')
    assert.equal(bareSoi('สุขุมวิท 11'), 'สุขุมวิท 11')
  })

  it('takes ถนน, ถ. and Road or Rd off a road, before or after the name', () => {
    assert.equal(bareRoad('ถนนสุขุมวิท'), 'สุขุมวิท')
    assert.equal(bareRoad('ถ.สุขุมวิท'), 'สุขุมวิท')
    assert.equal(bareRoad('ถ สุขุมวิท'), 'สุขุมวิท')
    assert.equal(bareRoad('ถนน Sukhumvit'), 'Sukhumvit')
    assert.equal(bareRoad('Sukhumvit Rd'), 'Sukhumvit')
    assert.equal(bareRoad('Sukhumvit Rd.'), 'Sukhumvit')
    assert.equal(bareRoad('Sukhumvit Road'), 'Sukhumvit')
    assert.equal(bareRoad('Road Sukhumvit'), 'Sukhumvit')
    assert.equal(bareRoad('Thanon Sukhumvit'), 'Sukhumvit')
    assert.equal(bareRoad('ถนนสุขุมวิท Rd'), 'สุขุมวิท')
  })

  it('leaves a road whose name only contains the word', () => {
    assert.equal(bareRoad('Broadway'), 'Broadway')
    assert.equal(bareRoad('ถาวร'), 'ถาวร')
    assert.equal(bareRoad('Rama 4'), 'Rama 4')
  })

  it('takes หมู่, หมู่ที่, ม. and Moo off a village number, but not หมู่บ้าน', () => {
    assert.equal(bareMoo('หมู่ 4'), '4')
    assert.equal(bareMoo('หมู่ที่ 4'), '4')
    assert.equal(bareMoo('ม.4'), '4')
    assert.equal(bareMoo('Moo 4'), '4')
    assert.equal(bareMoo('4'), '4')
    assert.equal(bareMoo('หมู่บ้านสุขใจ'), 'หมู่บ้านสุขใจ')
  })

  it('is idempotent: a bare value stays as it is', () => {
    for (const v of ['สุขุมวิท 11', 'Sukhumvit', '4', 'ร่วมฤดี', ''])
      for (const f of [bareSoi, bareRoad, bareMoo]) assert.equal(f(f(v)), f(v))
  })

  it('strips the lines of a whole address and leaves the other fields', () => {
    assert.deepEqual(
      bareAddressLines({ houseNo: '99/1', moo: 'ม. 4', soi: 'ซ.สุขุมวิท 11', road: 'ถ.สุขุมวิท' }),
      { houseNo: '99/1', moo: '4', soi: 'สุขุมวิท 11', road: 'สุขุมวิท' },
    )
  })
})
