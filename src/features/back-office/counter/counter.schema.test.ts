// The counter's entry stores a soi, road and moo bare, as the person journey does: an officer who
// types "ซอย…" or "ถ." sees each word once on every page that shows the address.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { formatThaiId } from '../../../platform/thai-id.js'
import { parseCounterEntry } from './counter.schema.js'

const form = {
  nationalId: formatThaiId('1101700230708'),
  titleTh: 'นาง',
  firstNameTh: 'บุญมี',
  middleNameTh: '',
  lastNameTh: 'มาเคาน์เตอร์',
  titleEn: '',
  firstNameEn: '',
  middleNameEn: '',
  lastNameEn: '',
  birthDate: '๒๙/๒/๒๕๒๓',
  houseNo: '99/1',
  moo: 'หมู่ที่ ๔',
  soi: 'ซอยเจริญกรุง 36',
  road: 'ถ.เจริญกรุง',
  subdistrict: 'แขวงบางรัก',
  postcode: '10500',
  email: 'boonmee@example.com',
  mobile: '081-234-5678',
  documents: ['id_card'],
  ekycReason: 'no_smartphone',
  seen: 'yes',
}

describe('the counter entry', () => {
  it('stores the moo, soi and road without the words people type before them', () => {
    const parsed = parseCounterEntry(form)
    assert.ok(parsed.ok, JSON.stringify(parsed))
    assert.equal(parsed.value.address.moo, '4')
    assert.equal(parsed.value.address.soi, 'เจริญกรุง 36')
    assert.equal(parsed.value.address.road, 'เจริญกรุง')
  })

  it('leaves out a line that holds only its prefix', () => {
    const parsed = parseCounterEntry({ ...form, moo: 'หมู่', soi: 'ซ.', road: '' })
    assert.ok(parsed.ok)
    assert.equal(parsed.value.address.moo, undefined)
    assert.equal(parsed.value.address.soi, undefined)
  })
})
