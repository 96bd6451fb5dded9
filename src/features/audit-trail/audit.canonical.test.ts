import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import {
  canonicalEvent,
  decodeSeqs,
  encodeSeqs,
  leafHash,
  merkleRoot,
  type ChainedEvent,
} from './audit.canonical.js'
import { safeHorizon, type Horizon } from './audit.sealer.js'

const event: ChainedEvent = {
  seq: 42,
  id: '01890a5d-ac96-774b-bcce-b302099a8057',
  occurredAt: '2025-01-24T03:04:05.123456Z',
  actorType: 'officer',
  actorId: 'o-1',
  actorRole: 'auditor',
  action: 'person.viewed',
  subjectType: 'person',
  subjectId: 'p-1',
  outcome: 'ok',
  requestId: 'R1',
  data: '{"i": 1, "note": "ข้อมูล"}',
}

function sha256(...parts: Buffer[]): Buffer {
  const h = createHash('sha256')
  for (const p of parts) h.update(p)
  return h.digest()
}

/** RFC 6962 §2.1, written as the RFC states it, to check the bottom-up version against. */
function rfc6962(leaves: Buffer[]): Buffer {
  if (leaves.length === 1) return leaves[0] as Buffer
  let k = 1
  while (k * 2 < leaves.length) k *= 2
  return sha256(Buffer.from([1]), rfc6962(leaves.slice(0, k)), rfc6962(leaves.slice(k)))
}

describe('canonical event hashing', () => {
  it('is a fixed-order JSON array of the chained columns, details excluded', () => {
    assert.equal(
      canonicalEvent(event),
      '["ctp-audit-event/1",42,"01890a5d-ac96-774b-bcce-b302099a8057","2025-01-24T03:04:05.123456Z","officer","o-1","auditor","person.viewed","person","p-1","ok","R1","{\\"i\\": 1, \\"note\\": \\"ข้อมูล\\"}"]',
    )
    assert.deepEqual(
      leafHash(event),
      sha256(Buffer.from([0]), Buffer.from(canonicalEvent(event), 'utf8')),
    )
  })

  it('changes the hash when any chained column changes, the seq included', () => {
    const base = leafHash(event)
    for (const [key, value] of Object.entries({
      seq: 43,
      id: '01890a5d-ac96-774b-bcce-b302099a8058',
      occurredAt: '2025-01-24T03:04:05.123457Z',
      actorType: 'system',
      actorId: null,
      actorRole: null,
      action: 'person.changed',
      subjectType: null,
      subjectId: 'p-2',
      outcome: 'refused',
      requestId: null,
      data: '{"i": 2, "note": "ข้อมูล"}',
    })) {
      assert.ok(!leafHash({ ...event, [key]: value }).equals(base), key)
    }
  })

  it('tells a null from the text "null"', () => {
    assert.ok(
      !leafHash({ ...event, actorId: null }).equals(leafHash({ ...event, actorId: 'null' })),
    )
  })

  it('builds the RFC 6962 Merkle tree for any number of leaves', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 70 }), (n) => {
        const leaves = Array.from({ length: n }, (_, i) => sha256(Buffer.from(String(i))))
        assert.deepEqual(merkleRoot(leaves), rfc6962(leaves))
      }),
    )
    assert.throws(() => merkleRoot([]))
  })
})

describe('seq lists', () => {
  it('writes gaps as ranges and reads them back', () => {
    assert.equal(encodeSeqs([1, 2, 3, 5, 7, 8]), '1-3,5,7-8')
    assert.deepEqual(decodeSeqs('1-3,5,7-8'), [1, 2, 3, 5, 7, 8])
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { maxLength: 60 }), (raw) => {
        const seqs = [...raw].sort((a, b) => a - b)
        assert.deepEqual(decodeSeqs(encodeSeqs(seqs)), seqs)
      }),
    )
  })

  it('refuses lists that do not increase or are malformed', () => {
    assert.throws(() => encodeSeqs([3, 2]))
    for (const bad of ['3-1', '1,1', '5,2', 'x', '1-', '-1']) assert.throws(() => decodeSeqs(bad))
  })
})

describe('the sealing rule: only what no running transaction can still add to', () => {
  // T takes xid 100 and draws seq 10, but has not committed. E takes xid 99, draws seq 11 and
  // commits. Sealing "events whose own xid is below xmin" would seal 11 and leave 10 to commit
  // later inside a sealed range; the horizon rule waits for every older transaction instead.
  it('does not seal past a value drawn by a transaction that is still running', () => {
    const horizon: Horizon = { seq: 11, xid: 101n }
    const xminWhileTRuns = 100n
    assert.equal(safeHorizon([horizon], xminWhileTRuns), undefined)
    const xminAfterTEnds = 102n
    assert.deepEqual(safeHorizon([horizon], xminAfterTEnds), horizon)
  })

  it('seals up to the newest horizon whose transactions have all ended', () => {
    const horizons: Horizon[] = [
      { seq: 5, xid: 50n },
      { seq: 9, xid: 60n },
      { seq: 14, xid: 70n },
    ]
    assert.equal(safeHorizon(horizons, 50n), undefined)
    assert.equal(safeHorizon(horizons, 51n)?.seq, 5)
    assert.equal(safeHorizon(horizons, 70n)?.seq, 9)
    assert.equal(safeHorizon(horizons, 71n)?.seq, 14)
  })
})
