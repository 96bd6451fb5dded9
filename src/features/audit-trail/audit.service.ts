import { decodeProtectedHeader } from 'jose'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { parseStatement, payloadBytesOf, type PublicAuditJwk } from './audit.checkpoint.js'
import { latestCheckpoints, type CheckpointRow } from './audit.repository.js'

/** A checkpoint as published: what it signed, and the signature. */
export interface PublishedCheckpoint {
  number: number
  firstSeq: number
  lastSeq: number
  count: number
  sealedAt: string
  hash: string
  prev: string | null
  root: string
  keyId: string | null
  jws: string
}

/** The JSON export: the public keys and the latest checkpoints, newest first. */
export interface CheckpointsExport {
  format: 'ctp-audit-checkpoints/1'
  keys: PublicAuditJwk[]
  checkpoints: PublishedCheckpoint[]
}

function keyIdOf(jws: string): string | null {
  try {
    const { kid } = decodeProtectedHeader(jws)
    return typeof kid === 'string' ? kid : null
  } catch {
    return null
  }
}

/** Picks the published fields of a stored checkpoint; the signed payload wins over the copies. */
function present(row: CheckpointRow): PublishedCheckpoint {
  let statement
  try {
    statement = parseStatement(payloadBytesOf(row.jws))
  } catch {
    statement = undefined
  }
  return {
    number: row.number,
    firstSeq: statement?.firstSeq ?? row.firstSeq,
    lastSeq: statement?.lastSeq ?? row.lastSeq,
    count: statement?.count ?? row.eventCount,
    sealedAt: statement?.sealedAt ?? row.sealedAt.toISOString(),
    hash: row.headHash,
    prev: statement?.prev ?? null,
    root: statement?.root ?? '',
    keyId: keyIdOf(row.jws),
    jws: row.jws,
  }
}

/** The latest checkpoints, newest first; `before` pages back through older ones. */
export async function listPublishedCheckpoints(
  db: Kysely<DB>,
  opts: { before?: number; limit: number },
): Promise<PublishedCheckpoint[]> {
  return (await latestCheckpoints(db, opts)).map(present)
}
