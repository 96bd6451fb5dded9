import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { allAreas } from './dopa.js'
import { englishNames, PLACE_NAMES_SOURCE } from './place-names.js'

describe('English place names', () => {
  it('names provinces, districts and sub-districts from their Thai names', () => {
    assert.deepEqual(
      englishNames({ province: 'กรุงเทพมหานคร', district: 'วัฒนา', subdistrict: 'คลองเตยเหนือ' }),
      { province: 'Bangkok', district: 'Watthana', subdistrict: 'Khlong Toei Nuea' },
    )
    assert.deepEqual(
      englishNames({ province: 'เชียงใหม่', district: 'เมืองเชียงใหม่', subdistrict: 'ศรีภูมิ' }),
      { province: 'Chiang Mai', district: 'Mueang Chiang Mai', subdistrict: 'Si Phum' },
    )
  })

  it('has an English name for every province and district and nearly every sub-district', () => {
    const areas = allAreas()
    const named = areas.map((a) => englishNames(a))
    assert.ok(named.every((n) => n.province && n.district))
    const missing = named.filter((n) => !n.subdistrict).length
    assert.ok(missing <= 60, `${missing} sub-districts without an English name`)
    assert.ok(areas.length > 7000)
  })

  it('gives nothing for a place it does not know, and says where its names come from', () => {
    assert.deepEqual(englishNames({ province: 'ไม่มี', district: 'ไม่มี', subdistrict: 'ไม่มี' }), {})
    assert.match(PLACE_NAMES_SOURCE, /^province@\d+\.\d+\.\d+ \(MIT\)$/)
  })
})
