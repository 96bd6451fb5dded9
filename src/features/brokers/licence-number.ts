import { fromThaiDigits } from '../../platform/time.js'

/**
 * A customs-broker licence number (ใบอนุญาตตัวแทนออกของ): "CB", eight digits and a Luhn check
 * digit, printed CB-1234-5678-9. People type it with spaces, dashes, lower case or Thai digits.
 */
export type LicenceProblem = 'required' | 'format' | 'checksum'

/** The Luhn check digit of the eight-digit body. */
export function licenceCheckDigit(body: string): number {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i])
    if (i % 2 === 0) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return (10 - (sum % 10)) % 10
}

/** The licence as stored and sent to the registry: CB and nine digits. */
export function parseLicenceNumber(
  input: string,
): { ok: true; licence: string } | { ok: false; problem: LicenceProblem } {
  const cleaned = fromThaiDigits(input.normalize('NFC'))
    .toUpperCase()
    .replace(/[\s\u200b\-–—./]/g, '')
  if (cleaned === '') return { ok: false, problem: 'required' }
  const m = /^CB(\d{8})(\d)$/.exec(cleaned)
  if (!m?.[1] || !m[2]) return { ok: false, problem: 'format' }
  if (licenceCheckDigit(m[1]) !== Number(m[2])) return { ok: false, problem: 'checksum' }
  return { ok: true, licence: cleaned }
}

/** True for a stored licence number (CB and nine digits with a valid check digit). */
export function isLicenceNumber(licence: string): boolean {
  const parsed = parseLicenceNumber(licence)
  return parsed.ok && parsed.licence === licence
}

/** Completes an eight-digit body (simulators, test data). */
export function licenceWithCheckDigit(body: string): string {
  return `CB${body}${licenceCheckDigit(body)}`
}

/** The printed form: CB-1234-5678-9. */
export function formatLicence(licence: string): string {
  return `${licence.slice(0, 2)}-${licence.slice(2, 6)}-${licence.slice(6, 10)}-${licence.slice(10)}`
}
