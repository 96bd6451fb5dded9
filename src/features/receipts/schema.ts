import type { GeneratedTimestamp, Json } from '../../platform/db/schema.js'

/** The public half of an Ed25519 key as published in the JWKS. */
export interface PublicEd25519Jwk {
  kty: 'OKP'
  crv: 'Ed25519'
  x: string
  kid: string
  alg: 'EdDSA'
  use: 'sig'
}

/** Every public key that has ever signed a receipt (append-only, see 0006_receipts.sql). */
export interface SigningKeysTable {
  kid: string
  public_jwk: Json<PublicEd25519Jwk>
  first_used_at: GeneratedTimestamp
}

/** One signed receipt per decision; the JWS is the receipt, the other columns find it. */
export interface DecisionReceiptsTable {
  id: string
  decision_id: string
  key_id: string
  jws: string
  issued_at: GeneratedTimestamp
}

/** This feature's tables, added to the platform's DB type with db.withTables<ReceiptTables>(). */
// A type alias, not an interface: withTables() needs the implicit index signature.
export type ReceiptTables = {
  signing_keys: SigningKeysTable
  decision_receipts: DecisionReceiptsTable
}
