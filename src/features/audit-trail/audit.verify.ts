import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { merkleRoot, splitLeaves } from './audit.canonical.js'
import { checkSignature, type CheckpointStatement, type TrustedKeys } from './audit.checkpoint.js'
import { diffEvents } from './audit.event-diff.js'
import { Findings, type Finding, type FindingKind } from './audit.findings.js'
import {
  chainedEvents,
  checkpointsAfter,
  eventsOutside,
  type CheckpointRow,
} from './audit.repository.js'

export type { Finding, FindingKind } from './audit.findings.js'

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
