import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { withCheckDigit } from '../../platform/thai-id.js'
import { parseSigningClause, satisfies, type SigningRule } from './clause.js'
import { syntheticRegistry } from './synthetic.js'
import type { Director } from './types.js'

const person = (n: number, title: string, firstName: string, lastName: string): Director => ({
  id: withCheckDigit(`31000000000${n}`),
  title,
  firstName,
  lastName,
  nationality: 'THA',
})
const A = person(1, 'นาย', 'สมชาย', 'ใจดี')
const B = person(2, 'นาง', 'วรรณา', 'รักไทย')
const C = person(3, 'นางสาว', 'ชุติมา', 'แสงทอง')
const board = [A, B, C]

describe('parseSigningClause', () => {
  const cases: [string, SigningRule][] = [
    ['กรรมการหนึ่งคนลงลายมือชื่อ', { kind: 'any', count: 1, seal: false }],
    ['กรรมการสองคนลงลายมือชื่อร่วมกันและประทับตราสำคัญของบริษัท', { kind: 'any', count: 2, seal: true }],
    ['กรรมการ 3 คน ลงลายมือชื่อร่วมกัน', { kind: 'any', count: 3, seal: false }],
    ['กรรมการ๒คนลงลายมือชื่อร่วมกัน', { kind: 'any', count: 2, seal: false }],
    ['หุ้นส่วนผู้จัดการหนึ่งคนลงลายมือชื่อและประทับตราสำคัญของห้างหุ้นส่วน', { kind: 'any', count: 1, seal: true }],
    [
      'นายสมชาย ใจดี หรือ นางวรรณา รักไทย ลงลายมือชื่อ และประทับตราสำคัญของบริษัท',
      { kind: 'named', anyOf: [A.id, B.id], count: 1, seal: true },
    ],
    // DBD sometimes spaces the title from the name; the words decide, not the spacing.
    ['นาย สมชาย ใจดี ลงลายมือชื่อ', { kind: 'named', anyOf: [A.id], count: 1, seal: false }],
    [
      'นายสมชาย ใจดี นางวรรณา รักไทย นางสาวชุติมา แสงทอง สองในสามคนนี้ลงลายมือชื่อร่วมกันและประทับตราสำคัญของบริษัท',
      { kind: 'named', anyOf: [A.id, B.id, C.id], count: 2, seal: true },
    ],
    [
      'นางวรรณา รักไทย ลงลายมือชื่อร่วมกับกรรมการอื่นอีกหนึ่งคน',
      { kind: 'named-plus', named: B.id, others: 1, seal: false },
    ],
    [
      'นายสมชาย ใจดี ลงลายมือชื่อร่วมกับกรรมการอื่นอีกสองคนและประทับตราสำคัญของบริษัท',
      { kind: 'named-plus', named: A.id, others: 2, seal: true },
    ],
  ]
  for (const [text, rule] of cases) {
    it(`reads "${text}"`, () => assert.deepEqual(parseSigningClause(text, board), rule))
  }

  const refused = [
    '',
    'ให้เป็นไปตามข้อบังคับของบริษัท',
    'กรรมการห้าคนลงลายมือชื่อร่วมกัน', // ห้า is not a supported number word
    'กรรมการสี่คนลงลายมือชื่อร่วมกัน', // more signers than directors
    'กรรมการหนึ่งคนลงลายมือชื่อร่วมกัน', // one cannot sign "together"
    'กรรมการ 0 คนลงลายมือชื่อ',
    'กรรมการสองคนลงลายมือชื่อร่วมกัน เว้นแต่การจำนองต้องได้รับอนุมัติ',
    'นายสมชาย ใจดี หรือ นายสมศักดิ์ ไม่มีชื่อ ลงลายมือชื่อ', // not a listed director
    'นายสมชาย ใจดี นางวรรณา รักไทย ลงลายมือชื่อ', // jointly or either? unclear
    'นายสมชาย ใจดี หรือ นายสมชาย ใจดี ลงลายมือชื่อ',
    'นายสมชาย ใจดี นางวรรณา รักไทย สองในสามคนนี้ลงลายมือชื่อร่วมกัน', // lists two, says three
    'นายสมชาย ใจดี นางวรรณา รักไทย สามในสองคนนี้ลงลายมือชื่อร่วมกัน',
    'นายสมชาย ใจดี ลงลายมือชื่อร่วมกับกรรมการอื่นอีกสามคน', // only two others exist
    'กรรมการสองคนลงลายมือชื่อร่วมกันและประทับตราสำคัญของบริษัท หรือ นายสมชาย ใจดี',
  ]
  for (const text of refused) {
    it(`refuses "${text}"`, () => {
      const rule = parseSigningClause(text, board)
      assert.equal(rule.kind, 'unparseable')
    })
  }

  it('refuses named clauses when two directors share the name', () => {
    const twin = { ...A, id: withCheckDigit('310000000009') }
    const rule = parseSigningClause('นายสมชาย ใจดี ลงลายมือชื่อ', [A, twin])
    assert.equal(rule.kind, 'unparseable')
  })

  it('never yields a rule for text outside the known forms (property)', () => {
    const known = /ลงลายมือชื่อ/
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        fc.pre(!known.test(text.replace(/\s+/g, '')))
        assert.equal(parseSigningClause(text, board).kind, 'unparseable')
      }),
    )
  })

  it('never yields a rule when a known clause is extended with extra words (property)', () => {
    const valid = cases.map(([text]) => text)
    const extra = fc.constantFrom('เว้นแต่', 'ยกเว้น', 'หรือ', 'ทั้งนี้', 'และ', 'x', '5', 'ห้า')
    fc.assert(
      fc.property(fc.constantFrom(...valid), extra, fc.boolean(), (text, word, before) => {
        const changed = before ? `${word} ${text}` : `${text} ${word}`
        assert.equal(parseSigningClause(changed, board).kind, 'unparseable', changed)
      }),
    )
  })

  it('only names listed directors in any rule it returns (property)', () => {
    const companies = [...syntheticRegistry(3).values()]
    fc.assert(
      fc.property(fc.constantFrom(...companies), (c) => {
        const rule = parseSigningClause(c.signingClause, c.directors)
        const ids = new Set(c.directors.map((d) => d.id))
        if (rule.kind === 'named') assert.ok(rule.anyOf.every((id) => ids.has(id)))
        if (rule.kind === 'named-plus') assert.ok(ids.has(rule.named))
      }),
    )
  })
})

describe('satisfies', () => {
  it('counts distinct verified directors for "any"', () => {
    const rule: SigningRule = { kind: 'any', count: 2, seal: true }
    assert.equal(satisfies(rule, [A.id]), false)
    assert.equal(satisfies(rule, [A.id, A.id]), false)
    assert.equal(satisfies(rule, [A.id, C.id]), true)
  })

  it('needs enough of the named directors for "named"', () => {
    const either: SigningRule = { kind: 'named', anyOf: [A.id, B.id], count: 1, seal: false }
    assert.equal(satisfies(either, [B.id]), true)
    assert.equal(satisfies(either, [C.id]), false)
    const twoOf: SigningRule = { kind: 'named', anyOf: [A.id, B.id, C.id], count: 2, seal: true }
    assert.equal(satisfies(twoOf, [A.id, C.id]), true)
    assert.equal(satisfies(twoOf, [A.id]), false)
  })

  it('needs the named director plus others for "named-plus"', () => {
    const rule: SigningRule = { kind: 'named-plus', named: A.id, others: 1, seal: false }
    assert.equal(satisfies(rule, [A.id, B.id]), true)
    assert.equal(satisfies(rule, [A.id]), false)
    assert.equal(satisfies(rule, [B.id, C.id]), false)
  })

  it('is never satisfied by an unparseable clause', () => {
    const rule: SigningRule = { kind: 'unparseable', reason: 'x' }
    assert.equal(satisfies(rule, [A.id, B.id, C.id]), false)
  })
})
