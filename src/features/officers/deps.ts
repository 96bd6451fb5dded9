import type { Clock } from '../../platform/jobs/index.js'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { PiiCrypto } from '../../platform/pii-crypto.js'

/** What officers' pages and the back office's sections are given by the app. */
export interface BackOfficeDeps {
  db: Kysely<DB>
  crypto: PiiCrypto
  publicBaseUrl: string
  /**
   * The jobs' clock (movable in tests and with the simulators): deadlines, windows, SLA clocks.
   * Absent for the CLIs and tests that never move time: the system's clock then.
   */
  clock?: Clock
}
