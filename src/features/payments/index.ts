// The payment gateway (ADR 20): bills paid by Thai QR (PromptPay bill payment) and the bank's
// signed callback, each bill settled exactly once; other payments kept for refund.
export { callbackSchema, type PaymentCallback } from './callback.schema.js'
export { bahtText, parseBaht } from './money.js'
export { PAYMENT_PATHS, paymentRoutes } from './payments.routes.js'
export {
  billQr,
  issueBill,
  receiveCallback,
  type BillPurpose,
  type CallbackResult,
  type Gateway,
  type OfferedPayment,
  type PurposeHandler,
  type PurposeHandlers,
} from './payments.service.js'
export { findBill, paymentsOfBill, refundsDue, type BillRow } from './payments.repository.js'
export { SIGNATURE_HEADER, signCallback, verifyCallbackSignature } from './signature.js'
export { billPaymentPayload, parseBillPayment, type BillPaymentQr } from './thai-qr.js'
