import assert from 'node:assert/strict'
import { it } from 'node:test'
import { nationalityName } from './nationality.js'

it('names a nationality code in words, in Thai and English, and keeps an unknown code', () => {
  assert.equal(nationalityName('THA', 'th'), 'ไทย')
  assert.equal(nationalityName('THA', 'en'), 'Thai')
  assert.equal(nationalityName('MMR', 'th'), 'เมียนมา')
  assert.equal(nationalityName('KHM', 'en'), 'Cambodian')
  assert.equal(nationalityName('SGP', 'en'), 'Singapore')
  assert.equal(nationalityName('XYZ', 'th'), 'XYZ')
})
