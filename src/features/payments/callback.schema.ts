import { z } from 'zod'

// The body of the bank's payment callback (the bill-payment notification), as the simulator
// sends it and a bank adapter would map its own to.

export const callbackSchema = z.strictObject({
  transactionId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  billerId: z.string().regex(/^\d{15}$/),
  ref1: z.string().regex(/^[0-9A-Z]{1,20}$/),
  ref2: z.string().regex(/^[0-9A-Z]{1,20}$/),
  /** Baht with two decimals, as text. */
  amount: z.string().regex(/^\d{1,9}\.\d{2}$/),
  currency: z.literal('764'),
  paidAt: z.iso.datetime({ offset: true }),
})

export type PaymentCallback = z.infer<typeof callbackSchema>
