import type { Kysely } from 'kysely'
import type { IdpConfig } from '../../config.js'
import type { DB } from '../../platform/db/schema.js'
import type { Journey } from '../../platform/journey.js'
import type { PiiCrypto } from '../../platform/pii-crypto.js'
import type { ReceiptSigner } from '../receipts/index.js'
import type { Registry } from '../registry-dbd/index.js'
import type { CompanyApplicationRow } from './company.repository.js'
import type { Step } from './journey.js'

export interface CompanyDeps {
  db: Kysely<DB>
  crypto: PiiCrypto
  idp: IdpConfig
  publicBaseUrl: string
  registry: Registry
  signer: ReceiptSigner
}

/** What every step's handlers are built with. */
export interface StepContext {
  deps: CompanyDeps
  journey: Journey<Step, CompanyApplicationRow>
}
