import { z } from 'zod'
import { ConfigError, parse, type Env } from './errors.js'

/** The payment gateway: Thai QR bill payment and the bank's signed callback (ADR 20). */
export interface PaymentsConfig {
  /** The biller ID the bank gave the agency: its tax ID and a 2-digit suffix (15 digits). */
  billerId: string
  /** The HMAC-SHA256 secret the bank signs its callbacks with. */
  callbackSecret: string
}

// Development values only: with the simulators the bundled bank uses them too.
const DEV_BILLER_ID = '099400016480101'
const DEV_SECRET = 'development-only-payment-callback-secret-0001'

/**
 * PROMPTPAY_BILLER_ID and PAYMENT_CALLBACK_SECRET, together; without them (and without the
 * simulators) online payment is off and the renewal page says so.
 */
export function paymentsSettings(env: Env, simulators: boolean): PaymentsConfig | undefined {
  const billerRaw = env.PROMPTPAY_BILLER_ID || (simulators ? DEV_BILLER_ID : undefined)
  const secretRaw = env.PAYMENT_CALLBACK_SECRET || (simulators ? DEV_SECRET : undefined)
  if (billerRaw === undefined && secretRaw === undefined) return undefined
  if (billerRaw === undefined)
    throw new ConfigError('PROMPTPAY_BILLER_ID', 'is required with PAYMENT_CALLBACK_SECRET')
  if (secretRaw === undefined)
    throw new ConfigError('PAYMENT_CALLBACK_SECRET', 'is required with PROMPTPAY_BILLER_ID')
  return {
    billerId: parse('PROMPTPAY_BILLER_ID', z.string().regex(/^\d{15}$/), billerRaw),
    callbackSecret: parse(
      'PAYMENT_CALLBACK_SECRET',
      z.string().min(32, 'needs at least 32 characters'),
      secretRaw,
    ),
  }
}
