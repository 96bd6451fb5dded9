import type { StaffSsoConfig } from '../../config.js'
import { createOidcClient } from '../../platform/oidc/client.js'

/** The checks one SSO request carries; kept in the session until the callback. */
export interface SsoChecks {
  state: string
  nonce: string
  verifier: string
}

/** What the agency's SSO vouched for. */
export interface SsoIdentity {
  issuer: string
  subject: string
  /** The authentication methods the provider says were used (e.g. ['pwd', 'otp']). */
  amr: string[]
  claims: Record<string, unknown>
}

/** The SSO could not be reached or failed on its side. */
export class SsoUnavailableError extends Error {
  override name = 'SsoUnavailableError'
}

/** The SSO's answer failed a check (state, nonce, signature, issuer, audience, expiry, code). */
export class SsoResponseError extends Error {
  override name = 'SsoResponseError'
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message)
  }
}

export interface StaffRelyingParty {
  authorizationUrl(checks: SsoChecks): Promise<string>
  complete(callbackUrl: URL, checks: SsoChecks): Promise<SsoIdentity>
}

/**
 * The portal as the agency SSO's relying party (the platform's OIDC client, as for citizens).
 * Where the ID token and userinfo both name a claim, the signed ID token's word stands. An
 * error answer from the SSO (e.g. access_denied) refuses the sign-in with that code.
 */
export function createStaffRelyingParty(
  sso: StaffSsoConfig,
  redirectUri: string,
  /** Seconds to add to this machine's clock when checking token times (a drifting clock). */
  clockSkewSeconds = 0,
): StaffRelyingParty {
  const client = createOidcClient({
    provider: sso,
    redirectUri,
    clockSkewSeconds,
    claimsPrecedence: 'id_token',
    errors: { unavailable: SsoUnavailableError, response: SsoResponseError },
  })
  const toClient = (checks: SsoChecks) => ({
    state: checks.state,
    nonce: checks.nonce,
    codeVerifier: checks.verifier,
  })
  return {
    authorizationUrl: (checks) => client.authorizationUrl(toClient(checks)),
    async complete(callbackUrl, checks) {
      const answer = await client.complete(callbackUrl, toClient(checks))
      const amr = answer.idToken.amr
      return {
        issuer: answer.issuer,
        subject: answer.subject,
        amr: Array.isArray(amr) ? amr.filter((a): a is string => typeof a === 'string') : [],
        claims: answer.claims,
      }
    },
  }
}
