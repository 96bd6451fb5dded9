import type { Kysely } from 'kysely'
import type { PdpaConfig } from '../../config.js'
import type { DB } from '../../platform/db/schema.js'
import type { PiiCrypto } from '../../platform/pii-crypto.js'

/** What the PDPA pages need: the database, PII crypto, the public address and the settings. */
export interface PdpaDeps {
  db: Kysely<DB>
  crypto: PiiCrypto
  publicBaseUrl: string
  pdpa: PdpaConfig
}
