import { hkdfSync } from 'node:crypto'
import { errors, jwtVerify, SignJWT } from 'jose'
import { randomToken } from '../../../platform/ids.js'

// Short-lived access tokens of the client-credentials grant (ADR 18): HS256 JWTs under a key
// derived from the portal's HMAC secret, checked only by the portal itself.

/** How long an access token lives. */
export const TOKEN_TTL_S = 300
export const AUDIENCE = 'ctp:customs-activity'
export const SCOPE = 'activity:write'

export interface TokenKey {
  keyId: string
  key: Uint8Array
}

/** The token key, derived from a secret (the HMAC secret's value) so that it rotates with it. */
export function tokenKeyOf(secret: { keyId: string; value: Buffer }): TokenKey {
  const key = hkdfSync('sha256', secret.value, Buffer.alloc(0), 'ctp activity api tokens v1', 32)
  return { keyId: secret.keyId, key: new Uint8Array(key) }
}

/** Issues an access token to a client at `now`. */
export async function issueToken(
  k: TokenKey,
  issuer: string,
  clientId: string,
  now: Date,
): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000)
  return new SignJWT({ scope: SCOPE })
    .setProtectedHeader({ alg: 'HS256', kid: k.keyId, typ: 'at+jwt' })
    .setIssuer(issuer)
    .setAudience(AUDIENCE)
    .setSubject(clientId)
    .setJti(randomToken(12))
    .setIssuedAt(iat)
    .setExpirationTime(iat + TOKEN_TTL_S)
    .sign(k.key)
}

export type TokenCheck =
  { ok: true; clientId: string } | { ok: false; reason: 'expired' | 'invalid' }

/** Checks a token's signature, issuer, audience, scope and lifetime at `now`. */
export async function verifyToken(
  k: TokenKey,
  issuer: string,
  token: string,
  now: Date,
): Promise<TokenCheck> {
  try {
    const { payload } = await jwtVerify(token, k.key, {
      algorithms: ['HS256'],
      issuer,
      audience: AUDIENCE,
      typ: 'at+jwt',
      currentDate: now,
      requiredClaims: ['sub', 'exp', 'iat'],
    })
    if (payload.scope !== SCOPE || typeof payload.sub !== 'string')
      return { ok: false, reason: 'invalid' }
    return { ok: true, clientId: payload.sub }
  } catch (err) {
    if (err instanceof errors.JWTExpired) return { ok: false, reason: 'expired' }
    return { ok: false, reason: 'invalid' }
  }
}
