import type { Kysely } from 'kysely'
import type {
  DB,
  RegistrationCheckTables,
  RegistrationStatus,
} from '../../../platform/db/schema.js'
import { newId } from '../../../platform/ids.js'
import type { PiiCrypto } from '../../../platform/pii-crypto.js'

// Rows for the check's tests: companies with a DBD record, persons with a bank profile and
// their listing choices, each with one importer/exporter registration.

const VALID_FROM = new Date('2026-01-15T03:00:00Z')

async function registration(
  db: Kysely<DB>,
  owner: { person_id: string } | { juristic_person_id: string },
  status: RegistrationStatus,
) {
  await db
    .insertInto('registrations')
    .values({
      id: newId(),
      person_id: null,
      juristic_person_id: null,
      registrant_type: 'person_id' in owner ? 'person' : 'company',
      ...owner,
      kind: 'importer_exporter',
      channel: 'online',
      status,
      email: 'someone@example.com',
      mobile: '0812345678',
      mailing_address: null,
      valid_from: VALID_FROM,
      valid_until: null,
      last_activity_at: VALID_FROM,
    })
    .execute()
}

/** A company with DBD's record of its names and one registration. */
export async function seedCheckCompany(
  db: Kysely<DB>,
  crypto: PiiCrypto,
  c: { juristicId: string; nameTh: string; nameEn: string; status: RegistrationStatus },
): Promise<string> {
  const id = newId()
  await db.insertInto('juristic_persons').values({ id, juristic_id: c.juristicId }).execute()
  const body = crypto.encrypt(
    JSON.stringify({ id: c.juristicId, nameTh: c.nameTh, nameEn: c.nameEn }),
  )
  await db
    .insertInto('dbd_snapshots')
    .values({
      id: newId(),
      juristic_id: c.juristicId,
      source: 'synthetic',
      found: true,
      status: 'active',
      body_enc: body.blob,
      body_key_id: body.keyId,
      body_digest: 'seed',
    })
    .execute()
  await registration(db, { juristic_person_id: id }, c.status)
  return id
}

/** A person with a bank profile, their listing choices (oldest first) and one registration. */
export async function seedCheckPerson(
  db: Kysely<DB>,
  crypto: PiiCrypto,
  p: { nationalId: string; firstTh: string; firstEn: string; choices: boolean[] },
): Promise<string> {
  const id = newId()
  const h = crypto.hmac(p.nationalId)
  const e = crypto.encrypt(p.nationalId)
  await db
    .insertInto('natural_persons')
    .values({
      id,
      national_id_hmac: h.blob,
      national_id_hmac_key_id: h.keyId,
      national_id_enc: e.blob,
      national_id_enc_key_id: e.keyId,
    })
    .execute()
  await db
    .insertInto('person_profiles')
    .values({
      id: newId(),
      person_id: id,
      source: 'bank',
      title_th: 'นาย',
      first_name_th: p.firstTh,
      last_name_th: 'ใจดี',
      title_en: 'Mr',
      first_name_en: p.firstEn,
      last_name_en: 'Jaidee',
    })
    .execute()
  for (const listed of p.choices) {
    await db
      .withTables<RegistrationCheckTables>()
      .insertInto('public_listing_choices')
      .values({ id: newId(), person_id: id, listed })
      .execute()
  }
  await registration(db, { person_id: id }, 'ACTIVE')
  return id
}
