import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { DbdConfig } from '../../config.js'
import type { DB } from '../../platform/db/schema.js'
import { newId } from '../../platform/ids.js'
import type { PiiCrypto } from '../../platform/pii-crypto.js'
import { createHttpAdapter, createSyntheticAdapter, type RegistryAdapter } from './adapter.js'
import { insertSnapshot, selectSnapshotBody } from './snapshots.repository.js'
import { syntheticRegistry } from './synthetic.js'
import { withSyntheticChanges } from './synthetic-changes.js'
import type { JuristicPerson } from './types.js'
import { parseJuristicPerson } from './wire.js'

/** The registry the portal asks, and what to record as the source of its answers. */
export interface Registry {
  adapter: RegistryAdapter
  source: 'synthetic' | 'http'
}

/** DBD over HTTP when a base URL is configured, else the bundled synthetic registry. */
export function createRegistry(config: DbdConfig): Registry {
  if (!config.baseUrl) {
    // Generated on the first lookup, not at start-up: the portal answers sooner.
    let synthetic: RegistryAdapter | undefined
    return {
      adapter: {
        async lookupJuristicPerson(id) {
          synthetic ??= createSyntheticAdapter(syntheticRegistry(config.syntheticSeed))
          const result = await synthetic.lookupJuristicPerson(id)
          // A tester's changes on the DBD simulator's page (a company closed, a director gone).
          return result.status === 'found'
            ? { ...result, company: withSyntheticChanges(config.syntheticSeed, result.company) }
            : result
        },
      },
      source: 'synthetic',
    }
  }
  return {
    adapter: createHttpAdapter({
      baseUrl: config.baseUrl,
      apiKey: config.apiKey,
      timeoutMs: config.timeoutMs,
      retries: config.retries,
      cacheTtlMs: config.cacheTtlMs,
      breaker: { failures: 5, resetMs: 30_000 },
    }),
    source: 'http',
  }
}

export type SnapshotLookup =
  | { status: 'found'; snapshotId: string; company: JuristicPerson; fetchedAt: Date }
  | { status: 'not_found'; snapshotId: string; fetchedAt: Date }
  | { status: 'unavailable'; reason: string }

/**
 * Asks DBD and keeps the answer as an effective-dated snapshot (a new row each time, never an
 * update), so that a decision can point at exactly what it used. "Unavailable" keeps nothing:
 * it is not an answer.
 */
export async function lookupWithSnapshot(
  deps: { db: Kysely<DB>; crypto: PiiCrypto; registry: Registry },
  juristicId: string,
): Promise<SnapshotLookup> {
  const result = await deps.registry.adapter.lookupJuristicPerson(juristicId)
  if (result.status === 'unavailable') return result
  const id = newId()
  const fetchedAt = new Date()
  const body = result.status === 'found' ? JSON.stringify(result.company) : null
  const sealed = body === null ? null : deps.crypto.encrypt(body)
  await insertSnapshot(deps.db, {
    id,
    juristic_id: juristicId,
    source: deps.registry.source,
    found: result.status === 'found',
    status: result.status === 'found' ? result.company.status : null,
    body_enc: sealed?.blob ?? null,
    body_key_id: sealed?.keyId ?? null,
    body_digest: body === null ? null : createHash('sha256').update(body).digest('hex'),
    fetched_at: fetchedAt,
  })
  return result.status === 'found'
    ? { status: 'found', snapshotId: id, company: result.company, fetchedAt }
    : { status: 'not_found', snapshotId: id, fetchedAt }
}

/** The company a snapshot recorded, or undefined for a not-found answer or an unknown id. */
export async function readSnapshot(
  db: Kysely<DB>,
  crypto: PiiCrypto,
  snapshotId: string,
): Promise<{ company: JuristicPerson; fetchedAt: Date } | undefined> {
  const row = await selectSnapshotBody(db, snapshotId)
  if (!row?.body_enc || !row.body_key_id) return undefined
  const company = parseJuristicPerson(
    JSON.parse(crypto.decrypt({ keyId: row.body_key_id, blob: row.body_enc })),
  )
  return company ? { company, fetchedAt: row.fetched_at } : undefined
}
