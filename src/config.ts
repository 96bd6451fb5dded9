import { createHmac, createPrivateKey, generateKeyPairSync, randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { z } from 'zod'
import {
  networkSettings,
  type MetricsConfig,
  type RateLimits,
  type TrustProxy,
} from './config-network.js'
import {
  RETENTION_DEFAULT_DAYS,
  RETENTION_KINDS,
  type RetentionKind,
} from './platform/retention-kinds.js'

/** A secret together with the id that names it, so that keys can rotate. */
export interface KeyedSecret<T> {
  keyId: string
  value: T
}

export interface Secrets {
  session: KeyedSecret<string>
  encryption: KeyedSecret<Buffer>
  hmac: KeyedSecret<Buffer>
  /** Ed25519 private key, PKCS#8 PEM. */
  signing: KeyedSecret<string>
  /** Ed25519 private key, PKCS#8 PEM, that signs audit checkpoints; never stored in the database. */
  auditSigning: KeyedSecret<string>
}

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

/** The business registry (DBD). Without a base URL the bundled synthetic registry answers. */
export interface DbdConfig {
  baseUrl: string | undefined
  apiKey: string
  timeoutMs: number
  retries: number
  cacheTtlMs: number
  /** Seed of the synthetic registry (simulators only). */
  syntheticSeed: number
}

export interface MailConfig {
  smtpUrl: string | undefined
  from: string
}

/** Personal data protection: the data-protection officer's mailbox and retention periods. */
export interface PdpaConfig {
  /** Where reminders of data-subject requests go. */
  dpoEmail: string
  /** Days each kind of short-lived record is kept (src/platform/retention-kinds.ts). */
  retentionDays: Record<RetentionKind, number>
}

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
  /** Which X-Forwarded-For entries to believe (src/config-network.ts); never the client's own. */
  trustProxy: TrustProxy
  rateLimits: RateLimits
  metrics: MetricsConfig
  /** Bundled simulators (identity provider, registry, mail viewer); never in production. */
  simulators: boolean
  secrets: Secrets
  idp: IdpConfig
  mail: MailConfig
  dbd: DbdConfig
  pdpa: PdpaConfig
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

function jsonRecord<T>(
  variable: string,
  raw: string | undefined,
  fallback: Record<string, T>,
  valueSchema: z.ZodType<T>,
): Record<string, T> {
  if (raw === undefined || raw === '') return fallback
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    throw new ConfigError(variable, 'must be a JSON object')
  }
  return parse(variable, z.record(z.string(), valueSchema), parsed)
}

/** Raised when the environment is invalid; names the variable so that the operator can fix it. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`)
    this.name = 'ConfigError'
  }
}

type Env = Record<string, string | undefined>

const portSchema = z.coerce.number().int().min(0).max(65535)
const keyIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,64}$/, 'letters, digits, dot, dash or underscore, 1-64')

function parse<T>(variable: string, schema: z.ZodType<T>, raw: unknown): T {
  const result = schema.safeParse(raw)
  if (!result.success) {
    throw new ConfigError(variable, result.error.issues.map((i) => i.message).join('; '))
  }
  return result.data
}

function base64Key(variable: string, raw: string, minBytes: number): Buffer {
  const buf = Buffer.from(raw, 'base64')
  if (
    buf.length < minBytes ||
    buf.toString('base64').replace(/=+$/, '') !== raw.replace(/=+$/, '')
  ) {
    throw new ConfigError(variable, `must be base64 of at least ${minBytes} random bytes`)
  }
  return buf
}

interface StoredSecrets {
  session: { keyId: string; value: string }
  encryption: { keyId: string; value: string }
  hmac: { keyId: string; value: string }
  signing: { keyId: string; value: string }
}

function generateSecrets(): StoredSecrets {
  const stamp = new Date().toISOString().slice(0, 10).replaceAll('-', '')
  const { privateKey } = generateKeyPairSync('ed25519')
  return {
    session: { keyId: `session-${stamp}`, value: randomBytes(48).toString('base64url') },
    encryption: { keyId: `enc-${stamp}`, value: randomBytes(32).toString('base64') },
    hmac: { keyId: `hmac-${stamp}`, value: randomBytes(32).toString('base64') },
    signing: {
      keyId: `sig-${stamp}`,
      value: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    },
  }
}

/** In the embedded mode the secrets live in DATA_DIR/secrets.json, created on first start. */
function embeddedSecrets(dataDir: string): StoredSecrets {
  const file = resolve(dataDir, 'secrets.json')
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(file, JSON.stringify(generateSecrets(), null, 2), { mode: 0o600 })
    chmodSync(file, 0o600)
  }
  return JSON.parse(readFileSync(file, 'utf8')) as StoredSecrets
}

/**
 * The development audit signing key, in its own file in DATA_DIR (created on first use), so
 * that data directories made before it existed get one too.
 */
function embeddedAuditKey(dataDir: string): { keyId: string; value: string } {
  const file = resolve(dataDir, 'audit-signing-key.json')
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true })
    const stamp = new Date().toISOString().slice(0, 10).replaceAll('-', '')
    const { privateKey } = generateKeyPairSync('ed25519')
    const key = {
      keyId: `audit-${stamp}`,
      value: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    }
    try {
      writeFileSync(file, JSON.stringify(key, null, 2), { mode: 0o600, flag: 'wx' })
    } catch (err) {
      // Another process started at the same moment and wrote it first: use theirs.
      if ((err as { code?: string }).code !== 'EEXIST') throw err
    }
  }
  return JSON.parse(readFileSync(file, 'utf8')) as { keyId: string; value: string }
}

function isEd25519Pem(pem: string): boolean {
  try {
    return createPrivateKey(pem).asymmetricKeyType === 'ed25519'
  } catch {
    return false
  }
}

function secretFromEnv(
  env: Env,
  name: string,
  fallback: { keyId: string; value: string } | undefined,
) {
  const value = env[name]
  const keyIdName = `${name}_ID`
  if (value === undefined || value === '') {
    if (!fallback) throw new ConfigError(name, 'is required in production')
    return fallback
  }
  const keyId = env[keyIdName]
  if (keyId === undefined || keyId === '')
    throw new ConfigError(keyIdName, `is required when ${name} is set`)
  return { keyId: parse(keyIdName, keyIdSchema, keyId), value }
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

  const simulatorsRequested = env.SIMULATORS === undefined ? !production : env.SIMULATORS === 'true'
  if (production && simulatorsRequested) {
    throw new ConfigError('SIMULATORS', 'the simulators can never run in production')
  }

  const stored = production ? undefined : embeddedSecrets(dataDir)
  const session = secretFromEnv(env, 'SESSION_SECRET', stored?.session)
  if (session.value.length < 32)
    throw new ConfigError('SESSION_SECRET', 'must be at least 32 characters')
  const encryption = secretFromEnv(env, 'ENCRYPTION_KEY', stored?.encryption)
  const hmac = secretFromEnv(env, 'HMAC_KEY', stored?.hmac)
  const signing = secretFromEnv(env, 'SIGNING_KEY', stored?.signing)
  if (!signing.value.includes('BEGIN PRIVATE KEY')) {
    throw new ConfigError('SIGNING_KEY', 'must be an Ed25519 private key in PKCS#8 PEM form')
  }
  const auditSigning = secretFromEnv(
    env,
    'AUDIT_SIGNING_KEY',
    production ? undefined : embeddedAuditKey(dataDir),
  )
  if (!isEd25519Pem(auditSigning.value))
    throw new ConfigError('AUDIT_SIGNING_KEY', 'must be an Ed25519 private key in PKCS#8 PEM form')
  if (auditSigning.value.trim() === signing.value.trim())
    throw new ConfigError('AUDIT_SIGNING_KEY', 'must be a different key from SIGNING_KEY')

  const simulatorPort = simulatorsRequested
    ? parse(
        'IDP_SIMULATOR_PORT',
        portSchema,
        env.IDP_SIMULATOR_PORT ?? String(port === 0 ? 0 : port + 1),
      )
    : undefined
  const publicHost = new URL(publicBaseUrl).hostname
  const issuerRaw = env.IDP_ISSUER && env.IDP_ISSUER !== '' ? env.IDP_ISSUER : undefined
  if (issuerRaw === undefined && !simulatorsRequested)
    throw new ConfigError('IDP_ISSUER', 'is required when the simulators are off')
  const issuer = parse(
    'IDP_ISSUER',
    z.url({
      protocol: simulatorsRequested ? /^https?$/ : /^https$/,
      error: 'must be an https:// URL (plain http only for the simulator)',
    }),
    issuerRaw ?? `http://${publicHost}:${simulatorPort ?? 0}`,
  ).replace(/\/+$/, '')
  const clientSecret =
    env.IDP_CLIENT_SECRET && env.IDP_CLIENT_SECRET !== ''
      ? env.IDP_CLIENT_SECRET
      : simulatorsRequested && stored
        ? createHmac('sha256', stored.session.value)
            .update('ekyc-simulator-client')
            .digest('base64url')
        : undefined
  if (clientSecret === undefined)
    throw new ConfigError('IDP_CLIENT_SECRET', 'is required when the simulators are off')
  const idp: IdpConfig = {
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
  const smtpUrl =
    env.SMTP_URL && env.SMTP_URL !== ''
      ? parse(
          'SMTP_URL',
          z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://'),
          env.SMTP_URL,
        )
      : undefined
  if (production && smtpUrl === undefined)
    throw new ConfigError('SMTP_URL', 'is required in production')
  const mail: MailConfig = {
    smtpUrl,
    from:
      env.MAIL_FROM && env.MAIL_FROM !== ''
        ? env.MAIL_FROM
        : 'Customs Trader Portal <no-reply@customs.go.th>',
  }

  const dbdBaseUrl =
    env.DBD_BASE_URL && env.DBD_BASE_URL !== ''
      ? parse('DBD_BASE_URL', z.url({ protocol: /^https?$/ }), env.DBD_BASE_URL)
      : undefined
  if (dbdBaseUrl === undefined && !simulatorsRequested)
    throw new ConfigError('DBD_BASE_URL', 'is required when the simulators are off')
  const dbd: DbdConfig = {
    baseUrl: dbdBaseUrl,
    apiKey: env.DBD_API_KEY ?? '',
    timeoutMs: parse(
      'DBD_TIMEOUT_MS',
      z.coerce.number().int().min(100).max(60_000),
      env.DBD_TIMEOUT_MS ?? '3000',
    ),
    retries: parse('DBD_RETRIES', z.coerce.number().int().min(0).max(5), env.DBD_RETRIES ?? '2'),
    cacheTtlMs:
      parse(
        'DBD_CACHE_TTL_SECONDS',
        z.coerce.number().int().min(0).max(86_400),
        env.DBD_CACHE_TTL_SECONDS ?? '300',
      ) * 1000,
    syntheticSeed: parse(
      'DBD_SYNTHETIC_SEED',
      z.coerce.number().int().min(1),
      env.DBD_SYNTHETIC_SEED ?? '1',
    ),
  }

  const retentionOverrides = jsonRecord(
    'RETENTION_DAYS',
    env.RETENTION_DAYS,
    {},
    z.number().int().min(1).max(36_500),
  )
  for (const kind of Object.keys(retentionOverrides)) {
    if (!(RETENTION_KINDS as readonly string[]).includes(kind))
      throw new ConfigError(
        'RETENTION_DAYS',
        `unknown kind ${kind}; known: ${RETENTION_KINDS.join(', ')}`,
      )
  }
  const pdpa: PdpaConfig = {
    dpoEmail: parse('DPO_EMAIL', z.email(), env.DPO_EMAIL ?? 'dpo@customs.go.th'),
    retentionDays: { ...RETENTION_DEFAULT_DAYS, ...retentionOverrides },
  }

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
    simulators: simulatorsRequested,
    secrets: {
      session,
      encryption: {
        keyId: encryption.keyId,
        value: base64Key('ENCRYPTION_KEY', encryption.value, 32).subarray(0, 32),
      },
      hmac: { keyId: hmac.keyId, value: base64Key('HMAC_KEY', hmac.value, 32) },
      signing,
      auditSigning,
    },
    idp,
    mail,
    dbd,
    pdpa,
  }
}
