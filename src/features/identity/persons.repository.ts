import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { newId } from '../../platform/ids.js'
import type { PiiCrypto } from '../../platform/pii-crypto.js'
import type { VerifiedPerson } from './claims.js'

/** The person with this national ID, created if new; one round trip either way. */
export async function upsertPerson(
  trx: Kysely<DB>,
  crypto: PiiCrypto,
  nationalId: string,
): Promise<string> {
  const hmac = crypto.hmac(nationalId)
  const enc = crypto.encrypt(nationalId)
  // The no-op update makes RETURNING give the existing row's id on conflict.
  const row = await trx
    .insertInto('natural_persons')
    .values({
      id: newId(),
      national_id_hmac: hmac.blob,
      national_id_hmac_key_id: hmac.keyId,
      national_id_enc: enc.blob,
      national_id_enc_key_id: enc.keyId,
    })
    .onConflict((oc) =>
      oc
        .column('national_id_hmac')
        .doUpdateSet((eb) => ({ national_id_hmac: eb.ref('excluded.national_id_hmac') })),
    )
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** The person whose national ID this is, if we know them. */
export async function findPersonByNationalId(
  db: Kysely<DB>,
  crypto: PiiCrypto,
  nationalId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('natural_persons')
    .select('id')
    .where('national_id_hmac', '=', crypto.hmac(nationalId).blob)
    .executeTakeFirst()
  return row?.id
}

/** The national ID of a person, decrypted (shown only to its owner or an authorised officer). */
export async function nationalIdOf(
  db: Kysely<DB>,
  crypto: PiiCrypto,
  personId: string,
): Promise<string> {
  const row = await db
    .selectFrom('natural_persons')
    .select(['national_id_enc', 'national_id_enc_key_id'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow()
  return crypto.decrypt({ keyId: row.national_id_enc_key_id, blob: row.national_id_enc })
}

/** Links a provider account to the person, so that any configured provider finds the same record. */
export async function linkIdentityAccount(
  trx: Kysely<DB>,
  personId: string,
  issuer: string,
  subject: string,
): Promise<void> {
  await trx
    .insertInto('identity_accounts')
    .values({ id: newId(), person_id: personId, issuer, subject })
    .onConflict((oc) => oc.columns(['issuer', 'subject']).doUpdateSet({ last_used_at: new Date() }))
    .execute()
}

/** Keeps the bank-verified data as a new effective-dated snapshot. */
export async function saveBankProfile(
  trx: Kysely<DB>,
  personId: string,
  verificationId: string,
  p: VerifiedPerson,
): Promise<string> {
  return saveProfile(trx, personId, { source: 'bank', verificationId }, p)
}

/**
 * Keeps the data two officers took from the documents at a counter (no bank verification) as a
 * new effective-dated snapshot of source 'counter'.
 */
export async function saveCounterProfile(
  trx: Kysely<DB>,
  personId: string,
  p: VerifiedPerson,
): Promise<string> {
  return saveProfile(trx, personId, { source: 'counter', verificationId: null }, p)
}

async function saveProfile(
  trx: Kysely<DB>,
  personId: string,
  origin: { source: 'bank' | 'counter'; verificationId: string | null },
  p: VerifiedPerson,
): Promise<string> {
  const id = newId()
  await trx
    .insertInto('person_profiles')
    .values({
      id,
      person_id: personId,
      source: origin.source,
      verification_id: origin.verificationId,
      title_th: p.titleTh,
      first_name_th: p.firstNameTh,
      middle_name_th: p.middleNameTh,
      last_name_th: p.lastNameTh,
      title_en: p.titleEn,
      first_name_en: p.firstNameEn,
      middle_name_en: p.middleNameEn,
      last_name_en: p.lastNameEn,
      birth_date: p.birthDate,
      nationality: p.nationality,
      id_card_address: p.address ? JSON.stringify(p.address) : null,
    })
    .execute()
  return id
}

/** The newest verified profile of a person. */
export async function latestProfile(db: Kysely<DB>, personId: string) {
  return db
    .selectFrom('person_profiles')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('effective_from', 'desc')
    .limit(1)
    .executeTakeFirst()
}
