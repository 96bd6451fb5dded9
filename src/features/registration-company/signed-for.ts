import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { PiiCrypto } from '../../platform/pii-crypto.js'
import { readSnapshot } from '../registry-dbd/index.js'
import { applicationsSignedBy } from './company.repository.js'
import { PATHS } from './journey.js'

/** A company a person signs for, as their account lists it. */
export interface SignedCompany {
  applicationId: string
  juristicId: string
  nameTh: string
  /** The English name DBD publishes; null when it has none. */
  nameEn: string | null
  /** Registered (its registration written) or pending (waiting for the other directors). */
  state: 'registered' | 'pending'
  registrationStatus: 'ACTIVE' | 'SUSPENDED' | 'CANCELLED' | 'EXPIRED' | null
  /** The application's status page, for a pending one. */
  statusUrl: string
}

/**
 * The companies whose registration the person signed as a verified director: the newest
 * application of each company, named as DBD named it when it was checked.
 */
export async function companiesSignedFor(
  deps: { db: Kysely<DB>; crypto: PiiCrypto },
  personId: string,
): Promise<SignedCompany[]> {
  const rows = await applicationsSignedBy(deps.db, personId)
  const seen = new Set<string>()
  const out: SignedCompany[] = []
  for (const r of rows) {
    if (!r.juristic_id || seen.has(r.juristic_id)) continue
    seen.add(r.juristic_id)
    const snap = r.dbd_snapshot_id
      ? await readSnapshot(deps.db, deps.crypto, r.dbd_snapshot_id)
      : undefined
    out.push({
      applicationId: r.id,
      juristicId: r.juristic_id,
      nameTh: snap?.company.nameTh ?? r.juristic_id,
      nameEn: snap?.company.nameEn || null,
      state: r.status === 'approved' ? 'registered' : 'pending',
      registrationStatus: r.registration_status,
      statusUrl: `${PATHS.status}?application=${r.id}`,
    })
  }
  return out
}
