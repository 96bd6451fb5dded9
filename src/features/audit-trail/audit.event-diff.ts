import { decodeSeqs, leafHash, merkleRoot, type ChainedEvent } from './audit.canonical.js'
import type { CheckpointStatement } from './audit.checkpoint.js'
import type { Findings } from './audit.findings.js'

// Looking for where a changed event's content belongs is quadratic; past this, say "edited".
const MAX_REORDER_PAIRS = 1_000_000

/** Compares a checkpoint's events with what it signed, and says which event changed and how. */
export function diffEvents(
  findings: Findings,
  n: number,
  statement: CheckpointStatement,
  storedLeaves: Buffer[] | undefined,
  actual: ChainedEvent[],
): void {
  let expectedSeqs: number[]
  try {
    expectedSeqs = decodeSeqs(statement.seqs)
  } catch {
    findings.add({ kind: 'checkpoint-edited', checkpoint: n, detail: 'its seq list is malformed' })
    return
  }
  const actualLeaves = actual.map(leafHash)
  const sameSeqs =
    actual.length === expectedSeqs.length && actual.every((e, i) => e.seq === expectedSeqs[i])
  if (sameSeqs && actual.length > 0 && merkleRoot(actualLeaves).toString('hex') === statement.root)
    return
  if (actual.length === 0) {
    findings.add({
      kind: 'events-truncated',
      checkpoint: n,
      from: statement.firstSeq,
      to: statement.lastSeq,
      detail: `every event from seq ${statement.firstSeq} to ${statement.lastSeq} is missing`,
    })
    return
  }
  const expected = new Set(expectedSeqs)
  const actualSeqs = new Set(actual.map((e) => e.seq))
  const leafAt = new Map<number, Buffer>()
  if (storedLeaves) expectedSeqs.forEach((s, i) => leafAt.set(s, storedLeaves[i] as Buffer))
  const missing = expectedSeqs.filter((s) => !actualSeqs.has(s))
  const extra = actual.filter((e) => !expected.has(e.seq))
  const changed = storedLeaves
    ? actual.filter(
        (e, i) => expected.has(e.seq) && !actualLeaves[i]?.equals(leafAt.get(e.seq) as Buffer),
      )
    : []
  // Positions whose signed content is not where it should be: a changed event may have come from one.
  const open = new Set([...missing, ...changed.map((e) => e.seq)])
  const searchable =
    storedLeaves !== undefined && open.size * (changed.length + extra.length) <= MAX_REORDER_PAIRS
  const movedFrom = (e: ChainedEvent): number | undefined => {
    if (!searchable) return undefined
    for (const p of open) {
      if (p !== e.seq && leafHash({ ...e, seq: p }).equals(leafAt.get(p) as Buffer)) return p
    }
    return undefined
  }
  const found = new Set<number>()
  for (const e of [...changed, ...extra].sort((a, b) => a.seq - b.seq)) {
    const from = movedFrom(e)
    if (from !== undefined) {
      found.add(from)
      findings.add({
        kind: 'event-reordered',
        checkpoint: n,
        seq: e.seq,
        detail: `event ${e.id} is at seq ${e.seq} but was sealed at seq ${from}`,
      })
    } else if (!expected.has(e.seq)) {
      findings.add({
        kind: 'event-inserted',
        checkpoint: n,
        seq: e.seq,
        detail: `event ${e.id} at seq ${e.seq} was not in the sealed range`,
      })
    } else {
      findings.add({
        kind: 'event-edited',
        checkpoint: n,
        seq: e.seq,
        detail: `event ${e.id} at seq ${e.seq} differs from what was sealed`,
      })
    }
  }
  for (const s of missing) {
    if (found.has(s)) continue
    findings.add({
      kind: 'event-deleted',
      checkpoint: n,
      seq: s,
      detail: `the event sealed at seq ${s} is missing`,
    })
  }
  if (!storedLeaves && missing.length === 0 && extra.length === 0) {
    findings.add({
      kind: 'event-edited',
      checkpoint: n,
      from: statement.firstSeq,
      to: statement.lastSeq,
      detail: `an event between seq ${statement.firstSeq} and ${statement.lastSeq} differs from what was sealed (its stored hashes were altered too, so which one cannot be told)`,
    })
  }
}
