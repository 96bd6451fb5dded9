import type { Kysely } from 'kysely'
import type { Write } from '../../platform/db/one-statement.js'
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

/** The write that stores signed receipts, for the caller to run with their decisions. */
export function receiptRowsWrite(
  db: Kysely<DB>,
  rows: { id: string; decisionId: string; keyId: string; jws: string }[],
): Write[] {
  if (rows.length === 0) return []
  return [
    tables(db)
      .insertInto('decision_receipts')
      .values(
        rows.map((r) => ({ id: r.id, decision_id: r.decisionId, key_id: r.keyId, jws: r.jws })),
      ),
  ]
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
