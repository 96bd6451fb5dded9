import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { fullName } from '../../registrations/index.js'
import { maskedValue, maskPhone } from '../presenter.js'
import { parseReveal, parseSearch } from './registry.schema.js'
import { can, ROLES } from '../../officers/index.js'

describe('masking', () => {
  it('masks a national ID as x-xxxx-xxxxx-12-3', () => {
    assert.equal(maskedValue('nationalId', '1234567890121'), 'x-xxxx-xxxxx-12-1')
  })
  it('keeps only the last four digits of a phone number', () => {
    assert.equal(maskPhone('0812345678'), 'xxx-xxx-5678')
  })
  it('masks a birth date whole and an address down to its province', () => {
    assert.equal(maskedValue('birthDate', '1980-02-29'), 'xxxx-xx-xx')
    assert.equal(
      maskedValue('idCardAddress', '9/9 บางรัก กรุงเทพมหานคร 10500', { province: 'กรุงเทพมหานคร' }),
      'xxx xxx กรุงเทพมหานคร',
    )
  })
  it('writes Thai names with the title attached and English ones with a space', () => {
    assert.equal(fullName('นาย', 'สมชาย', null, 'ใจดี', 'th'), 'นายสมชาย ใจดี')
    assert.equal(fullName('Mr.', 'Somchai', null, 'Jaidee', 'en'), 'Mr. Somchai Jaidee')
  })
})

describe('search and reveal forms', () => {
  it('normalises an ID typed with dashes and Thai digits', () => {
    const r = parseSearch({ by: 'id', q: '๑-๒๓๔๕-๖๗๘๙๐-๑๒-๑' })
    assert.ok(r.ok)
    assert.deepEqual(r.value.query, { by: 'id', nationalId: '1234567890121' })
  })
  it('wants three characters of a name, counted as Thai characters', () => {
    assert.equal(parseSearch({ by: 'name', q: 'สม' }).ok, false)
    assert.equal(parseSearch({ by: 'name', q: 'สมช' }).ok, true)
  })
  it('wants a reason from the list and some words of explanation', () => {
    assert.equal(parseReveal({ reason: 'because', reasonText: 'long enough text' }).ok, false)
    assert.equal(parseReveal({ reason: 'other', reasonText: 'short' }).ok, false)
    assert.equal(parseReveal({ reason: 'other', reasonText: 'long enough text' }).ok, true)
  })
})

describe('roles', () => {
  it('gives the administrator no registrant data, and only two roles the reveal', () => {
    assert.equal(can(['administrator'], 'registry.search'), false)
    assert.deepEqual(
      ROLES.filter((r) => can([r], 'registry.reveal')),
      ['registry_officer', 'data_protection'],
    )
    assert.deepEqual(
      ROLES.filter((r) => can([r], 'officers.manage')),
      ['administrator'],
    )
  })
})
