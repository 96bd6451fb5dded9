import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { StoredMailing } from '../../platform/db/schema.js'
import { areasForPostcode, formatArea } from './dopa.js'
import { formatAddress, formatLines, idCardAddressText, mailingAddressText } from './format.js'

const area = (postcode: string, subdistrict: string) => {
  const found = areasForPostcode(postcode).find((a) => a.subdistrict === subdistrict)
  assert.ok(found, `${subdistrict} ${postcode}`)
  return found
}

describe('address lines', () => {
  it('says ซอย and ถนน once when they were typed with the names (the issue 17 case)', () => {
    assert.deepEqual(formatLines({ houseNo: '99/1', soi: 'ซอยสุขุมวิท 11', road: 'ถนนสุขุมวิท' }), [
      '99/1',
      'ซอยสุขุมวิท 11',
      'ถนนสุขุมวิท',
    ])
  })

  it('says them the same way for bare values, abbreviations and mixed input', () => {
    const expected = ['99/1', 'หมู่ 4', 'ซอยสุขุมวิท 11', 'ถนนสุขุมวิท']
    for (const lines of [
      { houseNo: '99/1', moo: '4', soi: 'สุขุมวิท 11', road: 'สุขุมวิท' },
      { houseNo: '99/1', moo: 'หมู่ที่ 4', soi: 'ซ.สุขุมวิท 11', road: 'ถ.สุขุมวิท' },
      { houseNo: '99/1', moo: 'ม.4', soi: 'Soi สุขุมวิท 11', road: 'ถนน สุขุมวิท' },
    ])
      assert.deepEqual(formatLines(lines), expected)
  })

  it('leaves a space before a road or soi written in Latin letters or starting with a digit', () => {
    assert.deepEqual(formatLines({ soi: 'Soi 11', road: 'Sukhumvit Rd' }), [
      'ซอย 11',
      'ถนน Sukhumvit',
    ])
    assert.deepEqual(formatLines({ road: 'ถนนSukhumvit' }), ['ถนน Sukhumvit'])
  })

  it('writes English lines with Soi before and Rd after the name', () => {
    assert.deepEqual(
      formatLines(
        { houseNo: '99/1', moo: 'หมู่ 4', soi: 'ซอยSukhumvit 11', road: 'Sukhumvit Road' },
        'en',
      ),
      ['99/1 Moo 4', 'Soi Sukhumvit 11', 'Sukhumvit Rd'],
    )
    assert.deepEqual(formatLines({ houseNo: '7', road: 'ถนนพระราม 4' }, 'en'), ['7', 'พระราม 4 Rd'])
  })
})

describe('areas in English', () => {
  it('names a Bangkok area with Khwaeng and Khet, a provincial one with Tambon and Amphoe', () => {
    assert.equal(
      formatArea(area('10110', 'คลองเตยเหนือ'), 'en'),
      'Khwaeng Khlong Toei Nuea, Khet Watthana, Bangkok 10110',
    )
    assert.equal(
      formatArea(area('50200', 'ศรีภูมิ'), 'en'),
      'Tambon Si Phum, Amphoe Mueang Chiang Mai, Chiang Mai 50200',
    )
  })

  it('keeps the Thai name of a place the English list does not have', () => {
    assert.equal(formatArea(area('55000', 'สวก'), 'en'), 'Tambon สวก, Amphoe Mueang Nan, Nan 55000')
  })
})

describe('whole addresses', () => {
  const typed: StoredMailing = {
    kind: 'other',
    houseNo: '99/1',
    soi: 'ซอยสุขุมวิท 11',
    road: 'ถนนสุขุมวิท',
    ...area('10110', 'คลองเตยเหนือ'),
  }

  it('writes an old stored address without doubled words, in Thai and in English', () => {
    assert.equal(
      mailingAddressText(typed, null),
      '99/1 ซอยสุขุมวิท 11 ถนนสุขุมวิท แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพมหานคร 10110',
    )
    assert.equal(
      mailingAddressText(typed, null, 'en'),
      '99/1, Soi สุขุมวิท 11, สุขุมวิท Rd, Khwaeng Khlong Toei Nuea, Khet Watthana, Bangkok 10110',
    )
    assert.equal(formatAddress(typed, 'th'), mailingAddressText(typed, null, 'th'))
  })

  it('writes the ID-card address from the bank: its own line in Thai, English places in English', () => {
    const card = {
      houseNo: '45',
      moo: '4',
      road: 'งามวงศ์วาน',
      subdistrict: 'ตำบลบางกระสอ',
      district: 'อำเภอเมืองนนทบุรี',
      province: 'จังหวัดนนทบุรี',
      postcode: '11000',
      formatted: '45 หมู่ที่ 4 ถนนงามวงศ์วาน ตำบลบางกระสอ อำเภอเมืองนนทบุรี จังหวัดนนทบุรี 11000',
    }
    assert.equal(idCardAddressText(card), card.formatted)
    assert.equal(
      idCardAddressText(card, 'en'),
      '45 Moo 4, งามวงศ์วาน Rd, Tambon Bang Kraso, Amphoe Mueang Nonthaburi, Nonthaburi 11000',
    )
    assert.equal(mailingAddressText({ kind: 'id-card' }, card, 'en'), idCardAddressText(card, 'en'))
  })

  it('knows the newer sub-districts the bank writes and the Thai data has not yet', () => {
    const card = {
      houseNo: '298/23',
      road: 'บางนา-ตราด',
      subdistrict: 'แขวงบางนาเหนือ',
      district: 'เขตบางนา',
      province: 'กรุงเทพมหานคร',
      postcode: '10260',
      formatted: '298/23 ถนนบางนา-ตราด แขวงบางนาเหนือ เขตบางนา กรุงเทพมหานคร 10260',
    }
    assert.equal(
      idCardAddressText(card, 'en'),
      '298/23, บางนา-ตราด Rd, Khwaeng Bang Na Nuea, Khet Bang Na, Bangkok 10260',
    )
  })

  it('keeps the bank line when the places are not all known, and builds one from parts without it', () => {
    assert.equal(idCardAddressText({ formatted: 'ที่อยู่ตามบัตร' }, 'en'), 'ที่อยู่ตามบัตร')
    assert.equal(
      idCardAddressText({ houseNo: '1', soi: 'ซอยสุขุมวิท 22', subdistrict: 'แขวงคลองเตย' }),
      '1 ซอยสุขุมวิท 22 แขวงคลองเตย',
    )
    assert.equal(idCardAddressText(null), '')
  })
})
