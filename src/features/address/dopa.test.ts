import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { allAreas, areaChoice, areasForPostcode, findArea, formatArea } from './dopa.js'

describe('DOPA address data', () => {
  it('lists the sub-districts of a Bangkok postcode with DOPA codes', () => {
    const areas = areasForPostcode('10110')
    const khlongToei = areas.find((a) => a.subdistrict === 'คลองเตย')
    assert.ok(khlongToei)
    assert.equal(khlongToei.district, 'คลองเตย')
    assert.equal(khlongToei.province, 'กรุงเทพมหานคร')
    assert.equal(khlongToei.provinceCode, '10')
    assert.match(khlongToei.subdistrictCode, /^10\d{4}$/)
    assert.equal(formatArea(khlongToei), 'แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110')
  })

  it('writes provincial addresses with ตำบล, อำเภอ and จังหวัด', () => {
    const area = areasForPostcode('50200').find((a) => a.subdistrict === 'ศรีภูมิ')
    assert.ok(area)
    assert.equal(formatArea(area), 'ตำบลศรีภูมิ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50200')
  })

  it('refuses a sub-district that does not belong to the postcode, and an unknown postcode', () => {
    const bkk = areasForPostcode('10110')[0]
    assert.ok(bkk)
    assert.equal(findArea(bkk.subdistrictCode, '50200'), undefined)
    assert.deepEqual(areasForPostcode('00000'), [])
  })

  it('tells apart every area of a postcode, those the package has without a code too', () => {
    const postcodes = new Set(
      allAreas()
        .map((a) => a.postcode)
        .filter((p) => /^\d{5}$/.test(p)),
    )
    for (const postcode of postcodes) {
      const areas = areasForPostcode(postcode)
      const choices = areas.map(areaChoice)
      assert.equal(new Set(choices).size, choices.length, `postcode ${postcode}`)
      for (const a of areas) assert.equal(findArea(areaChoice(a), postcode), a)
    }
    // Bueng Kan's sub-districts have no code in the package: each is still found by its name.
    const hoKham = findArea('0-หอคำ', '38000')
    assert.equal(hoKham?.subdistrict, 'หอคำ')
    assert.equal(findArea('0', '38000'), undefined)
  })
})
