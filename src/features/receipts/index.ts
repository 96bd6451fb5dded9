export type { JWK } from 'jose'
export {
  createReceiptSigner,
  publicJwkOf,
  SigningKeyConflictError,
  type ReceiptSigner,
} from './receipts.signer.js'
export {
  issueReceipt,
  receiptUrl,
  signReceipt,
  storeReceipt,
  receiptWrites,
  verifyReceipt,
  type ReceiptVerification,
  type SignedReceipt,
} from './receipts.service.js'
export { receiptRoutes, RECEIPT_PATHS, type ReceiptRoutesOptions } from './receipts.routes.js'
export {
  LABELLED_RULES,
  publishRuleLabels,
  receiptMessages,
  ruleLabel,
  type LabelledRule,
  type ReceiptTranslate,
} from './receipts.messages.js'
export {
  ReceiptPayloadError,
  RECEIPT_ACTIONS,
  type ReceiptAction,
  type ReceiptFee,
  type ReceiptCheck,
  type ReceiptClaims,
  type ReceiptPayload,
  type SignedCheck,
} from './receipts.payload.js'
export type { ReceiptTables } from './schema.js'
export { ruleLabelFor } from './rule-labels.js'
