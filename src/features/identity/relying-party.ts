import * as oidc from 'openid-client'
import type { IdpConfig } from '../../config.js'

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

const NETWORK_CODES =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|UND_ERR|fetch failed|aborted|timeout/i

function isNetworkFailure(err: unknown): boolean {
  const e = err as { name?: string; message?: string; code?: string; cause?: unknown }
  return (
    e.name === 'TimeoutError' ||
    e.name === 'AbortError' ||
    NETWORK_CODES.test(`${e.code ?? ''} ${e.message ?? ''}`) ||
    (e.cause !== undefined && e.cause !== err && isNetworkFailure(e.cause))
  )
}

/**
 * The portal as an OpenID Connect relying party (openid-client): discovery, authorization code
 * with PKCE S256, state and nonce, ID-token checks, userinfo. Discovery is cached once it works.
 */
export function createRelyingParty(idp: IdpConfig, redirectUri: string): RelyingParty {
  let configuration: Promise<oidc.Configuration> | undefined
  const timeoutS = Math.max(1, Math.ceil(idp.timeoutMs / 1000))
  const allowHttp = idp.issuer.startsWith('http://')

  function discover(): Promise<oidc.Configuration> {
    if (!configuration) {
      configuration = oidc
        .discovery(new URL(idp.issuer), idp.clientId, idp.clientSecret, undefined, {
          timeout: timeoutS,
          // openid-client checks ID-token signatures only when asked: always ask.
          execute: [
            ...(allowHttp ? [oidc.allowInsecureRequests] : []),
            oidc.enableNonRepudiationChecks,
          ],
        })
        .catch((err: unknown) => {
          configuration = undefined
          throw new ProviderUnavailableError(`discovery failed: ${(err as Error).message}`)
        })
    }
    return configuration
  }

  return {
    issuer: idp.issuer,
    async authorizationUrl(checks) {
      const config = await discover()
      return oidc
        .buildAuthorizationUrl(config, {
          redirect_uri: redirectUri,
          scope: idp.scopes.join(' '),
          response_type: 'code',
          state: checks.state,
          nonce: checks.nonce,
          code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
          code_challenge_method: 'S256',
        })
        .toString()
    },
    async complete(callbackUrl, checks) {
      const config = await discover()
      try {
        const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: checks.codeVerifier,
          expectedState: checks.state,
          expectedNonce: checks.nonce,
          idTokenExpected: true,
        })
        const idClaims = tokens.claims()
        if (!idClaims) throw new ProviderResponseError('no ID token', 'no_id_token')
        const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub)
        return {
          issuer: idClaims.iss,
          subject: idClaims.sub,
          acr: typeof idClaims.acr === 'string' ? idClaims.acr : undefined,
          claims: { ...idClaims, ...userinfo },
        }
      } catch (err) {
        if (err instanceof ProviderResponseError) throw err
        // An error answer from the provider, after openid-client checked its state and issuer.
        if (err instanceof oidc.AuthorizationResponseError) throw new ProviderErrorAnswer(err.error)
        if (isNetworkFailure(err))
          throw new ProviderUnavailableError(`provider unreachable: ${(err as Error).message}`)
        const e = err as { code?: string; error?: string; message?: string }
        throw new ProviderResponseError(
          e.message ?? 'invalid response',
          e.error ?? e.code ?? 'invalid_response',
        )
      }
    },
  }
}
