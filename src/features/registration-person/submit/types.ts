import type { BatchItem } from '../../../platform/batch.js'
import type { CheckedMail } from '../../mail/index.js'
import type { ReceiptSigner, SignedReceipt } from '../../receipts/index.js'
import type { PersonDeps } from '../deps.js'
import type { Decision } from '../person.rules.js'
import type { SubmitFacts } from './submit.repository.js'

export interface SubmitDeps extends PersonDeps {
  signer: ReceiptSigner
}

export interface SubmitResult {
  decisionId: string
  outcome: 'approved' | 'refused'
}

export interface SubmitInput {
  applicationId: string
  submitKey: string
  requestId: string
}
export type Submit = BatchItem<SubmitInput, SubmitResult>

/** An application at its check step, with the contact details its decision needs. */
export type Submittable = SubmitFacts & { email: string; mobile: string }

/** A submit decided and signed, waiting for its batch's statement. */
export interface Decided {
  item: Submit
  f: Submittable
  nationalId: string
  decision: Decision
  decisionId: string
  receipt: SignedReceipt
  mail: CheckedMail
}
