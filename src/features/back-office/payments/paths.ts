export const PAYMENTS_OFFICER_PATHS = {
  /** Payments kept for refund: overpayments, late payments, payments no renewal could use. */
  refunds: '/officer/payments/refunds',
} as const
