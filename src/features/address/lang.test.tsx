import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { render } from 'preact-render-to-string'
import { MixedText } from './lang.js'

describe('Thai inside English text', () => {
  it('marks each Thai run lang="th" on an English page', () => {
    assert.equal(
      render(<MixedText text="99/1, Soi สุขุมวิท 11, ถนน สุขุมวิท Rd, Bangkok" locale="en" />),
      '99/1, Soi <span lang="th">สุขุมวิท</span> 11, <span lang="th">ถนน สุขุมวิท</span> Rd, Bangkok',
    )
  })

  it('leaves English text, and any text on a Thai page, as it is', () => {
    assert.equal(render(<MixedText text="Sukhumvit Rd" locale="en" />), 'Sukhumvit Rd')
    assert.equal(render(<MixedText text="ซอยสุขุมวิท 11" locale="th" />), 'ซอยสุขุมวิท 11')
  })

  it('escapes what it shows', () => {
    assert.equal(
      render(<MixedText text={'<b>ถนน</b>'} locale="en" />),
      '&lt;b><span lang="th">ถนน</span>&lt;/b>',
    )
  })
})
