import { createPrivateKey, generateKeyPairSync, randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { z } from 'zod'
import { ConfigError, parse, type Env } from './errors.js'

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

export interface StoredSecrets {
  session: { keyId: string; value: string }
  encryption: { keyId: string; value: string }
  hmac: { keyId: string; value: string }
  signing: { keyId: string; value: string }
}

/** The secrets as the environment (or DATA_DIR) gave them; the keys are decoded by keyedSecrets. */
export interface RawSecrets {
  /** DATA_DIR/secrets.json in the embedded mode; undefined in production. */
  stored: StoredSecrets | undefined
  session: KeyedSecret<string>
  encryption: KeyedSecret<string>
  hmac: KeyedSecret<string>
  signing: KeyedSecret<string>
  auditSigning: KeyedSecret<string>
}

const keyIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,64}$/, 'letters, digits, dot, dash or underscore, 1-64')

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

/**
 * SESSION_SECRET, ENCRYPTION_KEY, HMAC_KEY, SIGNING_KEY and AUDIT_SIGNING_KEY, each with its
 * *_ID; outside production a missing one comes from DATA_DIR.
 */
export function secretSettings(env: Env, production: boolean, dataDir: string): RawSecrets {
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
  return { stored, session, encryption, hmac, signing, auditSigning }
}

/** The secrets with the encryption and HMAC keys decoded (checked last, after every other variable). */
export function keyedSecrets(raw: RawSecrets): Secrets {
  const { session, encryption, hmac, signing, auditSigning } = raw
  return {
    session,
    encryption: {
      keyId: encryption.keyId,
      value: base64Key('ENCRYPTION_KEY', encryption.value, 32).subarray(0, 32),
    },
    hmac: { keyId: hmac.keyId, value: base64Key('HMAC_KEY', hmac.value, 32) },
    signing,
    auditSigning,
  }
}
