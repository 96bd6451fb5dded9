import type { Kysely } from 'kysely'
import type { DB } from '../../../platform/db/schema.js'
import { newId } from '../../../platform/ids.js'
import type { PiiCrypto } from '../../../platform/pii-crypto.js'

// Registrations as a journey would have left them, for the lifecycle's tests and the bench.

export interface SeedRegistrant {
  /** A person's 13-digit national ID, or a company's juristic ID (it begins with 0). */
  number: string
  validFrom: Date
  lastActivityAt?: Date
  status?: 'ACTIVE' | 'SUSPENDED'
  email?: string
}

/** One live importer/exporter registration with its first status line; returns its id. */
export async function seedRegistration(
  db: Kysely<DB>,
  crypto: PiiCrypto,
  s: SeedRegistrant,
): Promise<string> {
  const ownerId = newId()
  const company = s.number.startsWith('0')
  if (company) {
    await db.insertInto('juristic_persons').values({ id: ownerId, juristic_id: s.number }).execute()
  } else {
    const hmac = crypto.hmac(s.number)
    const enc = crypto.encrypt(s.number)
    await db
      .insertInto('natural_persons')
      .values({
        id: ownerId,
        national_id_hmac: hmac.blob,
        national_id_hmac_key_id: hmac.keyId,
        national_id_enc: enc.blob,
        national_id_enc_key_id: enc.keyId,
      })
      .execute()
  }
  const id = newId()
  await db
    .insertInto('registrations')
    .values({
      id,
      registrant_type: company ? 'company' : 'person',
      person_id: company ? null : ownerId,
      juristic_person_id: company ? ownerId : null,
      channel: 'online',
      status: s.status ?? 'ACTIVE',
      email: s.email ?? `r${s.number}@example.com`,
      mobile: '0812345678',
      valid_from: s.validFrom,
      last_activity_at: s.lastActivityAt ?? s.validFrom,
    })
    .execute()
  await db
    .insertInto('registration_status_history')
    .values({
      id: newId(),
      registration_id: id,
      status: 'ACTIVE',
      reason: 'automatic-approval',
      changed_at: s.validFrom,
    })
    .execute()
  return id
}
