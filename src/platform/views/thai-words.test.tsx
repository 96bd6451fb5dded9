import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { renderToString } from 'preact-render-to-string'
import { installThaiCompounds, keepThaiCompounds } from './thai-words.js'

describe('Thai compounds kept whole', () => {
  it('wraps a listed compound on word boundaries in a span that does not wrap', () => {
    const html = renderToString(
      <p>{keepThaiCompounds('ลงทะเบียนเป็นผู้นำเข้าและส่งออก (บุคคลธรรมดา)')}</p>,
    )
    assert.equal(html, '<p>ลงทะเบียนเป็นผู้นำเข้าและส่งออก (<span class="th-word">บุคคลธรรมดา</span>)</p>')
    assert.equal(keepThaiCompounds('ไม่มีคำที่อยู่ในรายการ'), 'ไม่มีคำที่อยู่ในรายการ')
    // Only on word boundaries: "รับมอบ" inside "ผู้รับ|มอบ" is not the listed word.
    assert.equal(keepThaiCompounds('ผู้รับมอบอำนาจ'), 'ผู้รับมอบอำนาจ')
    assert.equal(
      renderToString(<button>{keepThaiCompounds('ยืนยันตัวตนด้วยแอปเป๋าตังเพื่อรับมอบ')}</button>),
      '<button>ยืนยันตัวตนด้วยแอปเป๋าตังเพื่อ<span class="th-word">รับมอบ</span></button>',
    )
    assert.equal(keepThaiCompounds('English only'), 'English only')
  })

  it('keeps every listed compound in a text that holds several', () => {
    const html = renderToString(
      <p>{keepThaiCompounds('ข้าพเจ้ายอมรับข้อกำหนดของระบบลงทะเบียนผู้ประกอบการออนไลน์')}</p>,
    )
    assert.match(html, /<span class="th-word">ข้อกำหนด<\/span>/)
    assert.match(html, /<span class="th-word">ผู้ประกอบการ<\/span>ออนไลน์/)
  })

  it('applies to headings, labels and buttons once installed, not to running text', () => {
    installThaiCompounds()
    installThaiCompounds()
    const html = renderToString(
      <div>
        <h1>ข้อกำหนดและเงื่อนไข</h1>
        <label for="x">ยอมรับข้อกำหนด</label>
        <a class="button" href="/">
          บุคคลธรรมดา
        </a>
        <p>ข้อกำหนดในย่อหน้า</p>
      </div>,
    )
    assert.equal(html.match(/class="th-word"/g)?.length, 3, html)
    assert.match(html, /<p>ข้อกำหนดในย่อหน้า<\/p>/)
  })
})
