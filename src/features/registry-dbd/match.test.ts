import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { matchDirector, normaliseThaiName } from './match.js'
import type { Director } from './types.js'

const somchai: Director = {
  id: '3100600000014',
  title: 'นาย',
  firstName: 'สมชาย',
  lastName: 'ใจดี',
  nationality: 'THA',
}
const malee: Director = {
  id: '',
  title: 'นาง',
  firstName: 'มาลี',
  lastName: 'ศรีสุข',
  nationality: 'THA',
}

describe('matching a verified person to a DBD director', () => {
  it('matches on the national ID where DBD gives it, whatever the name says', () => {
    const m = matchDirector([malee, somchai], {
      nationalId: somchai.id,
      firstNameTh: 'ชื่ออื่น',
      lastNameTh: 'นามสกุลอื่น',
    })
    assert.deepEqual(m, { index: 1, basis: 'national_id' })
  })

  it('a namesake of a director with a listed ID is not that director', () => {
    const m = matchDirector([somchai], {
      nationalId: '1101700234568',
      firstNameTh: 'สมชาย',
      lastNameTh: 'ใจดี',
    })
    assert.equal(m, undefined)
  })

  it('matches on the normalised Thai name only where DBD gives no ID, as weaker evidence', () => {
    const m = matchDirector([somchai, malee], {
      nationalId: '3100900128732',
      firstNameTh: ' มาลี\u200b',
      lastNameTh: 'ศรี สุข',
    })
    assert.deepEqual(m, { index: 1, basis: 'name' })
  })

  it('two unnumbered directors with one name cannot be told apart: no match', () => {
    const twin = { ...malee }
    assert.equal(
      matchDirector([malee, twin], {
        nationalId: '3100900128732',
        firstNameTh: 'มาลี',
        lastNameTh: 'ศรีสุข',
      }),
      undefined,
    )
  })

  it('an invitation matches only the invited director', () => {
    const person = { nationalId: somchai.id, firstNameTh: 'สมชาย', lastNameTh: 'ใจดี' }
    assert.equal(matchDirector([malee, somchai], person, 0), undefined)
    assert.deepEqual(matchDirector([malee, somchai], person, 1), { index: 1, basis: 'national_id' })
  })

  it('spacing, zero-width characters and Unicode form never change a name', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(' ', '\u200b', '\u200c', '\u00a0', '\ufeff'), { maxLength: 4 }),
        fc.nat({ max: 5 }),
        (junk, at) => {
          const name = 'สมชาย'
          const noisy = `${name.slice(0, at)}${junk.join('')}${name.slice(at)}`.normalize('NFD')
          return normaliseThaiName(noisy, 'ใจดี') === normaliseThaiName('สมชาย', ' ใจดี ')
        },
      ),
    )
  })
})
