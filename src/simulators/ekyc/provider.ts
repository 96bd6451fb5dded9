import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import Provider, { type Account, type ClientMetadata, type KoaContextWithOIDC } from 'oidc-provider'
import type { Logger } from 'pino'
import { databaseAdapter } from './adapter.js'
import { personClaims, SCOPE_CLAIMS, SIM_ACR, SIM_SCOPES } from './claims.js'
import type { SimKeys } from './keys.js'
import type { SimDb } from './schema.js'
import { nationalIdForSubject } from './store.js'
import { syntheticPersonFor } from './synthetic.js'
import { ErrorPage, render } from './views.js'

/** A relying party registered with the simulator. */
export interface SimClient {
  client_id: string
  client_secret: string
  redirect_uris: string[]
  /** Shown on the consent screen; defaults to the Customs Department's service. */
  client_name?: string
}

/**
 * Cookie names of their own: browsers do not separate cookies by port, so on localhost the
 * portal and the simulator would otherwise read each other's `_session`.
 */
export const COOKIE_NAMES = {
  session: 'sim_ekyc_session',
  interaction: 'sim_ekyc_interaction',
  resume: 'sim_ekyc_resume',
} as const

/** Lifetimes in seconds. The portal's own verification expires after 15 minutes. */
const TTL = {
  AuthorizationCode: 60,
  AccessToken: 10 * 60,
  IdToken: 10 * 60,
  Interaction: 30 * 60,
  Session: 10 * 60,
  Grant: 60 * 60,
}

export const CSP = (nonce: string) =>
  `default-src 'none'; style-src 'nonce-${nonce}'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'`

export interface ProviderDeps {
  issuer: string
  db: Kysely<SimDb>
  keys: SimKeys
  clients: SimClient[]
  proxy: boolean
  logger: Logger
}

/** The OpenID provider: code flow with PKCE (S256) only, signed ID tokens, userinfo, Thai claims. */
export function createProvider(d: ProviderDeps): Provider {
  const clients: ClientMetadata[] = d.clients.map((c) => ({
    client_id: c.client_id,
    client_secret: c.client_secret,
    redirect_uris: c.redirect_uris,
    ...(c.client_name ? { client_name: c.client_name } : {}),
    response_types: ['code'],
    grant_types: ['authorization_code'],
    // oidc-provider accepts client_secret_post from such a client as well (lib/shared/client_auth.js).
    token_endpoint_auth_method: 'client_secret_basic',
  }))

  async function findAccount(_ctx: KoaContextWithOIDC, sub: string): Promise<Account | undefined> {
    const nationalId = await nationalIdForSubject(d.db, sub)
    if (nationalId === undefined) return undefined
    const person = syntheticPersonFor(nationalId)
    return { accountId: sub, claims: async () => personClaims(person, sub) }
  }

  const provider = new Provider(d.issuer, {
    adapter: databaseAdapter(d.db),
    clients,
    jwks: d.keys.jwks,
    cookies: {
      names: COOKIE_NAMES,
      keys: d.keys.cookieKeys,
      long: { httpOnly: true, sameSite: 'lax' },
      short: { httpOnly: true, sameSite: 'lax' },
    },
    scopes: SIM_SCOPES,
    claims: {
      ...Object.fromEntries(
        Object.entries(SCOPE_CLAIMS).map(([scope, claims]) => [scope, [...claims]]),
      ),
      // oidc-provider puts acr in the ID token only when asked for; the portal always needs it.
      openid: ['sub', 'acr'],
      acr: null,
      auth_time: null,
      iss: null,
      sid: null,
    },
    acrValues: Object.values(SIM_ACR),
    responseTypes: ['code'],
    pkce: { required: () => true },
    clientAuthMethods: ['client_secret_basic', 'client_secret_post'],
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: false },
      userinfo: { enabled: true },
    },
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
    },
    findAccount,
    // The phone and the portal are different devices: tokens must not die with the phone's session.
    expiresWithSession: async () => false,
    ttl: TTL,
    clientBasedCORS: () => false,
    discovery: { ui_locales_supported: ['th', 'en'], claim_types_supported: ['normal'] },
    async renderError(ctx: KoaContextWithOIDC, out: Record<string, unknown>) {
      const nonce = randomBytes(16).toString('base64')
      const detail =
        typeof out.error_description === 'string' ? out.error_description : String(out.error ?? '')
      ctx.type = 'html'
      ctx.set('Content-Security-Policy', CSP(nonce))
      ctx.body = render(
        ErrorPage({
          nonce,
          th: `คำขอนี้ไม่ถูกต้องหรือหมดอายุแล้ว กลับไปที่บริการเพื่อเริ่มใหม่ (${detail})`,
          en: `This request is not valid or has expired. Return to the service and start again (${detail}).`,
        }),
      )
    },
  })
  provider.proxy = d.proxy
  provider.on('server_error', (_ctx, err) =>
    d.logger.error({ err }, 'eKYC simulator: provider error'),
  )
  return provider
}
