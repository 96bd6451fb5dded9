import type { Kysely } from 'kysely'
import type { DB } from './db/schema.js'
import type { Clock } from './jobs/index.js'
import type { PiiCrypto } from './pii-crypto.js'

/** What app.ts gives a feature that needs only the common adapters. */
export interface FeatureDeps {
  db: Kysely<DB>
  crypto: PiiCrypto
  /** The jobs' clock: the system's in production, movable in tests and with the simulators. */
  clock: Clock
  /** The address the portal's links use (PUBLIC_BASE_URL). */
  publicBaseUrl: string
  /** True when the bundled SIMULATORs are on (development and demos). */
  simulators: boolean
}
