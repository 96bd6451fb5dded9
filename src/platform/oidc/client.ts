import * as oidc from 'openid-client'

/** The provider's settings the client needs (the registrants' bank, the agency's SSO…). */
export interface OidcProvider {
  issuer: string
  clientId: string
  clientSecret: string
  scopes: readonly string[]
  timeoutMs: number
}

/** The checks one authorization request carries, kept by the caller until the callback. */
export interface OidcChecks {
  state: string
  nonce: string
  codeVerifier: string
}

/** What the provider vouched for: the ID token's claims and those merged with userinfo. */
export interface OidcAnswer {
  issuer: string
  subject: string
  idToken: Readonly<Record<string, unknown>>
  claims: Record<string, unknown>
}

/**
 * The caller's own errors, so that each feature keeps the names it reports: `unavailable` when
 * the provider cannot be reached, `response` when its answer fails a check, and `answer` when
 * it answered the authorization request with an error of its own (without it: a `response`
 * error whose code is the provider's error).
 */
export interface OidcErrors {
  unavailable: new (message: string) => Error
  response: new (message: string, code: string) => Error
  answer?: new (error: string) => Error
}

export interface OidcClientOptions {
  provider: OidcProvider
  redirectUri: string
  errors: OidcErrors
  /**
   * Which wins where the ID token and userinfo both name a claim: 'id_token' (the signed
   * token's word stands) or 'userinfo' (the provider's freshest word stands).
   */
  claimsPrecedence: 'id_token' | 'userinfo'
  /** Seconds to add to this machine's clock when checking token times (a drifting clock). */
  clockSkewSeconds?: number
}

export interface OidcClient {
  readonly issuer: string
  authorizationUrl(checks: OidcChecks): Promise<string>
  complete(callbackUrl: URL, checks: OidcChecks): Promise<OidcAnswer>
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

/** The ID token's claims and userinfo, merged with the one that wins laid last. */
export function mergeClaims(
  idToken: Readonly<Record<string, unknown>>,
  userinfo: Readonly<Record<string, unknown>>,
  precedence: OidcClientOptions['claimsPrecedence'],
): Record<string, unknown> {
  return precedence === 'id_token' ? { ...userinfo, ...idToken } : { ...idToken, ...userinfo }
}

/**
 * The portal as an OpenID Connect relying party (openid-client): discovery (cached once it
 * works), authorization code with PKCE S256, state and nonce, the ID token's signature, issuer,
 * audience and expiry checked by the library, then userinfo. Any failed check refuses.
 */
export function createOidcClient(options: OidcClientOptions): OidcClient {
  const { provider, redirectUri, errors } = options
  let configuration: Promise<oidc.Configuration> | undefined

  function discover(): Promise<oidc.Configuration> {
    configuration ??= oidc
      .discovery(
        new URL(provider.issuer),
        provider.clientId,
        {
          client_secret: provider.clientSecret,
          [oidc.clockSkew]: options.clockSkewSeconds ?? 0,
        },
        undefined,
        {
          timeout: Math.max(1, Math.ceil(provider.timeoutMs / 1000)),
          // openid-client checks ID-token signatures only when asked: always ask.
          execute: [
            ...(provider.issuer.startsWith('http://') ? [oidc.allowInsecureRequests] : []),
            oidc.enableNonRepudiationChecks,
          ],
        },
      )
      .catch((err: unknown) => {
        configuration = undefined
        throw new errors.unavailable(`discovery failed: ${(err as Error).message}`)
      })
    return configuration
  }

  return {
    issuer: provider.issuer,
    async authorizationUrl(checks) {
      const config = await discover()
      return oidc
        .buildAuthorizationUrl(config, {
          redirect_uri: redirectUri,
          scope: provider.scopes.join(' '),
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
        const idToken = tokens.claims()
        if (!idToken) throw new errors.response('no ID token', 'no_id_token')
        const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, idToken.sub)
        return {
          issuer: idToken.iss,
          subject: idToken.sub,
          idToken,
          claims: mergeClaims(idToken, userinfo, options.claimsPrecedence),
        }
      } catch (err) {
        if (err instanceof errors.response) throw err
        // An error answer from the provider, after openid-client checked its state and issuer.
        if (err instanceof oidc.AuthorizationResponseError && errors.answer)
          throw new errors.answer(err.error)
        if (isNetworkFailure(err))
          throw new errors.unavailable(`provider unreachable: ${(err as Error).message}`)
        const e = err as { code?: string; error?: string; message?: string }
        throw new errors.response(
          e.message ?? 'invalid response',
          e.error ?? e.code ?? 'invalid_response',
        )
      }
    },
  }
}
