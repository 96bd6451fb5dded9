import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isValidThaiId } from '../../platform/thai-id.js'
import { parseSigningClause } from './clause.js'
import { FREE_TEXT_CLAUSES } from './names.js'
import { mulberry32, syntheticCompany, syntheticRegistry } from './synthetic.js'
import { directorName, JURISTIC_STATUSES, JURISTIC_TYPES } from './types.js'

describe('synthetic DBD registry', () => {
  const registry = syntheticRegistry(1)
  const companies = [...registry.values()]

  it('is deterministic: the same seed gives the same registry, another seed another', () => {
    const first = mulberry32(42)
    const second = mulberry32(42)
    for (let i = 0; i < 100; i++) assert.equal(first(), second())
    // Compare a fresh generation (seed 7 is not cached yet) with a second call's result.
    const a = JSON.stringify([...syntheticRegistry(7).values()])
    assert.equal(JSON.stringify([...syntheticRegistry(7).values()]), a)
    assert.notEqual(JSON.stringify(companies), a)
  })

  it('holds at least 2,000 companies with unique IDs and Thai names', () => {
    assert.ok(registry.size >= 2000)
    assert.equal(new Set(companies.map((c) => c.nameTh)).size, companies.length)
    for (const [id, c] of registry) assert.equal(c.id, id)
  })

  it('gives every juristic person and director a valid 13-digit ID', () => {
    for (const c of companies) {
      assert.ok(isValidThaiId(c.id), c.id)
      assert.match(c.id, /^0\d{2}[2357]\d{2}\d{6}\d$/)
      assert.ok(c.directors.length >= 1 && c.directors.length <= 5)
      for (const d of c.directors) assert.ok(isValidThaiId(d.id), d.id)
    }
  })

  it('keeps the type digit and the Buddhist-Era year consistent with the record', () => {
    const digit = { บริษัทจำกัด: '5', ห้างหุ้นส่วนจำกัด: '3', บริษัทมหาชนจำกัด: '7' }
    for (const c of companies) {
      const expected = (digit as Record<string, string>)[c.type] ?? '2'
      assert.equal(c.id[3], expected)
      const yearBE = Number(c.registeredOn.slice(0, 4)) + 543
      assert.equal(c.id.slice(4, 6), String(yearBE % 100))
    }
  })

  it('names companies in Thai and English by their type', () => {
    for (const c of companies) {
      if (c.type === 'บริษัทจำกัด') {
        assert.match(c.nameTh, /^บริษัท .+ จำกัด$/)
        assert.match(c.nameEn, / CO\., LTD\.$/)
      }
      if (c.type === 'บริษัทมหาชนจำกัด') assert.match(c.nameTh, /จำกัด \(มหาชน\)$/)
      if (c.type.startsWith('ห้าง')) assert.ok(c.nameTh.startsWith(c.type))
    }
  })

  it('covers every type and status, mostly active, and some non-Thai directors', () => {
    const count = (pred: (c: (typeof companies)[number]) => boolean): number =>
      companies.filter(pred).length
    for (const t of JURISTIC_TYPES) assert.ok(count((c) => c.type === t) > 0, t)
    for (const s of JURISTIC_STATUSES) assert.ok(count((c) => c.status === s) > 0, s)
    assert.ok(count((c) => c.status === 'active') > companies.length * 0.7)
    const foreign = count((c) => c.directors.some((d) => d.nationality !== 'THA'))
    assert.ok(foreign > 10 && foreign < companies.length * 0.1, String(foreign))
  })

  it('gives real addresses from the DOPA data', () => {
    for (const c of companies) {
      assert.match(c.address.postcode, /^\d{5}$/)
      assert.ok(c.address.subdistrict && c.address.district && c.address.province)
    }
  })

  it('writes clauses that parse, except the deliberate free-text ones', () => {
    const kinds = new Map<string, number>()
    for (const c of companies) {
      const rule = parseSigningClause(c.signingClause, c.directors)
      kinds.set(rule.kind, (kinds.get(rule.kind) ?? 0) + 1)
      const free = FREE_TEXT_CLAUSES.includes(c.signingClause)
      assert.equal(rule.kind === 'unparseable', free, c.signingClause)
      assert.equal(new Set(c.directors.map(directorName)).size, c.directors.length)
    }
    for (const kind of ['any', 'named', 'named-plus', 'unparseable']) assert.ok(kinds.get(kind))
  })

  it('looks up one company of the default registry', () => {
    const [first] = syntheticRegistry().keys()
    assert.ok(first)
    assert.equal(syntheticCompany(first)?.id, first)
    assert.equal(syntheticCompany('0000000000000'), undefined)
  })
})
