import { createHmac, randomBytes } from 'node:crypto'
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose'
import type { Kysely } from 'kysely'
import type { SimDb } from './schema.js'

/** The simulator's secrets, made once and kept in sim_ekyc_keys so that restarts and other instances agree. */
export interface SimKeys {
  /** The private ID-token signing key(s), as oidc-provider's `jwks` option wants them. */
  jwks: { keys: JWK[] }
  /** Keys that sign the provider's cookies (keygrip: the first signs, all verify). */
  cookieKeys: string[]
  /** Turns a national ID into its opaque subject. */
  subjectKey: string
  /** Binds the phone page's hidden form token to one interaction. */
  formKey: string
}

// Insert-if-absent, then read back: two instances starting together end up with one value.
async function loadOrCreate<T>(
  db: Kysely<SimDb>,
  name: string,
  make: () => Promise<T> | T,
): Promise<T> {
  const read = async () =>
    (
      await db
        .selectFrom('sim_ekyc_keys')
        .select('value')
        .where('name', '=', name)
        .executeTakeFirst()
    )?.value
  const existing = await read()
  if (existing !== undefined) return existing as T
  await db
    .insertInto('sim_ekyc_keys')
    .values({ name, value: JSON.stringify(await make()) })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute()
  const stored = await read()
  if (stored === undefined) throw new Error(`could not store the simulator key ${name}`)
  return stored as T
}

async function newSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true, modulusLength: 2048 })
  const jwk = await exportJWK(privateKey)
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: 'RS256', use: 'sig' }
}

const secret = () => randomBytes(32).toString('base64url')

/** Reads the simulator's keys, making any that are missing. */
export async function loadKeys(db: Kysely<SimDb>): Promise<SimKeys> {
  const signing = await loadOrCreate(db, 'id_token_signing_jwk', newSigningKey)
  return {
    jwks: { keys: [signing] },
    cookieKeys: await loadOrCreate(db, 'cookie_keys', () => [secret()]),
    subjectKey: await loadOrCreate(db, 'subject_key', secret),
    formKey: await loadOrCreate(db, 'form_key', secret),
  }
}

/**
 * The subject for a national ID: a keyed hash, stable for as long as the database keeps its
 * key, and never the ID itself (the portal must not learn an ID from `sub`).
 */
export function subjectFor(keys: SimKeys, nationalId: string): string {
  return createHmac('sha256', keys.subjectKey).update(`sub:${nationalId}`).digest('base64url')
}

/** The hidden token of the phone page's form for one interaction. */
export function formTokenFor(keys: SimKeys, uid: string): string {
  return createHmac('sha256', keys.formKey).update(`form:${uid}`).digest('base64url')
}
