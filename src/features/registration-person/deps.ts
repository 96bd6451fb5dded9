import type { Kysely } from 'kysely'
import type { IdpConfig } from '../../config.js'
import type { DB } from '../../platform/db/schema.js'
import type { Journey } from '../../platform/journey.js'
import type { PiiCrypto } from '../../platform/pii-crypto.js'
import type { ReceiptSigner } from '../receipts/index.js'
import type { ApplicationRow } from './application.repository.js'
import type { Step } from './journey.js'

export interface PersonDeps {
  db: Kysely<DB>
  crypto: PiiCrypto
  idp: IdpConfig
  publicBaseUrl: string
}

/** What every step's handlers are built with. */
export interface StepContext {
  deps: PersonDeps & { signer: ReceiptSigner }
  journey: Journey<Step, ApplicationRow>
}
