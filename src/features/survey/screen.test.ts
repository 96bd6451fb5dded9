import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { MASKS, screenComment } from './screen.js'

describe('screenComment', () => {
  it('masks national IDs however they are grouped, in Thai digits too', () => {
    for (const id of ['1101700230705', '1-1017-00230-70-5', '1 1017 00230 70 5', '๑๑๐๑๗๐๐๒๓๐๗๐๕']) {
      const r = screenComment(`เลขของฉัน ${id} ค่ะ`)
      assert.equal(r.text, `เลขของฉัน ${MASKS.national_id} ค่ะ`, id)
      assert.deepEqual(r.masked, ['national_id'])
    }
  })

  it('masks e-mail addresses and Thai phone numbers', () => {
    const r = screenComment('ติดต่อ somchai.k@example.co.th หรือ 081-234-5678 หรือ +66 2 123 4567')
    assert.equal(r.text, `ติดต่อ ${MASKS.email} หรือ ${MASKS.phone} หรือ ${MASKS.phone}`)
  })

  it('leaves ordinary text and short numbers alone', () => {
    const text = 'ขั้นตอนที่ 3 ใช้เวลา 15 นาที ปี 2565 ดีมาก'
    assert.deepEqual(screenComment(text), { text, masked: [] })
  })
})
