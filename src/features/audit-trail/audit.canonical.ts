import { createHash } from 'node:crypto'

/**
 * The chained columns of one audit event, as text exactly as the database gives them
 * (see EVENT_COLUMNS in audit.repository.ts). The details side table is deliberately absent:
 * retention and erasure may clear it without touching the chain.
 */
export interface ChainedEvent {
  seq: number
  id: string
  /** UTC, microseconds: YYYY-MM-DDTHH:MM:SS.ffffffZ */
  occurredAt: string
  actorType: string
  actorId: string | null
  actorRole: string | null
  action: string
  subjectType: string | null
  subjectId: string | null
  outcome: string
  requestId: string | null
  /** The jsonb column's text form (PostgreSQL normalises it, so it is canonical). */
  data: string
}

export const EVENT_FORMAT = 'ctp-audit-event/1'

/** The canonical JSON of an event: a fixed-order array of strings, numbers and nulls. */
export function canonicalEvent(e: ChainedEvent): string {
  return JSON.stringify([
    EVENT_FORMAT,
    e.seq,
    e.id,
    e.occurredAt,
    e.actorType,
    e.actorId,
    e.actorRole,
    e.action,
    e.subjectType,
    e.subjectId,
    e.outcome,
    e.requestId,
    e.data,
  ])
}

function sha256(...parts: (Buffer | string)[]): Buffer {
  const h = createHash('sha256')
  for (const p of parts) h.update(p)
  return h.digest()
}

const LEAF = Buffer.from([0])
const NODE = Buffer.from([1])

/** The Merkle leaf of an event: SHA-256(0x00 ‖ canonical JSON), as in RFC 6962. */
export function leafHash(e: ChainedEvent): Buffer {
  return sha256(LEAF, canonicalEvent(e))
}

/** The RFC 6962 Merkle tree hash of the leaves, in order; there is always at least one. */
export function merkleRoot(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 0) throw new Error('a checkpoint covers at least one event')
  let level = [...leaves]
  // Bottom-up pairing with the odd last node carried up: the same tree as RFC 6962's
  // split at the largest power of two.
  while (level.length > 1) {
    const next: Buffer[] = []
    for (let i = 0; i < level.length; i += 2) {
      const left = level[i] as Buffer
      const right = level[i + 1]
      next.push(right === undefined ? left : sha256(NODE, left, right))
    }
    level = next
  }
  return level[0] as Buffer
}

/** SHA-256 of bytes, hex: the hash of a checkpoint's signed payload. */
export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Sorted seq values as ranges, "1-57,59,61-100": short, since gaps are rare. */
export function encodeSeqs(seqs: readonly number[]): string {
  const parts: string[] = []
  let start: number | undefined
  let prev: number | undefined
  for (const s of seqs) {
    if (prev !== undefined && s <= prev) throw new Error('seq values must increase')
    if (start === undefined || prev === undefined) start = s
    else if (s !== prev + 1) {
      parts.push(start === prev ? String(start) : `${start}-${prev}`)
      start = s
    }
    prev = s
  }
  if (start !== undefined && prev !== undefined)
    parts.push(start === prev ? String(start) : `${start}-${prev}`)
  return parts.join(',')
}

/** The seq values of encodeSeqs' form; throws on anything else. */
export function decodeSeqs(text: string): number[] {
  if (text === '') return []
  const out: number[] = []
  for (const part of text.split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part)
    if (!m?.[1]) throw new Error(`bad seq range: ${part}`)
    const from = Number(m[1])
    const to = m[2] === undefined ? from : Number(m[2])
    if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || to < from)
      throw new Error(`bad seq range: ${part}`)
    if (out.length > 0 && from <= (out[out.length - 1] as number))
      throw new Error('seq ranges must increase')
    for (let s = from; s <= to; s++) out.push(s)
  }
  return out
}

/** Splits the leaves column into its 32-byte hashes. */
export function splitLeaves(packed: Buffer): Buffer[] {
  if (packed.length % 32 !== 0) throw new Error('leaves are not a whole number of hashes')
  const out: Buffer[] = []
  for (let i = 0; i < packed.length; i += 32) out.push(packed.subarray(i, i + 32))
  return out
}
