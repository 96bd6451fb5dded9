import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import { recordAudit } from '../../../platform/audit.js'
import type { DB } from '../../../platform/db/schema.js'
import { newId } from '../../../platform/ids.js'
import {
  clientByName,
  clientBySecret,
  disableClient,
  insertClient,
  insertSecret,
  type ClientRow,
} from './clients.repository.js'

// Calling systems (the customs clearance system, …): created, rotated and disabled by an
// administrator at the command line (src/cli/api-client.ts), each change audited.

/** How long a rotated-out secret keeps working, so the caller can switch without a gap. */
export const DEFAULT_OVERLAP_MS = 7 * 86_400_000

/** Who ran the command, for the audit trail. */
export interface Operator {
  osUser: string | null
  host: string | null
}

export class ApiClientError extends Error {
  override name = 'ApiClientError'
}

function digest(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest()
}

function newSecret(): string {
  return randomBytes(32).toString('base64url')
}

/** Makes a calling system and its first secret; the secret is shown once and never stored. */
export async function createApiClient(
  db: Kysely<DB>,
  name: string,
  now: Date,
  operator: Operator,
): Promise<{ clientId: string; secret: string }> {
  if (!/^[a-z0-9][a-z0-9._-]{2,63}$/.test(name))
    throw new ApiClientError(
      'the name: 3 to 64 lower-case letters, digits, dots, dashes or underscores',
    )
  const secret = newSecret()
  await db.transaction().execute(async (trx) => {
    if (await clientByName(trx, name)) throw new ApiClientError(`a client named ${name} exists`)
    const id = newId()
    await insertClient(trx, { id, name, at: now })
    await insertSecret(trx, {
      id: newId(),
      clientId: id,
      hash: digest(secret),
      at: now,
      oldUntil: now,
    })
    await recordAudit(trx, {
      actorType: 'system',
      actorRole: 'administrator-cli',
      action: 'api_client.created',
      subjectType: 'api_client',
      subjectId: id,
      data: { name, operator },
    })
  })
  return { clientId: name, secret }
}

/** A new secret for a client; the old ones keep working for `overlapMs`, then stop. */
export async function rotateApiClientSecret(
  db: Kysely<DB>,
  name: string,
  now: Date,
  operator: Operator,
  overlapMs = DEFAULT_OVERLAP_MS,
): Promise<{ secret: string; oldUntil: Date }> {
  const secret = newSecret()
  const oldUntil = new Date(now.getTime() + overlapMs)
  await db.transaction().execute(async (trx) => {
    const client = await clientByName(trx, name)
    if (!client || client.disabled_at) throw new ApiClientError(`no enabled client named ${name}`)
    const expired = await insertSecret(trx, {
      id: newId(),
      clientId: client.id,
      hash: digest(secret),
      at: now,
      oldUntil,
    })
    await recordAudit(trx, {
      actorType: 'system',
      actorRole: 'administrator-cli',
      action: 'api_client.secret_rotated',
      subjectType: 'api_client',
      subjectId: client.id,
      data: { name, operator, oldSecrets: expired, oldUntil: oldUntil.toISOString() },
    })
  })
  return { secret, oldUntil }
}

/** Disables a client at once (a leaked secret): its tokens stop working on the next request. */
export async function disableApiClient(
  db: Kysely<DB>,
  name: string,
  now: Date,
  operator: Operator,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const client = await clientByName(trx, name)
    if (!client || client.disabled_at) throw new ApiClientError(`no enabled client named ${name}`)
    await disableClient(trx, client.id, now)
    await recordAudit(trx, {
      actorType: 'system',
      actorRole: 'administrator-cli',
      action: 'api_client.disabled',
      subjectType: 'api_client',
      subjectId: client.id,
      data: { name, operator },
    })
  })
}

/** The enabled client these credentials belong to, if they are right and live. */
export async function authenticateClient(
  db: Kysely<DB>,
  name: string,
  secret: string,
  now: Date,
): Promise<ClientRow | undefined> {
  return clientBySecret(db, name, digest(secret), now)
}
