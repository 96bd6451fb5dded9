import { createHmac, timingSafeEqual } from 'node:crypto'

// The bank's callback is signed with HMAC-SHA256 over the raw request body with a secret the
// bank and the portal share (ADR 20): header `X-Payment-Signature: sha256=<hex>`.

export const SIGNATURE_HEADER = 'x-payment-signature'

/** The signature header's value for a raw body. */
export function signCallback(secret: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex')}`
}

/** Whether the header is the body's signature under the secret (constant time). */
export function verifyCallbackSignature(
  secret: string,
  rawBody: string,
  header: string | undefined,
): boolean {
  if (!header || !/^sha256=[0-9a-f]{64}$/.test(header)) return false
  const expected = Buffer.from(signCallback(secret, rawBody))
  const given = Buffer.from(header)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
