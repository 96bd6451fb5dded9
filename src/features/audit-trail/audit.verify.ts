import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import {
  decodeSeqs,
  leafHash,
  merkleRoot,
  splitLeaves,
  type ChainedEvent,
} from './audit.canonical.js'
import { checkSignature, type CheckpointStatement, type TrustedKeys } from './audit.checkpoint.js'
import {
  chainedEvents,
  checkpointsAfter,
  eventsOutside,
  type CheckpointRow,
} from './audit.repository.js'

export type FindingKind =
  | 'event-edited'
  | 'event-deleted'
  | 'event-inserted'
  | 'event-reordered'
  | 'events-truncated'
  | 'checkpoint-forged'
  | 'checkpoint-edited'
  | 'checkpoint-deleted'
  | 'checkpoint-reordered'
  | 'checkpoints-truncated'
  | 'chain-broken'
  | 'unsealed-events'
  | 'published-head-mismatch'

/** One thing verification found wrong. */
export interface Finding {
  kind: FindingKind
  checkpoint?: number
  seq?: number
  /** A range of seq values the finding is about. */
  from?: number
  to?: number
  detail: string
}

export interface VerifyReport {
  ok: boolean
  checkpoints: number
  eventsChecked: number
  /** The last seq value covered by a checkpoint. */
  sealedThrough: number
  /** Events after the last checkpoint (normal for a few seconds: the sealer runs periodically). */
  unsealedEvents: number
  /** The first findings, in order (see maxFindings). */
  findings: Finding[]
  /** How many findings there were of each kind, listed or not. */
  counts: Partial<Record<FindingKind, number>>
}

export interface VerifyOptions {
  /** The public keys checkpoints may be signed with: from the configuration, never the database. */
  trustedKeys: TrustedKeys
  /** Heads published earlier (e.g. a saved /audit/checkpoints.json): each must still be there. */
  publishedHeads?: readonly { number: number; hash: string }[]
  now?: Date
  /** Unsealed events older than this are a finding (default 15 minutes). */
  unsealedGraceMs?: number
  /** Findings listed at most (default 200); all are counted. */
  maxFindings?: number
}

const PAGE = 100
// Looking for where a changed event's content belongs is quadratic; past this, say "edited".
const MAX_REORDER_PAIRS = 1_000_000

class Findings {
  readonly list: Finding[] = []
  readonly counts: Partial<Record<FindingKind, number>> = {}
  constructor(private readonly max: number) {}
  add(f: Finding): void {
    const last = this.list[this.list.length - 1]
    // A truncated table shows as every checkpoint losing all its events: say it once per stretch.
    if (
      f.kind === 'events-truncated' &&
      last?.kind === 'events-truncated' &&
      last.to !== undefined &&
      f.from === last.to + 1 &&
      f.to !== undefined
    ) {
      last.to = f.to
      last.detail = `every event from seq ${last.from ?? '?'} to ${f.to} is missing`
      return
    }
    this.counts[f.kind] = (this.counts[f.kind] ?? 0) + 1
    if (this.list.length < this.max) this.list.push(f)
  }
  get total(): number {
    return Object.values(this.counts).reduce((a, b) => a + b, 0)
  }
}

/** Compares a checkpoint's events with what it signed, and says which event changed and how. */
function diffEvents(
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

/**
 * Recomputes the whole chain from the database and the trusted public keys: every checkpoint's
 * signature, its link to the previous one and its range, and every event's hash. Reports
 * edited, deleted, inserted, reordered or truncated events and checkpoints.
 */
export async function verifyAuditTrail(db: Kysely<DB>, opts: VerifyOptions): Promise<VerifyReport> {
  const findings = new Findings(opts.maxFindings ?? 200)
  const now = opts.now ?? new Date()
  const graceMs = opts.unsealedGraceMs ?? 15 * 60_000
  const published = new Map((opts.publishedHeads ?? []).map((h) => [h.number, h.hash]))
  const heads = new Map<number, string>()
  let expectedN = 1
  let expectedFirst = 1
  let prevHash: string | null = null
  let prevTrusted = true
  let checkpoints = 0
  let eventsChecked = 0
  let sealedThrough = 0
  let lastRow = 0

  const check = async (row: CheckpointRow): Promise<void> => {
    checkpoints++
    const sig = await checkSignature(row.jws, opts.trustedKeys)
    let statement: CheckpointStatement | undefined
    let head = row.headHash
    let trusted = sig.valid
    if (!sig.valid) {
      findings.add({
        kind: 'checkpoint-forged',
        checkpoint: row.number,
        from: row.firstSeq,
        to: row.lastSeq,
        detail:
          sig.reason === 'unknown-key'
            ? `signed with key ${sig.keyId ?? '(none)'}, which is not a trusted audit key; events ${row.firstSeq}-${row.lastSeq} are unverified`
            : `its signature does not verify (${sig.reason}); events ${row.firstSeq}-${row.lastSeq} are unverified`,
      })
    } else {
      statement = sig.statement
      head = sig.headHash
      if (statement.n !== row.number) {
        trusted = false
        findings.add({
          kind: 'checkpoint-reordered',
          checkpoint: row.number,
          detail: `checkpoint ${statement.n} is stored as number ${row.number}`,
        })
      } else if (
        statement.firstSeq !== row.firstSeq ||
        statement.lastSeq !== row.lastSeq ||
        statement.count !== row.eventCount ||
        head !== row.headHash
      ) {
        findings.add({
          kind: 'checkpoint-edited',
          checkpoint: row.number,
          detail: 'its stored columns disagree with its signed statement',
        })
      }
    }
    // Positions are the stored numbers: a renumbered checkpoint was reported as reordered above.
    const n = row.number
    const first = statement?.firstSeq ?? row.firstSeq
    const last = statement?.lastSeq ?? row.lastSeq
    if (n > expectedN) {
      findings.add({
        kind: 'checkpoint-deleted',
        checkpoint: expectedN,
        from: expectedFirst,
        to: first - 1,
        detail:
          `checkpoint${n - expectedN > 1 ? `s ${expectedN}-${n - 1} are` : ` ${expectedN} is`} missing` +
          (first > expectedFirst
            ? `; events ${expectedFirst}-${first - 1} are no longer sealed`
            : ''),
      })
    } else if (statement && trusted && prevTrusted) {
      if (statement.prev !== prevHash) {
        findings.add({
          kind: 'chain-broken',
          checkpoint: n,
          detail: 'its previous-checkpoint hash does not match the checkpoint before it',
        })
      } else if (first !== expectedFirst) {
        findings.add({
          kind: 'chain-broken',
          checkpoint: n,
          detail: `it starts at seq ${first}, but the previous checkpoint ends at ${expectedFirst - 1}`,
        })
      }
    }
    if (statement) {
      let stored: Buffer[] | undefined
      try {
        stored = splitLeaves(row.leaves)
        if (
          stored.length !== statement.count ||
          merkleRoot(stored).toString('hex') !== statement.root
        )
          stored = undefined
      } catch {
        stored = undefined
      }
      if (!stored) {
        findings.add({
          kind: 'checkpoint-edited',
          checkpoint: n,
          detail: 'its stored event hashes do not match its signed Merkle root',
        })
      }
      const actual = await chainedEvents(db, first, last)
      eventsChecked += actual.length
      diffEvents(findings, n, statement, stored, actual)
    }
    if (published.has(n)) heads.set(n, head)
    expectedN = Math.max(expectedN, n + 1)
    expectedFirst = Math.max(expectedFirst, last + 1)
    sealedThrough = Math.max(sealedThrough, last)
    prevHash = head
    prevTrusted = trusted
  }

  for (;;) {
    const page = await checkpointsAfter(db, lastRow, PAGE)
    for (const row of page) await check(row)
    const tail = page[page.length - 1]
    if (!tail || page.length < PAGE) break
    lastRow = tail.number
  }

  const outside = await eventsOutside(db, { below: 1, above: sealedThrough })
  for (const seq of outside.below) {
    findings.add({
      kind: 'event-inserted',
      seq,
      detail: `an event at seq ${seq} precedes the first seq`,
    })
  }
  if (outside.oldestAbove && now.getTime() - outside.oldestAbove.getTime() > graceMs) {
    findings.add({
      kind: checkpoints === 0 ? 'checkpoints-truncated' : 'unsealed-events',
      from: sealedThrough + 1,
      detail:
        checkpoints === 0
          ? `there is no checkpoint, yet events from ${outside.oldestAbove.toISOString()} exist: the checkpoints were removed or the sealer never ran`
          : `${outside.aboveCount} events after seq ${sealedThrough} are unsealed, the oldest from ${outside.oldestAbove.toISOString()}: later checkpoints were removed or the sealer is not running`,
    })
  }
  for (const [number, hash] of published) {
    const found = heads.get(number)
    if (found !== hash) {
      findings.add({
        kind: 'published-head-mismatch',
        checkpoint: number,
        detail:
          found === undefined
            ? `published checkpoint ${number} is no longer in the database`
            : `checkpoint ${number} has head ${found}, but ${hash} was published`,
      })
    }
  }
  return {
    ok: findings.total === 0,
    checkpoints,
    eventsChecked,
    sealedThrough,
    unsealedEvents: outside.aboveCount,
    findings: findings.list,
    counts: findings.counts,
  }
}
