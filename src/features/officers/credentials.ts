import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { hash, verify, type Algorithm } from '@node-rs/argon2'
import { Secret, TOTP } from 'otpauth'

// OWASP Password Storage Cheat Sheet, argon2id: m=19 MiB, t=2, p=1 (its first configuration).
// The parameters are kept in each PHC string, so a later increase applies to new hashes only.
const ARGON2ID = 2 as Algorithm
export const ARGON2_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
}

export const PASSWORD_MIN = 12
export const PASSWORD_MAX = 128

/** An argon2id PHC string for the password. */
export async function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), ARGON2_OPTIONS)
}

// Verified against when the username is unknown, so that a wrong name costs as long as a wrong
// password and the timing does not tell which names exist.
let dummyHash: Promise<string> | undefined

/** Checks a password against a stored hash (or a dummy one when there is none). */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (stored === null) {
    dummyHash ??= hash(randomBytes(16).toString('hex'), ARGON2_OPTIONS)
    await verify(await dummyHash, password.normalize('NFC'))
    return false
  }
  try {
    return await verify(stored, password.normalize('NFC'))
  } catch {
    // A malformed stored hash never signs anyone in.
    return false
  }
}

const TOTP_PERIOD = 30
const TOTP_DIGITS = 6

/** A new TOTP secret (160 bits, RFC 4226's recommendation), base32 as authenticator apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32
}

function totpOf(secretBase32: string, label = 'officer'): TOTP {
  return new TOTP({
    issuer: 'Customs Trader Portal',
    label,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD,
    secret: Secret.fromBase32(secretBase32),
  })
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(secretBase32: string, username: string): string {
  return totpOf(secretBase32, username).toString()
}

/** The time step a code belongs to when it is accepted (one step either side for clock drift). */
export function totpStep(secretBase32: string, code: string, now = Date.now()): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined
  const delta = totpOf(secretBase32).validate({ token: code, timestamp: now, window: 1 })
  if (delta === null) return undefined
  return Math.floor(now / 1000 / TOTP_PERIOD) + delta
}

/** The current code (tests, and the CLI's self-check). */
export function totpCode(secretBase32: string, now = Date.now()): string {
  return totpOf(secretBase32).generate({ timestamp: now })
}

// Crockford's base32 without I, L, O, U: codes read from paper are not misread.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** Ten recovery codes of 80 random bits each, written XXXX-XXXX-XXXX-XXXX. */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(16)
    let out = ''
    for (let i = 0; i < 16; i++) out += CODE_ALPHABET[(bytes[i] ?? 0) % 32]
    return out.match(/.{4}/g)?.join('-') ?? out
  })
}

/** Normalises a recovery code as typed: case, spaces and dashes, confusable letters. */
export function normaliseRecoveryCode(input: string): string | undefined {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0')
  return /^[0-9A-HJKMNP-TV-Z]{16}$/.test(cleaned) ? cleaned : undefined
}

/**
 * The stored form of a recovery code or an enrolment token. A plain SHA-256 is enough: the
 * inputs carry 80 bits or more of randomness, so there is nothing to guess from the hash.
 */
export function secretDigest(value: string): Buffer {
  return createHash('sha256').update(value.replace(/-/g, '')).digest()
}

/** Constant-time comparison of two digests. */
export function sameDigest(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b)
}
