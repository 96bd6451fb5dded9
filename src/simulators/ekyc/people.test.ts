import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { isValidThaiId, withCheckDigit } from '../../platform/thai-id.js'
import { formatAddress, personClaims } from './claims.js'
import { SIMULATOR_PEOPLE, syntheticPersonFor } from './index.js'

const validId = fc.stringMatching(/^[0-9]{12}$/).map(withCheckDigit)

describe('SIMULATOR_PEOPLE', () => {
  test('every listed ID has a valid check digit and appears once', () => {
    for (const p of SIMULATOR_PEOPLE) assert.ok(isValidThaiId(p.nationalId), p.nationalId)
    assert.equal(new Set(SIMULATOR_PEOPLE.map((p) => p.nationalId)).size, SIMULATOR_PEOPLE.length)
  })

  test('covers the shapes the portal must handle', () => {
    assert.ok(SIMULATOR_PEOPLE.length >= 8)
    assert.ok(
      SIMULATOR_PEOPLE.filter((p) => p.nationality !== 'THA').length >= 2,
      'non-Thai residents',
    )
    assert.ok(
      SIMULATOR_PEOPLE.some((p) => p.titleTh === 'ว่าที่ร้อยตรี'),
      'a rank',
    )
    assert.ok(
      SIMULATOR_PEOPLE.some(
        (p) => p.address.subdistrict.startsWith('แขวง') && p.address.district.startsWith('เขต'),
      ),
    )
    assert.ok(
      SIMULATOR_PEOPLE.some((p) => p.firstNameEn === undefined),
      'someone without an English name',
    )
    assert.ok(
      SIMULATOR_PEOPLE.some((p) => p.birthDate.endsWith('-00-00')),
      'a DOPA date without day and month',
    )
    for (const p of SIMULATOR_PEOPLE) {
      assert.match(p.birthDate, /^\d{4}-\d{2}-\d{2}$/)
      assert.match(p.address.postcode, /^\d{5}$/)
      assert.match(p.nationality, /^[A-Z]{3}$/)
    }
  })
})

describe('syntheticPersonFor', () => {
  test('gives the same person for the same ID, with that ID and complete Thai data', () => {
    fc.assert(
      fc.property(validId, (id) => {
        const person = syntheticPersonFor(id)
        assert.deepEqual(syntheticPersonFor(id), person)
        assert.equal(person.nationalId, id)
        assert.ok(isValidThaiId(person.nationalId))
        assert.ok(person.titleTh && person.firstNameTh && person.lastNameTh)
        assert.match(person.birthDate, /^(19[4-9]\d|200[0-5])-(0[0-9]|1[0-2])-(0[0-9]|[12]\d)$/)
        assert.match(person.address.postcode, /^\d{5}$/)
        assert.ok(
          person.address.houseNo &&
            person.address.subdistrict &&
            person.address.district &&
            person.address.province,
        )
      }),
    )
  })

  test('non-Thai ID prefixes (0, 6, 7) give non-Thai residents; others Thai nationals', () => {
    fc.assert(
      fc.property(validId, (id) => {
        const foreign = ['0', '6', '7'].includes(id[0] ?? '')
        assert.equal(syntheticPersonFor(id).nationality === 'THA', !foreign)
      }),
    )
  })

  test('different IDs usually give different people', () => {
    const names = new Set(
      Array.from({ length: 50 }, (_, i) => {
        const p = syntheticPersonFor(withCheckDigit(`1100${String(i).padStart(8, '0')}`))
        return `${p.firstNameTh} ${p.lastNameTh} ${p.birthDate} ${p.address.houseNo}`
      }),
    )
    assert.ok(names.size > 45)
  })

  test('returns the listed person for a listed ID', () => {
    const listed = SIMULATOR_PEOPLE[2]
    assert.ok(listed)
    assert.equal(syntheticPersonFor(listed.nationalId), listed)
  })

  test('refuses an ID with a wrong check digit', () => {
    assert.throws(() => syntheticPersonFor('1101700234567'), RangeError)
    assert.throws(() => syntheticPersonFor('12345'), RangeError)
  })
})

describe('claims', () => {
  test('maps a person to the claim names the portal reads, leaving absent parts out', () => {
    const person = SIMULATOR_PEOPLE.find((p) => p.nationality === 'MMR')
    assert.ok(person)
    const claims = JSON.parse(JSON.stringify(personClaims(person, 'opaque'))) as Record<
      string,
      unknown
    >
    assert.deepEqual(claims, {
      sub: 'opaque',
      national_id: '6800100789058',
      title_th: 'นาย',
      given_name_th: 'ซอ',
      middle_name_th: 'มิน',
      family_name_th: 'เทต',
      title_en: 'Mr.',
      given_name_en: 'Zaw',
      middle_name_en: 'Min',
      family_name_en: 'Htet',
      birthdate: '1992-06-15',
      nationality: 'MMR',
      address: {
        house_no: '88/9',
        moo: '3',
        subdistrict: 'ตำบลท่าจีน',
        district: 'อำเภอเมืองสมุทรสาคร',
        province: 'จังหวัดสมุทรสาคร',
        postal_code: '74000',
        formatted: '88/9 หมู่ที่ 3 ตำบลท่าจีน อำเภอเมืองสมุทรสาคร จังหวัดสมุทรสาคร 74000',
      },
    })
  })

  test('formats a Bangkok address with soi and road the way the card prints it', () => {
    const bangkok = SIMULATOR_PEOPLE[0]
    assert.ok(bangkok)
    assert.equal(
      formatAddress(bangkok.address),
      '99/12 ซอยสุขุมวิท 22 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110',
    )
  })
})
