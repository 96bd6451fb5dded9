import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { PublicEd25519Jwk, ReceiptTables } from './schema.js'

function tables(db: Kysely<DB>) {
  return db.withTables<ReceiptTables>()
}

/** Publishes a public key unless its id is already known; returns the key stored under that id. */
export async function registerPublicKey(
  db: Kysely<DB>,
  jwk: PublicEd25519Jwk,
): Promise<PublicEd25519Jwk> {
  await tables(db)
    .insertInto('signing_keys')
    .values({ kid: jwk.kid, public_jwk: JSON.stringify(jwk) })
    .onConflict((oc) => oc.column('kid').doNothing())
    .execute()
  const row = await tables(db)
    .selectFrom('signing_keys')
    .select('public_jwk')
    .where('kid', '=', jwk.kid)
    .executeTakeFirstOrThrow()
  return row.public_jwk
}

/** All public keys, oldest first: the current one and every retired one. */
export async function listPublicKeys(db: Kysely<DB>): Promise<PublicEd25519Jwk[]> {
  const rows = await tables(db)
    .selectFrom('signing_keys')
    .select('public_jwk')
    .orderBy('first_used_at')
    .orderBy('kid')
    .execute()
  return rows.map((r) => r.public_jwk)
}

/** Stores a signed receipt through the caller's handle (the decision's transaction). */
export async function insertReceipt(
  trx: Kysely<DB>,
  row: { id: string; decisionId: string; keyId: string; jws: string },
): Promise<void> {
  await tables(trx)
    .insertInto('decision_receipts')
    .values({ id: row.id, decision_id: row.decisionId, key_id: row.keyId, jws: row.jws })
    .execute()
}

/** The stored JWS of a receipt, or undefined when there is no such receipt. */
export async function findReceiptJws(
  db: Kysely<DB>,
  receiptId: string,
): Promise<string | undefined> {
  const row = await tables(db)
    .selectFrom('decision_receipts')
    .select('jws')
    .where('id', '=', receiptId)
    .executeTakeFirst()
  return row?.jws
}
