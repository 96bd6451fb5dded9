import type { Kysely } from 'kysely'
import type { DB, RegistrationStatus } from '../../../platform/db/schema.js'
import { newId } from '../../../platform/ids.js'
import type { PiiCrypto } from '../../../platform/pii-crypto.js'

// A person with an importer/exporter registration and a customs broker registration as the
// broker application leaves them (kind 'customs_broker', an end date), for the renewal's tests.

export interface SeedBroker {
  nationalId: string
  validFrom: Date
  validUntil: Date
  /** The last customs activity (default: validFrom); recent keeps inactivity away. */
  lastActivityAt?: Date
  email: string
  status?: RegistrationStatus
  baseStatus?: RegistrationStatus
}

async function registration(
  db: Kysely<DB>,
  personId: string,
  s: SeedBroker,
  kind: 'importer_exporter' | 'customs_broker',
  status: RegistrationStatus,
): Promise<string> {
  const id = newId()
  await db
    .insertInto('registrations')
    .values({
      id,
      registrant_type: 'person',
      person_id: personId,
      juristic_person_id: null,
      kind,
      channel: 'online',
      status,
      email: s.email,
      mobile: '0812345678',
      valid_from: s.validFrom,
      valid_until: kind === 'customs_broker' ? s.validUntil : null,
      last_activity_at: s.lastActivityAt ?? s.validFrom,
    })
    .execute()
  await db
    .insertInto('registration_status_history')
    .values({
      id: newId(),
      registration_id: id,
      status,
      reason: 'automatic-approval',
      changed_at: s.validFrom,
    })
    .execute()
  return id
}

/** A broker registration for a person who already has their importer/exporter one. */
export async function seedBrokerRegistration(
  db: Kysely<DB>,
  personId: string,
  s: Omit<SeedBroker, 'nationalId' | 'baseStatus'>,
): Promise<string> {
  return registration(
    db,
    personId,
    { ...s, nationalId: '' },
    'customs_broker',
    s.status ?? 'ACTIVE',
  )
}

/** The person, their importer/exporter registration and their broker registration. */
export async function seedBroker(
  db: Kysely<DB>,
  crypto: PiiCrypto,
  s: SeedBroker,
): Promise<{ personId: string; baseId: string; brokerId: string }> {
  const personId = newId()
  const hmac = crypto.hmac(s.nationalId)
  const enc = crypto.encrypt(s.nationalId)
  await db
    .insertInto('natural_persons')
    .values({
      id: personId,
      national_id_hmac: hmac.blob,
      national_id_hmac_key_id: hmac.keyId,
      national_id_enc: enc.blob,
      national_id_enc_key_id: enc.keyId,
    })
    .execute()
  const baseId = await registration(db, personId, s, 'importer_exporter', s.baseStatus ?? 'ACTIVE')
  const brokerId = await registration(db, personId, s, 'customs_broker', s.status ?? 'ACTIVE')
  return { personId, baseId, brokerId }
}
