import * as oidc from 'openid-client'
import type { StaffSsoConfig } from '../../config.js'

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

const NETWORK =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|fetch failed|timeout|aborted/i

/**
 * The portal as the SSO's relying party (openid-client, as for citizens): discovery, code flow
 * with PKCE S256, state and nonce, the ID token's signature, issuer, audience and expiry checked
 * by the library; any failure of a check refuses the sign-in.
 */
export function createStaffRelyingParty(
  sso: StaffSsoConfig,
  redirectUri: string,
  /** Seconds to add to this machine's clock when checking token times (a drifting clock). */
  clockSkewSeconds = 0,
): StaffRelyingParty {
  let configuration: Promise<oidc.Configuration> | undefined
  const discover = () => {
    configuration ??= oidc
      .discovery(
        new URL(sso.issuer),
        sso.clientId,
        { client_secret: sso.clientSecret, [oidc.clockSkew]: clockSkewSeconds },
        undefined,
        {
          timeout: Math.max(1, Math.ceil(sso.timeoutMs / 1000)),
          execute: [
            ...(sso.issuer.startsWith('http://') ? [oidc.allowInsecureRequests] : []),
            oidc.enableNonRepudiationChecks,
          ],
        },
      )
      .catch((err: unknown) => {
        configuration = undefined
        throw new SsoUnavailableError(`discovery failed: ${(err as Error).message}`)
      })
    return configuration
  }
  return {
    async authorizationUrl(checks) {
      const config = await discover()
      return oidc
        .buildAuthorizationUrl(config, {
          redirect_uri: redirectUri,
          scope: sso.scopes.join(' '),
          response_type: 'code',
          state: checks.state,
          nonce: checks.nonce,
          code_challenge: await oidc.calculatePKCECodeChallenge(checks.verifier),
          code_challenge_method: 'S256',
        })
        .toString()
    },
    async complete(callbackUrl, checks) {
      const config = await discover()
      try {
        const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: checks.verifier,
          expectedState: checks.state,
          expectedNonce: checks.nonce,
          idTokenExpected: true,
        })
        const claims = tokens.claims()
        if (!claims) throw new SsoResponseError('no ID token', 'no_id_token')
        const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)
        return {
          issuer: claims.iss,
          subject: claims.sub,
          amr: Array.isArray(claims.amr) ? claims.amr.filter((a) => typeof a === 'string') : [],
          claims: { ...userinfo, ...claims },
        }
      } catch (err) {
        if (err instanceof SsoResponseError) throw err
        const e = err as { code?: string; error?: string; message?: string; cause?: unknown }
        if (NETWORK.test(`${e.code ?? ''} ${e.message ?? ''}`))
          throw new SsoUnavailableError(`SSO unreachable: ${e.message ?? ''}`)
        throw new SsoResponseError(e.message ?? 'invalid response', e.error ?? e.code ?? 'invalid')
      }
    },
  }
}
