import { randomBytes, randomInt } from 'node:crypto'
import { uuidv7 } from 'uuidv7'

/** A time-ordered UUIDv7 for a new row. */
export function newId(): string {
  return uuidv7()
}

/** An unguessable token (receipt ids, one-time links): 256 bits, URL-safe. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url')
}

// Crockford's base32: no I, L, O or U, so that a reference read aloud is not misheard.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

function luhnModN(body: string): string {
  // Luhn mod N over the alphabet: catches every single-character error and most transpositions.
  let factor = 2
  let sum = 0
  for (let i = body.length - 1; i >= 0; i--) {
    let addend = factor * ALPHABET.indexOf(body[i] ?? '')
    factor = factor === 2 ? 1 : 2
    addend = Math.floor(addend / ALPHABET.length) + (addend % ALPHABET.length)
    sum += addend
  }
  return ALPHABET[(ALPHABET.length - (sum % ALPHABET.length)) % ALPHABET.length] ?? '0'
}

/** A short human reference for the call centre: 8 characters and a check character, e.g. 7K3M9QXP-4. */
export function shortReference(): string {
  let body = ''
  for (let i = 0; i < 8; i++) body += ALPHABET[randomInt(ALPHABET.length)]
  return `${body}-${luhnModN(body)}`
}

/** Normalises a reference as typed (case, spaces, confusable letters) and checks its check character. */
export function parseReference(input: string): string | undefined {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0')
  if (!/^[0-9A-HJKMNP-TV-Z]{9}$/.test(cleaned)) return undefined
  const body = cleaned.slice(0, 8)
  return luhnModN(body) === cleaned[8] ? `${body}-${cleaned[8]}` : undefined
}
