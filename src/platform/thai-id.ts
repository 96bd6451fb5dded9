import { fromThaiDigits } from './time.js'

/**
 * Thai 13-digit identification numbers (citizens and juristic persons share the format and
 * the mod-11 check digit).
 */
export type ThaiIdProblem = 'required' | 'format' | 'checksum'

/** Accepts spaces, dashes and Thai digits as people type them; returns the bare digits. */
export function normaliseThaiId(input: string): string {
  return fromThaiDigits(input.normalize('NFC')).replace(/[\s\u200b\-–—.]/g, '')
}

/** The check digit for the first twelve digits. */
export function thaiIdCheckDigit(first12: string): number {
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i)
  return (11 - (sum % 11)) % 10
}

/** Validates a typed ID; returns the normalised ID or the problem with it. */
export function checkThaiId(
  input: string,
): { ok: true; id: string } | { ok: false; problem: ThaiIdProblem } {
  const id = normaliseThaiId(input)
  if (id === '') return { ok: false, problem: 'required' }
  if (!/^\d{13}$/.test(id)) return { ok: false, problem: 'format' }
  if (thaiIdCheckDigit(id) !== Number(id[12])) return { ok: false, problem: 'checksum' }
  return { ok: true, id }
}

/** True when the string is 13 digits with a valid check digit. */
export function isValidThaiId(id: string): boolean {
  return /^\d{13}$/.test(id) && thaiIdCheckDigit(id) === Number(id[12])
}

/** Masks an ID for display: x-xxxx-xxxxx-12-3 (the last three digits stay visible). */
export function maskThaiId(id: string): string {
  return `x-xxxx-xxxxx-${id.slice(10, 12)}-${id.slice(12)}`
}

/** Formats an ID the way it is printed on the card: 1-2345-67890-12-3. */
export function formatThaiId(id: string): string {
  return `${id.slice(0, 1)}-${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10, 12)}-${id.slice(12)}`
}

/** Completes twelve digits with their check digit (test data, simulators). */
export function withCheckDigit(first12: string): string {
  return `${first12}${thaiIdCheckDigit(first12)}`
}
