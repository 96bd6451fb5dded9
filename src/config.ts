import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { z } from 'zod'

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
}

export interface Config {
  env: 'development' | 'production' | 'test'
  port: number
  host: string
  dataDir: string
  databaseUrl: string | undefined
  databasePoolSize: number
  publicBaseUrl: string
  logLevel: string
  trustProxy: boolean
  /** Bundled simulators (identity provider, registry, mail viewer); never in production. */
  simulators: boolean
  secrets: Secrets
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
const keyIdSchema = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'letters, digits, dot, dash or underscore, 1-64')

function parse<T>(variable: string, schema: z.ZodType<T>, raw: unknown): T {
  const result = schema.safeParse(raw)
  if (!result.success) {
    throw new ConfigError(variable, result.error.issues.map((i) => i.message).join('; '))
  }
  return result.data
}

function base64Key(variable: string, raw: string, minBytes: number): Buffer {
  const buf = Buffer.from(raw, 'base64')
  if (buf.length < minBytes || buf.toString('base64').replace(/=+$/, '') !== raw.replace(/=+$/, '')) {
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

function secretFromEnv(env: Env, name: string, fallback: { keyId: string; value: string } | undefined) {
  const value = env[name]
  const keyIdName = `${name}_ID`
  if (value === undefined || value === '') {
    if (!fallback) throw new ConfigError(name, 'is required in production')
    return fallback
  }
  const keyId = env[keyIdName]
  if (keyId === undefined || keyId === '') throw new ConfigError(keyIdName, `is required when ${name} is set`)
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
    parse('DATABASE_URL', z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://'), databaseUrl)
  } else if (production) {
    throw new ConfigError('DATABASE_URL', 'is required in production (the embedded database is for development only)')
  }
  const databasePoolSize = parse('DATABASE_POOL_SIZE', z.coerce.number().int().min(1).max(200), env.DATABASE_POOL_SIZE ?? '10')

  const defaultBase = `http://localhost:${port}`
  const publicBaseUrl = parse(
    'PUBLIC_BASE_URL',
    z.url({ protocol: production ? /^https$/ : /^https?$/, error: production ? 'must be an https:// URL in production' : 'must be an http(s):// URL' }),
    env.PUBLIC_BASE_URL && env.PUBLIC_BASE_URL !== '' ? env.PUBLIC_BASE_URL : production ? undefined : defaultBase,
  ).replace(/\/+$/, '')

  const logLevel = parse(
    'LOG_LEVEL',
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
  )
  const trustProxy = parse('TRUST_PROXY', z.enum(['true', 'false']), env.TRUST_PROXY ?? 'false') === 'true'

  const simulatorsRequested = env.SIMULATORS === undefined ? !production : env.SIMULATORS === 'true'
  if (production && simulatorsRequested) {
    throw new ConfigError('SIMULATORS', 'the simulators can never run in production')
  }

  const stored = production ? undefined : embeddedSecrets(dataDir)
  const session = secretFromEnv(env, 'SESSION_SECRET', stored?.session)
  if (session.value.length < 32) throw new ConfigError('SESSION_SECRET', 'must be at least 32 characters')
  const encryption = secretFromEnv(env, 'ENCRYPTION_KEY', stored?.encryption)
  const hmac = secretFromEnv(env, 'HMAC_KEY', stored?.hmac)
  const signing = secretFromEnv(env, 'SIGNING_KEY', stored?.signing)
  if (!signing.value.includes('BEGIN PRIVATE KEY')) {
    throw new ConfigError('SIGNING_KEY', 'must be an Ed25519 private key in PKCS#8 PEM form')
  }

  return {
    env: nodeEnv,
    port,
    host,
    dataDir,
    databaseUrl,
    databasePoolSize,
    publicBaseUrl,
    logLevel,
    trustProxy,
    simulators: simulatorsRequested,
    secrets: {
      session,
      encryption: { keyId: encryption.keyId, value: base64Key('ENCRYPTION_KEY', encryption.value, 32).subarray(0, 32) },
      hmac: { keyId: hmac.keyId, value: base64Key('HMAC_KEY', hmac.value, 32) },
      signing,
    },
  }
}
