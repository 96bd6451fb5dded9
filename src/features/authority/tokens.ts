import { createHash } from 'node:crypto'

/** How long the grantee's acceptance link works. */
export const ACCEPT_TTL_MS = 72 * 3600_000

/** Only the hash of an acceptance link's token is stored. */
export function hashAcceptToken(token: string): Buffer {
  return createHash('sha256').update(`authority-accept:${token}`).digest()
}

/** Whether a string has the shape of an acceptance token (anything else is not looked up). */
export function isAcceptToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{16,64}$/.test(token)
}

/** Whether a string has the shape of a grant id (anything else is not looked up). */
export function isGrantId(id: string): boolean {
  return /^[0-9a-f-]{36}$/.test(id)
}
