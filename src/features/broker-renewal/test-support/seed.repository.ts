import type { Kysely } from 'kysely'
import type { BrokerTables, DB, RegistrationStatus } from '../../../platform/db/schema.js'
import { newId, randomToken, shortReference } from '../../../platform/ids.js'
import type { PiiCrypto } from '../../../platform/pii-crypto.js'
import { demoLicenceFor, type DemoVariant } from '../../brokers/index.js'

// A person with an importer/exporter registration and a customs broker registration as the
// broker application leaves them (kind 'customs_broker', an end date, the approved decision
// with its licence), for the renewal's tests.

export interface SeedBroker {
  nationalId: string
  validFrom: Date
  validUntil: Date
  /** The last customs activity (default: validFrom); recent keeps inactivity away. */
  lastActivityAt?: Date
  email: string
  status?: RegistrationStatus
  baseStatus?: RegistrationStatus
  /** The synthetic licence registry's answer for the licence on record; 'none': no decision. */
  licence?: DemoVariant | 'none'
}

async function registration(
  db: Kysely<DB>,
  personId: string,
  s: Omit<SeedBroker, 'nationalId'>,
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

/**
 * A broker registration, with the approved decision and licence it came from, for a person who
 * already has their importer/exporter registration.
 */
export async function seedBrokerRegistration(
  db: Kysely<DB>,
  personId: string,
  baseRegistrationId: string,
  s: Omit<SeedBroker, 'baseStatus'>,
): Promise<string> {
  const brokerId = await registration(db, personId, s, 'customs_broker', s.status ?? 'ACTIVE')
  const variant = s.licence ?? 'valid'
  if (variant === 'none') return brokerId
  await db
    .withTables<BrokerTables>()
    .insertInto('broker_decisions')
    .values({
      id: newId(),
      base_registration_id: baseRegistrationId,
      registrant_type: 'person',
      person_id: personId,
      juristic_person_id: null,
      applicant_person_id: personId,
      reference: shortReference(),
      licence_number: demoLicenceFor(s.nationalId, variant),
      registry_source: 'synthetic',
      rule_set_id: 'customs-broker',
      rule_set_version: 'seed',
      outcome: 'approved',
      results: JSON.stringify([]),
      registration_id: brokerId,
      receipt_id: randomToken(),
      submit_key: randomToken(),
      decided_at: s.validFrom,
    })
    .execute()
  return brokerId
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
  const brokerId = await seedBrokerRegistration(db, personId, baseId, s)
  return { personId, baseId, brokerId }
}
