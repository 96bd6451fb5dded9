import { createHmac } from 'node:crypto'
import { z } from 'zod'
import { ConfigError, parse, portSchema, type Env } from './errors.js'
import type { StoredSecrets } from './secrets.js'

/** The agency's single sign-on for officers (OpenID Connect), or the bundled SIMULATOR. */
export interface StaffSsoConfig {
  issuer: string
  clientId: string
  clientSecret: string
  scopes: string[]
  /** The claim that carries the officer's staff number (matched to the staff directory). */
  staffNumberClaim: string
  /**
   * Whether the provider's `amr` saying a second factor was used stands in for the portal's own
   * TOTP for back-office roles. Off by default: an officer with a role still types their code.
   */
  trustAmr: boolean
  /** amr values that count as a second factor when trustAmr is on. */
  mfaAmr: string[]
  /** Port of the bundled simulator when it is used. */
  simulatorPort: number | undefined
  timeoutMs: number
}

interface Context {
  simulators: boolean
  port: number
  publicBaseUrl: string
  stored: StoredSecrets | undefined
}

/**
 * STAFF_SSO_*: off (undefined) when no issuer is set and the simulators are off; with the
 * simulators, defaults pointing at the bundled SSO simulator (the portal's port + 2).
 */
export function staffSsoSettings(env: Env, c: Context): StaffSsoConfig | undefined {
  const issuerRaw =
    env.STAFF_SSO_ISSUER && env.STAFF_SSO_ISSUER !== '' ? env.STAFF_SSO_ISSUER : undefined
  if (issuerRaw === undefined && !c.simulators) return undefined
  const simulatorPort =
    c.simulators && issuerRaw === undefined
      ? parse(
          'STAFF_SSO_SIMULATOR_PORT',
          portSchema,
          env.STAFF_SSO_SIMULATOR_PORT ?? String(c.port === 0 ? 0 : c.port + 2),
        )
      : undefined
  const issuer = parse(
    'STAFF_SSO_ISSUER',
    z.url({
      protocol: c.simulators ? /^https?$/ : /^https$/,
      error: 'must be an https:// URL (plain http only with the simulators)',
    }),
    issuerRaw ?? `http://${new URL(c.publicBaseUrl).hostname}:${simulatorPort ?? 0}`,
  ).replace(/\/+$/, '')
  const secret =
    env.STAFF_SSO_CLIENT_SECRET && env.STAFF_SSO_CLIENT_SECRET !== ''
      ? env.STAFF_SSO_CLIENT_SECRET
      : c.simulators && c.stored
        ? createHmac('sha256', c.stored.session.value)
            .update('sso-simulator-client')
            .digest('base64url')
        : undefined
  if (secret === undefined)
    throw new ConfigError('STAFF_SSO_CLIENT_SECRET', 'is required with STAFF_SSO_ISSUER')
  return {
    issuer,
    clientId: env.STAFF_SSO_CLIENT_ID || 'customs-trader-portal-officers',
    clientSecret: secret,
    scopes: (env.STAFF_SSO_SCOPES ?? 'openid staff').split(/\s+/).filter(Boolean),
    staffNumberClaim: env.STAFF_SSO_STAFF_CLAIM || 'staff_number',
    trustAmr:
      parse(
        'STAFF_SSO_TRUST_AMR',
        z.enum(['true', 'false']),
        env.STAFF_SSO_TRUST_AMR ?? 'false',
      ) === 'true',
    mfaAmr: (env.STAFF_SSO_MFA_AMR ?? 'mfa otp hwk').split(/\s+/).filter(Boolean),
    simulatorPort,
    timeoutMs: parse(
      'STAFF_SSO_TIMEOUT_MS',
      z.coerce.number().int().min(100).max(60_000),
      env.STAFF_SSO_TIMEOUT_MS ?? '5000',
    ),
  }
}
