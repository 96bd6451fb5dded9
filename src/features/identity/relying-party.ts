import type { IdpConfig } from '../../config.js'
import { createOidcClient } from '../../platform/oidc/client.js'

/** The checks one authorization request carries; they live in the verification record. */
export interface AuthorizationChecks {
  state: string
  nonce: string
  codeVerifier: string
}

/** What the provider vouched for: its issuer and subject, the assurance and the raw claims. */
export interface ProviderIdentity {
  issuer: string
  subject: string
  acr: string | undefined
  claims: Record<string, unknown>
}

/** The provider could not be reached or answered with an error of its own. */
export class ProviderUnavailableError extends Error {
  override name = 'ProviderUnavailableError'
}

/** The provider's answer failed a check (state, nonce, signature, issuer, expiry, code reuse). */
export class ProviderResponseError extends Error {
  override name = 'ProviderResponseError'
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message)
  }
}

/** The provider answered the authorization request with an error (e.g. access_denied). */
export class ProviderErrorAnswer extends Error {
  override name = 'ProviderErrorAnswer'
  constructor(readonly error: string) {
    super(error)
  }
}

export interface RelyingParty {
  readonly issuer: string
  authorizationUrl(checks: AuthorizationChecks): Promise<string>
  complete(callbackUrl: URL, checks: AuthorizationChecks): Promise<ProviderIdentity>
}

/**
 * The portal as the bank's OpenID Connect relying party (the platform's OIDC client). Where
 * the ID token and userinfo both name a claim, userinfo's word stands: the bank's record of the
 * person (name, national ID) is served there.
 */
export function createRelyingParty(idp: IdpConfig, redirectUri: string): RelyingParty {
  const client = createOidcClient({
    provider: idp,
    redirectUri,
    claimsPrecedence: 'userinfo',
    errors: {
      unavailable: ProviderUnavailableError,
      response: ProviderResponseError,
      answer: ProviderErrorAnswer,
    },
  })
  return {
    issuer: client.issuer,
    authorizationUrl: (checks) => client.authorizationUrl(checks),
    async complete(callbackUrl, checks) {
      const answer = await client.complete(callbackUrl, checks)
      return {
        issuer: answer.issuer,
        subject: answer.subject,
        acr: typeof answer.idToken.acr === 'string' ? answer.idToken.acr : undefined,
        claims: answer.claims,
      }
    },
  }
}
