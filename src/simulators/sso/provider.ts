import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import Provider, { type ClientMetadata, type KoaContextWithOIDC } from 'oidc-provider'
import type { Logger } from 'pino'
import type { DB, EthicsTables } from '../../platform/db/schema.js'
import { databaseAdapter } from '../ekyc/adapter.js'
import type { SimKeys } from '../ekyc/keys.js'
import type { SimDb } from '../ekyc/schema.js'
import { ErrorPage, render } from './views.js'

/** A relying party registered with the SSO simulator (the portal's officers' sign-in). */
export interface SsoClient {
  client_id: string
  client_secret: string
  redirect_uris: string[]
}

/** Cookie names of its own: on localhost, ports do not separate cookies. */
export const SSO_COOKIES = {
  session: 'sim_sso_session',
  interaction: 'sim_sso_interaction',
  resume: 'sim_sso_resume',
} as const

export const SSO_CSP = (nonce: string) =>
  `default-src 'none'; style-src 'nonce-${nonce}'; base-uri 'none'; frame-ancestors 'none'`

/** The directory row of a staff number, read from the portal's database (a simulator may). */
export async function staffClaims(db: Kysely<DB>, staffNumber: string) {
  return db
    .withTables<EthicsTables>()
    .selectFrom('staff_members')
    .select(['staff_number', 'title', 'first_name', 'last_name', 'email'])
    .where('staff_number', '=', staffNumber)
    .executeTakeFirst()
}

/**
 * The agency's SSO stand-in: code flow with PKCE, signed ID tokens carrying `amr` (pwd, and otp
 * when the tester says a second factor was used) and the `staff` scope's staff_number and name.
 */
export function createSsoProvider(d: {
  issuer: string
  db: Kysely<SimDb>
  /** The portal's database, where the directory's officers are. */
  directory: Kysely<DB>
  keys: SimKeys
  clients: SsoClient[]
  logger: Logger
}): Provider {
  const clients: ClientMetadata[] = d.clients.map((c) => ({
    ...c,
    response_types: ['code'],
    grant_types: ['authorization_code'],
    token_endpoint_auth_method: 'client_secret_basic',
  }))
  const provider = new Provider(d.issuer, {
    adapter: databaseAdapter(d.db),
    clients,
    jwks: d.keys.jwks,
    cookies: {
      names: SSO_COOKIES,
      keys: d.keys.cookieKeys,
      long: { httpOnly: true, sameSite: 'lax' },
      short: { httpOnly: true, sameSite: 'lax' },
    },
    scopes: ['openid', 'staff'],
    claims: { openid: ['sub', 'amr'], staff: ['staff_number', 'name', 'email'], amr: null },
    responseTypes: ['code'],
    pkce: { required: () => true },
    clientAuthMethods: ['client_secret_basic', 'client_secret_post'],
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: false },
      userinfo: { enabled: true },
    },
    interactions: { url: (_ctx: unknown, i: { uid: string }) => `/interaction/${i.uid}` },
    async findAccount(_ctx: KoaContextWithOIDC, sub: string) {
      const row = await staffClaims(d.directory, sub)
      return {
        accountId: sub,
        claims: async () => ({
          sub,
          staff_number: sub,
          ...(row ? { name: `${row.title}${row.first_name} ${row.last_name}` } : {}),
          ...(row?.email ? { email: row.email } : {}),
        }),
      }
    },
    expiresWithSession: async () => false,
    ttl: {
      AuthorizationCode: 60,
      AccessToken: 600,
      IdToken: 600,
      Interaction: 1800,
      Session: 600,
      Grant: 3600,
    },
    clientBasedCORS: () => false,
    async renderError(ctx: KoaContextWithOIDC, out: Record<string, unknown>) {
      const nonce = randomBytes(16).toString('base64')
      const detail =
        typeof out.error_description === 'string' ? out.error_description : String(out.error ?? '')
      ctx.type = 'html'
      ctx.set('Content-Security-Policy', SSO_CSP(nonce))
      ctx.body = render(
        ErrorPage({
          nonce,
          th: `คำขอนี้ไม่ถูกต้องหรือหมดอายุแล้ว (${detail})`,
          en: `This request is not valid or has expired (${detail}).`,
        }),
      )
    },
  })
  provider.on('server_error', (_ctx, err) =>
    d.logger.error({ err }, 'SSO simulator: provider error'),
  )
  return provider
}
