import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { DEFAULT_ACR_LEVELS, DEFAULT_CLAIM_MAP } from '../../config.js'
import { assuranceLevel, claimsDigest, mapClaims, normaliseBirthDate } from './claims.js'

describe('claim mapping', () => {
  it('maps the provider claims to our fields', () => {
    const person = mapClaims(
      {
        national_id: '1103702071561',
        title_th: 'ว่าที่ร้อยตรี',
        given_name_th: 'สมชาย',
        family_name_th: 'ใจดี',
        given_name_en: 'Somchai',
        family_name_en: 'Jaidee',
        birthdate: '2530-05-00',
        nationality: 'tha',
        address: {
          house_no: '99/1',
          moo: '4',
          subdistrict: 'คลองเตย',
          district: 'คลองเตย',
          province: 'กรุงเทพมหานคร',
          postal_code: '10110',
        },
      },
      DEFAULT_CLAIM_MAP,
    )
    assert.equal(person.nationalId, '1103702071561')
    assert.equal(person.titleTh, 'ว่าที่ร้อยตรี')
    assert.equal(person.firstNameEn, 'Somchai')
    assert.equal(person.birthDate, '1987-05-00')
    assert.equal(person.nationality, 'THA')
    assert.equal(person.address?.postcode, '10110')
  })

  it('follows a different claim map for another provider', () => {
    const person = mapClaims(
      { pid: '1103702071561', given_name_th: 'ก', family_name_th: 'ข' },
      { ...DEFAULT_CLAIM_MAP, nationalId: 'pid' },
    )
    assert.equal(person.nationalId, '1103702071561')
  })

  it('drops a national ID whose check digit is wrong', () => {
    assert.equal(
      mapClaims({ national_id: '1103702071562' }, DEFAULT_CLAIM_MAP).nationalId,
      undefined,
    )
  })

  it('reads Buddhist-Era and compact birth dates', () => {
    assert.equal(normaliseBirthDate('25300101'), '1987-01-01')
    assert.equal(normaliseBirthDate('1987-01-01'), '1987-01-01')
    assert.equal(normaliseBirthDate('1 Jan 1987'), null)
  })

  it('gives no assurance level to an unknown acr', () => {
    assert.equal(assuranceLevel('urn:th:etda:ial:2.3', DEFAULT_ACR_LEVELS), 2.3)
    assert.equal(assuranceLevel('urn:unknown', DEFAULT_ACR_LEVELS), undefined)
    assert.equal(assuranceLevel('toString', DEFAULT_ACR_LEVELS), undefined)
    assert.equal(assuranceLevel(undefined, DEFAULT_ACR_LEVELS), undefined)
  })

  it('digests claims independently of their order', () => {
    assert.equal(claimsDigest({ a: 1, b: 2 }), claimsDigest({ b: 2, a: 1 }))
  })
})
