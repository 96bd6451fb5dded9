import type { Kysely } from 'kysely'
import type { DB, RegistrationStatus } from '../../../platform/db/schema.js'
import { newId } from '../../../platform/ids.js'
import type { PiiCrypto } from '../../../platform/pii-crypto.js'

// Rows for the brokers' tests: a person or a company with one importer/exporter registration,
// and the documents a signed-in person has acknowledged (so no notice stands in the way).

const VALID_FROM = new Date('2026-01-15T03:00:00Z')

async function registration(
  db: Kysely<DB>,
  owner: { person_id: string } | { juristic_person_id: string },
  status: RegistrationStatus,
  email: string,
): Promise<string> {
  const id = newId()
  await db
    .insertInto('registrations')
    .values({
      id,
      person_id: null,
      juristic_person_id: null,
      registrant_type: 'person_id' in owner ? 'person' : 'company',
      ...owner,
      kind: 'importer_exporter',
      channel: 'online',
      status,
      email,
      mobile: '0812345678',
      mailing_address: null,
      valid_from: VALID_FROM,
      valid_until: null,
      last_activity_at: VALID_FROM,
    })
    .execute()
  return id
}

/** A person (bank profile, every current document acknowledged) with one registration. */
export async function seedBrokerPerson(
  db: Kysely<DB>,
  crypto: PiiCrypto,
  p: { nationalId: string; status?: RegistrationStatus; email?: string },
): Promise<{ personId: string; registrationId: string }> {
  const personId = newId()
  const h = crypto.hmac(p.nationalId)
  const e = crypto.encrypt(p.nationalId)
  await db
    .insertInto('natural_persons')
    .values({
      id: personId,
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
      person_id: personId,
      source: 'bank',
      title_th: 'นาย',
      first_name_th: 'สมชาย',
      last_name_th: 'ใจดี',
      title_en: 'Mr',
      first_name_en: 'Somchai',
      last_name_en: 'Jaidee',
    })
    .execute()
  const documents = await db.selectFrom('documents').select('id').execute()
  if (documents.length > 0)
    await db
      .insertInto('document_acceptances')
      .values(documents.map((d) => ({ id: newId(), person_id: personId, document_id: d.id })))
      .execute()
  const registrationId = await registration(
    db,
    { person_id: personId },
    p.status ?? 'ACTIVE',
    p.email ?? 'broker@example.com',
  )
  return { personId, registrationId }
}

/** A company with one registration (its directors sign in as persons of their own). */
export async function seedBrokerCompany(
  db: Kysely<DB>,
  c: { juristicId: string; email?: string },
): Promise<{ juristicPersonId: string; registrationId: string }> {
  const juristicPersonId = newId()
  await db
    .insertInto('juristic_persons')
    .values({ id: juristicPersonId, juristic_id: c.juristicId })
    .execute()
  const registrationId = await registration(
    db,
    { juristic_person_id: juristicPersonId },
    'ACTIVE',
    c.email ?? 'company@example.com',
  )
  return { juristicPersonId, registrationId }
}
