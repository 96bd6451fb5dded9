import { resolve } from 'node:path'
import { z } from 'zod'
import { dbdSettings, type DbdConfig } from './config/dbd.js'
import { licenceRegistrySettings, type LicenceRegistryConfig } from './config/licence-registry.js'
import { ConfigError, parse, portSchema, type Env } from './config/errors.js'
import { idpSettings, type IdpConfig } from './config/identity-provider.js'
import { mailSettings, type MailConfig } from './config/mail.js'
import {
  networkSettings,
  type MetricsConfig,
  type RateLimits,
  type TrustProxy,
} from './config/network.js'
import { pdpaSettings, type PdpaConfig } from './config/pdpa.js'
import { staffSsoSettings, type StaffSsoConfig } from './config/staff-sso.js'
import { paymentsSettings, type PaymentsConfig } from './config/payments.js'
import { keyedSecrets, secretSettings, type Secrets } from './config/secrets.js'

// The typed environment. Each concern reads its own variables in src/config/ (secrets, the
// identity provider, mail, DBD, PDPA, the network); loadConfig() calls them in a fixed order,
// so the first bad variable is the one named. Nothing here imports a feature.

export { ConfigError } from './config/errors.js'
export type { DbdConfig } from './config/dbd.js'
export type { LicenceRegistryConfig } from './config/licence-registry.js'
export {
  DEFAULT_ACR_LEVELS,
  DEFAULT_CLAIM_MAP,
  type IdpConfig,
} from './config/identity-provider.js'
export type { MailConfig } from './config/mail.js'
export type { PdpaConfig } from './config/pdpa.js'
export type { StaffSsoConfig } from './config/staff-sso.js'
export type { PaymentsConfig } from './config/payments.js'
export type { KeyedSecret, Secrets } from './config/secrets.js'

export interface Config {
  env: 'development' | 'production' | 'test'
  port: number
  host: string
  dataDir: string
  databaseUrl: string | undefined
  databasePoolSize: number
  /** A query unanswered this long drops its connection (the request gets a 503); 0: never. */
  databaseQueryDeadlineMs: number
  publicBaseUrl: string
  logLevel: string
  /** Which X-Forwarded-For entries to believe (src/config/network.ts); never the client's own. */
  trustProxy: TrustProxy
  rateLimits: RateLimits
  metrics: MetricsConfig
  /** Bundled simulators (identity provider, registry, mail viewer); never in production. */
  simulators: boolean
  secrets: Secrets
  idp: IdpConfig
  mail: MailConfig
  dbd: DbdConfig
  /** The customs-broker licence registry (LICENCE_REGISTRY_*, or its SIMULATOR). */
  licenceRegistry: LicenceRegistryConfig
  pdpa: PdpaConfig
  /** The agency's SSO for officers (STAFF_SSO_*); undefined when it is not configured. */
  staffSso: StaffSsoConfig | undefined
  /** The payment gateway (PromptPay bill payment); undefined when not configured. */
  payments: PaymentsConfig | undefined
}

/** Reads and checks the configuration; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = parse(
    'NODE_ENV',
    z.enum(['development', 'production', 'test']),
    env.NODE_ENV && env.NODE_ENV !== '' ? env.NODE_ENV : 'development',
  )
  const production = nodeEnv === 'production'
  const port = parse('PORT', portSchema, env.PORT ?? '3000')
  const host = parse('HOST', z.string().min(1), env.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'))
  const dataDir = resolve(env.DATA_DIR ?? './data')
  const databaseUrl = env.DATABASE_URL && env.DATABASE_URL !== '' ? env.DATABASE_URL : undefined
  if (databaseUrl !== undefined) {
    parse(
      'DATABASE_URL',
      z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://'),
      databaseUrl,
    )
  } else if (production) {
    throw new ConfigError(
      'DATABASE_URL',
      'is required in production (the embedded database is for development only)',
    )
  }
  const databasePoolSize = parse(
    'DATABASE_POOL_SIZE',
    z.coerce.number().int().min(1).max(200),
    env.DATABASE_POOL_SIZE ?? '10',
  )
  const databaseQueryDeadlineMs = parse(
    'DATABASE_QUERY_DEADLINE_MS',
    z.coerce.number().int().min(0).max(600_000),
    env.DATABASE_QUERY_DEADLINE_MS ?? '5000',
  )

  const defaultBase = `http://localhost:${port}`
  const publicBaseUrl = parse(
    'PUBLIC_BASE_URL',
    z.url({
      protocol: production ? /^https$/ : /^https?$/,
      error: production ? 'must be an https:// URL in production' : 'must be an http(s):// URL',
    }),
    env.PUBLIC_BASE_URL && env.PUBLIC_BASE_URL !== ''
      ? env.PUBLIC_BASE_URL
      : production
        ? undefined
        : defaultBase,
  ).replace(/\/+$/, '')

  const logLevel = parse(
    'LOG_LEVEL',
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
  )
  const network = networkSettings(env, production, (variable, message) => {
    throw new ConfigError(variable, message)
  })

  const simulators = env.SIMULATORS === undefined ? !production : env.SIMULATORS === 'true'
  if (production && simulators) {
    throw new ConfigError('SIMULATORS', 'the simulators can never run in production')
  }

  const secrets = secretSettings(env, production, dataDir)
  const idp = idpSettings(env, { simulators, port, publicBaseUrl, stored: secrets.stored })
  const mail = mailSettings(env, production)
  const dbd = dbdSettings(env, simulators)
  const licenceRegistry = licenceRegistrySettings(env, { simulators, production })
  const pdpa = pdpaSettings(env)
  const payments = paymentsSettings(env, simulators)
  const staffSso = staffSsoSettings(env, {
    simulators,
    port,
    publicBaseUrl,
    stored: secrets.stored,
  })

  return {
    env: nodeEnv,
    port,
    host,
    dataDir,
    databaseUrl,
    databasePoolSize,
    databaseQueryDeadlineMs,
    publicBaseUrl,
    logLevel,
    trustProxy: network.trustProxy,
    rateLimits: network.rateLimits,
    metrics: network.metrics,
    simulators,
    secrets: keyedSecrets(secrets),
    idp,
    mail,
    dbd,
    licenceRegistry,
    pdpa,
    staffSso,
    payments,
  }
}
