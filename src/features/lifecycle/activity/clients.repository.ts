import type { Kysely } from 'kysely'
import type { DB, LifecycleTables } from '../../../platform/db/schema.js'

// The API clients and their secrets (0070_customs_activity.sql): the only SQL on them.

function t(db: Kysely<DB>) {
  return db.withTables<LifecycleTables>()
}

export interface ClientRow {
  id: string
  name: string
  disabled_at: Date | null
}

/** The client with this name, if any. */
export async function clientByName(db: Kysely<DB>, name: string): Promise<ClientRow | undefined> {
  return t(db)
    .selectFrom('api_clients')
    .select(['id', 'name', 'disabled_at'])
    .where('name', '=', name)
    .executeTakeFirst()
}

/** The client with this id when it is enabled. */
export async function enabledClient(db: Kysely<DB>, id: string): Promise<ClientRow | undefined> {
  return t(db)
    .selectFrom('api_clients')
    .select(['id', 'name', 'disabled_at'])
    .where('id', '=', id)
    .where('disabled_at', 'is', null)
    .executeTakeFirst()
}

/** The enabled client named `name` that holds a live secret with this digest. */
export async function clientBySecret(
  db: Kysely<DB>,
  name: string,
  secretHash: Buffer,
  now: Date,
): Promise<ClientRow | undefined> {
  return t(db)
    .selectFrom('api_client_secrets as s')
    .innerJoin('api_clients as c', 'c.id', 's.client_id')
    .select(['c.id', 'c.name', 'c.disabled_at'])
    .where('s.secret_hash', '=', secretHash)
    .where('c.name', '=', name)
    .where('c.disabled_at', 'is', null)
    .where((eb) => eb.or([eb('s.expires_at', 'is', null), eb('s.expires_at', '>', now)]))
    .executeTakeFirst()
}

export async function insertClient(db: Kysely<DB>, row: { id: string; name: string; at: Date }) {
  await t(db)
    .insertInto('api_clients')
    .values({ id: row.id, name: row.name, created_at: row.at })
    .execute()
}

/** A new current secret; every other live secret of the client stops working at `oldUntil`. */
export async function insertSecret(
  db: Kysely<DB>,
  row: { id: string; clientId: string; hash: Buffer; at: Date; oldUntil: Date },
): Promise<number> {
  const expired = await t(db)
    .updateTable('api_client_secrets')
    .set({ expires_at: row.oldUntil })
    .where('client_id', '=', row.clientId)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', row.oldUntil)]))
    .executeTakeFirst()
  await t(db)
    .insertInto('api_client_secrets')
    .values({ id: row.id, client_id: row.clientId, secret_hash: row.hash, created_at: row.at })
    .execute()
  return Number(expired.numUpdatedRows)
}

/** Disables a client: its tokens and secrets stop working at once. */
export async function disableClient(db: Kysely<DB>, id: string, at: Date): Promise<void> {
  await t(db).updateTable('api_clients').set({ disabled_at: at }).where('id', '=', id).execute()
}
