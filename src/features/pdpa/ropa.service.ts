import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { requestCountsSince } from './requests.repository.js'
import { REQUEST_KINDS, type RequestKind } from './schema.js'

export interface RequestStatistics {
  kind: RequestKind
  received: number
  refused: number
  late: number
}

/** Requests of the last 12 months by kind: received, refused, answered (or still open) late. */
export async function requestStatistics(
  db: Kysely<DB>,
  now = new Date(),
): Promise<RequestStatistics[]> {
  const since = new Date(now.getTime() - 365 * 86_400_000)
  const rows = await requestCountsSince(db, since, now)
  return REQUEST_KINDS.map((kind) => {
    const r = rows.find((x) => x.kind === kind)
    return {
      kind,
      received: Number(r?.received ?? 0),
      refused: Number(r?.refused ?? 0),
      late: Number(r?.late ?? 0),
    }
  })
}
