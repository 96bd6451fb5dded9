import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { areasForPostcode } from '../address/index.js'
import { normaliseMobile, parseCode } from '../contact/index.js'
import { parseDetails } from './steps/details/details.schema.js'
import { parseMailing, sendsVerifiedField } from './steps/your-details/your-details.schema.js'

describe('person journey input', () => {
  it('accepts details typed with spaces, dashes, Thai digits and +66', () => {
    const r = parseDetails({
      nationalId: '๑-๑๐๓๗-๐๒๐๗๑-๕๖-๑',
      email: ' Somchai@Example.COM ',
      mobile: '+66 81-234-5678',
    })
    assert.deepEqual(r, {
      ok: true,
      value: { nationalId: '1103702071561', email: 'somchai@example.com', mobile: '0812345678' },
    })
  })

  it('names each field that is wrong, keeping what was typed', () => {
    const r = parseDetails({
      nationalId: '1103702071562',
      email: 'not-an-email',
      mobile: '02 123 4567',
    })
    assert.equal(r.ok, false)
    if (r.ok) return
    assert.deepEqual(
      r.problems.map((p) => [p.field, p.key]),
      [
        ['nationalId', 'error.nationalId.checksum'],
        ['email', 'error.email.format'],
        ['mobile', 'error.mobile.format'],
      ],
    )
    assert.equal(r.values.nationalId, '1103702071562')
  })

  it('asks for every missing field', () => {
    const r = parseDetails({})
    assert.equal(r.ok, false)
    if (!r.ok)
      assert.deepEqual(
        r.problems.map((p) => p.key),
        ['error.nationalId.required', 'error.email.required', 'error.mobile.required'],
      )
  })

  it('never throws on hostile input', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'nationalId',
            'email',
            'mobile',
            'code',
            'houseNo',
            'postcode',
            'area',
            'mailingSame',
          ),
          fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.integer(), fc.array(fc.string())),
        ),
        (body) => {
          parseDetails(body)
          parseCode(body)
          parseMailing(body)
        },
      ),
    )
  })

  it('reads a 6-digit code in Thai digits', () => {
    assert.deepEqual(parseCode({ code: '๑๒๓ ๔๕๖' }), { ok: true, value: '123456' })
    assert.equal(parseCode({ code: '12345' }).ok, false)
  })

  it('normalises mobile numbers', () => {
    assert.equal(normaliseMobile('0912345678'), '0912345678')
    assert.equal(normaliseMobile('66912345678'), '0912345678')
    assert.equal(normaliseMobile('021234567'), undefined)
  })

  it('places a typed mailing address in a DOPA area of its postcode', () => {
    const area = areasForPostcode('10110').find((a) => a.subdistrict === 'คลองเตย')
    assert.ok(area)
    const r = parseMailing({
      mailingSame: 'no',
      houseNo: '99/1',
      moo: '',
      soi: 'สุขุมวิท 22',
      road: '',
      postcode: '10110',
      area: area.subdistrictCode,
    })
    assert.equal(r.ok, true)
    if (r.ok && !r.value.same) assert.equal(r.value.address.district, 'คลองเตย')
    const wrong = parseMailing({
      mailingSame: 'no',
      houseNo: '1',
      postcode: '50200',
      area: area.subdistrictCode,
    })
    assert.equal(wrong.ok, false)
    if (!wrong.ok)
      assert.deepEqual(
        wrong.problems.map((p) => p.key),
        ['error.area.required'],
      )
  })

  it('recognises a form that tries to send bank-verified fields', () => {
    assert.equal(sendsVerifiedField({ mailingSame: 'yes', firstNameTh: 'x' }), true)
    assert.equal(sendsVerifiedField({ mailingSame: 'yes' }), false)
  })
})
