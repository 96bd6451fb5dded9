import { createHmac } from 'node:crypto'
import { z } from 'zod'
import { ConfigError, jsonRecord, parse, portSchema, type Env } from './errors.js'
import type { StoredSecrets } from './secrets.js'

/** The identity provider (the bank's OpenID Connect service, or the simulator). */
export interface IdpConfig {
  issuer: string
  clientId: string
  clientSecret: string
  scopes: string[]
  /** Our field name → the provider's claim name. */
  claimMap: Record<string, string>
  /** The provider's `acr` values → ETDA identity assurance level (e.g. 2.3); an unknown acr fails. */
  acrLevels: Record<string, number>
  minimumIal: number
  verificationTtlMinutes: number
  /** Port of the bundled simulator when it is used. */
  simulatorPort: number | undefined
  timeoutMs: number
}

/** The simulator's claim names; a real provider's are set with IDP_CLAIM_MAP. */
export const DEFAULT_CLAIM_MAP: Record<string, string> = {
  nationalId: 'national_id',
  titleTh: 'title_th',
  firstNameTh: 'given_name_th',
  middleNameTh: 'middle_name_th',
  lastNameTh: 'family_name_th',
  titleEn: 'title_en',
  firstNameEn: 'given_name_en',
  middleNameEn: 'middle_name_en',
  lastNameEn: 'family_name_en',
  birthDate: 'birthdate',
  address: 'address',
  nationality: 'nationality',
}

/** ETDA identity assurance levels of the simulator's acr values. */
export const DEFAULT_ACR_LEVELS: Record<string, number> = {
  'urn:th:etda:ial:1.1': 1.1,
  'urn:th:etda:ial:2.1': 2.1,
  'urn:th:etda:ial:2.2': 2.2,
  'urn:th:etda:ial:2.3': 2.3,
  'urn:th:etda:ial:3': 3,
}

interface IdpContext {
  simulators: boolean
  port: number
  publicBaseUrl: string
  /** The embedded secrets, from which the simulator's client secret is derived. */
  stored: StoredSecrets | undefined
}

/** IDP_*, VERIFICATION_TTL_MINUTES; with the simulators, defaults that point at the bundled one. */
export function idpSettings(env: Env, context: IdpContext): IdpConfig {
  const { simulators, port, publicBaseUrl, stored } = context
  const simulatorPort = simulators
    ? parse(
        'IDP_SIMULATOR_PORT',
        portSchema,
        env.IDP_SIMULATOR_PORT ?? String(port === 0 ? 0 : port + 1),
      )
    : undefined
  const publicHost = new URL(publicBaseUrl).hostname
  const issuerRaw = env.IDP_ISSUER && env.IDP_ISSUER !== '' ? env.IDP_ISSUER : undefined
  if (issuerRaw === undefined && !simulators)
    throw new ConfigError('IDP_ISSUER', 'is required when the simulators are off')
  const issuer = parse(
    'IDP_ISSUER',
    z.url({
      protocol: simulators ? /^https?$/ : /^https$/,
      error: 'must be an https:// URL (plain http only for the simulator)',
    }),
    issuerRaw ?? `http://${publicHost}:${simulatorPort ?? 0}`,
  ).replace(/\/+$/, '')
  const clientSecret =
    env.IDP_CLIENT_SECRET && env.IDP_CLIENT_SECRET !== ''
      ? env.IDP_CLIENT_SECRET
      : simulators && stored
        ? createHmac('sha256', stored.session.value)
            .update('ekyc-simulator-client')
            .digest('base64url')
        : undefined
  if (clientSecret === undefined)
    throw new ConfigError('IDP_CLIENT_SECRET', 'is required when the simulators are off')
  return {
    issuer,
    clientId:
      env.IDP_CLIENT_ID && env.IDP_CLIENT_ID !== '' ? env.IDP_CLIENT_ID : 'customs-trader-portal',
    clientSecret,
    scopes: (
      env.IDP_SCOPES ?? 'openid national_id profile_th profile_en birthdate address nationality'
    )
      .split(/\s+/)
      .filter(Boolean),
    claimMap: {
      ...DEFAULT_CLAIM_MAP,
      ...jsonRecord('IDP_CLAIM_MAP', env.IDP_CLAIM_MAP, {}, z.string().min(1)),
    },
    acrLevels: jsonRecord(
      'IDP_ACR_LEVELS',
      env.IDP_ACR_LEVELS,
      DEFAULT_ACR_LEVELS,
      z.number().min(0).max(3),
    ),
    minimumIal: parse(
      'IDP_MINIMUM_IAL',
      z.coerce.number().min(1).max(3),
      env.IDP_MINIMUM_IAL ?? '2.2',
    ),
    verificationTtlMinutes: parse(
      'VERIFICATION_TTL_MINUTES',
      z.coerce.number().int().min(1).max(60),
      env.VERIFICATION_TTL_MINUTES ?? '15',
    ),
    simulatorPort,
    timeoutMs: parse(
      'IDP_TIMEOUT_MS',
      z.coerce.number().int().min(100).max(60_000),
      env.IDP_TIMEOUT_MS ?? '5000',
    ),
  }
}
