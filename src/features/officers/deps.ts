import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { PiiCrypto } from '../../platform/pii-crypto.js'

/** What officers' pages and the back office's sections are given by the app. */
export interface BackOfficeDeps {
  db: Kysely<DB>
  crypto: PiiCrypto
  publicBaseUrl: string
}
