import assert from 'node:assert/strict'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { ConfigError, loadConfig } from './config.js'

const tmp = () => mkdtempSync(join(tmpdir(), 'ctp-config-'))

function productionEnv(): Record<string, string> {
  return {
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://app@db/ctp',
    PUBLIC_BASE_URL: 'https://ctp.example.go.th',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    SESSION_SECRET_ID: 's1',
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    ENCRYPTION_KEY_ID: 'e1',
    HMAC_KEY: randomBytes(32).toString('base64'),
    HMAC_KEY_ID: 'h1',
    SIGNING_KEY: generateKeyPairSync('ed25519')
      .privateKey.export({ format: 'pem', type: 'pkcs8' })
      .toString(),
    SIGNING_KEY_ID: 'k1',
    AUDIT_SIGNING_KEY: generateKeyPairSync('ed25519')
      .privateKey.export({ format: 'pem', type: 'pkcs8' })
      .toString(),
    AUDIT_SIGNING_KEY_ID: 'a1',
    IDP_ISSUER: 'https://ekyc.bank.example',
    IDP_CLIENT_SECRET: 'client-secret',
    SMTP_URL: 'smtp://mail.example:25',
    DBD_BASE_URL: 'https://api.dbd.example.go.th',
    LICENCE_REGISTRY_BASE_URL: 'https://licences.customs.example.go.th',
  }
}

function failsOn(env: Record<string, string>, variable: string) {
  assert.throws(
    () => loadConfig(env),
    (err: unknown) => err instanceof ConfigError && err.variable === variable,
  )
}

describe('configuration', () => {
  it('has safe defaults in the embedded mode and keeps generated secrets in DATA_DIR', () => {
    const dir = tmp()
    const a = loadConfig({ DATA_DIR: dir })
    assert.equal(a.port, 3000)
    assert.equal(a.host, '127.0.0.1')
    assert.equal(a.databaseUrl, undefined)
    assert.equal(a.simulators, true)
    assert.equal(a.publicBaseUrl, 'http://localhost:3000')
    assert.equal(statSync(join(dir, 'secrets.json')).mode & 0o777, 0o600)
    const b = loadConfig({ DATA_DIR: dir })
    assert.deepEqual(b.secrets.hmac, a.secrets.hmac)
    assert.match(readFileSync(join(dir, 'secrets.json'), 'utf8'), /BEGIN PRIVATE KEY/)
  })

  it('names the variable when a value is invalid', () => {
    failsOn({ DATA_DIR: tmp(), PORT: 'abc' }, 'PORT')
    failsOn({ DATA_DIR: tmp(), NODE_ENV: 'staging' }, 'NODE_ENV')
    failsOn({ DATA_DIR: tmp(), DATABASE_URL: 'mysql://x' }, 'DATABASE_URL')
    failsOn({ DATA_DIR: tmp(), PUBLIC_BASE_URL: 'not a url' }, 'PUBLIC_BASE_URL')
  })

  it('accepts a complete production configuration', () => {
    const config = loadConfig(productionEnv())
    assert.equal(config.simulators, false)
    assert.equal(config.secrets.signing.keyId, 'k1')
  })

  it('requires every production setting, naming the missing one', () => {
    for (const name of [
      'DATABASE_URL',
      'PUBLIC_BASE_URL',
      'SESSION_SECRET',
      'ENCRYPTION_KEY',
      'HMAC_KEY',
      'SIGNING_KEY',
      'SIGNING_KEY_ID',
      'AUDIT_SIGNING_KEY',
      'AUDIT_SIGNING_KEY_ID',
      'IDP_ISSUER',
      'IDP_CLIENT_SECRET',
      'SMTP_URL',
      'DBD_BASE_URL',
      'LICENCE_REGISTRY_BASE_URL',
    ]) {
      const env = Object.fromEntries(Object.entries(productionEnv()).filter(([k]) => k !== name))
      failsOn(env, name)
    }
  })

  it('refuses plain http, short keys and simulators in production', () => {
    failsOn({ ...productionEnv(), PUBLIC_BASE_URL: 'http://ctp.example.go.th' }, 'PUBLIC_BASE_URL')
    failsOn(
      { ...productionEnv(), ENCRYPTION_KEY: randomBytes(16).toString('base64') },
      'ENCRYPTION_KEY',
    )
    failsOn({ ...productionEnv(), SIMULATORS: 'true' }, 'SIMULATORS')
    failsOn({ ...productionEnv(), IDP_ISSUER: 'http://ekyc.bank.example' }, 'IDP_ISSUER')
  })

  it('points at the bundled simulator in the embedded mode, on the next port', () => {
    const config = loadConfig({ DATA_DIR: tmp(), PORT: '4100' })
    assert.equal(config.idp.issuer, 'http://localhost:4101')
    assert.equal(config.idp.simulatorPort, 4101)
    assert.equal(config.idp.minimumIal, 2.2)
    assert.equal(config.idp.claimMap.nationalId, 'national_id')
  })

  it('reads a claim mapping and acr levels for another provider', () => {
    const config = loadConfig({
      DATA_DIR: tmp(),
      IDP_CLAIM_MAP: '{"nationalId":"pid"}',
      IDP_ACR_LEVELS: '{"urn:x:high":2.3}',
    })
    assert.equal(config.idp.claimMap.nationalId, 'pid')
    assert.equal(config.idp.claimMap.firstNameTh, 'given_name_th')
    assert.deepEqual(config.idp.acrLevels, { 'urn:x:high': 2.3 })
    failsOn({ DATA_DIR: tmp(), IDP_CLAIM_MAP: 'nope' }, 'IDP_CLAIM_MAP')
  })

  it('trusts only the listed proxies: TRUST_PROXY=true and hop counts stop the start', () => {
    assert.equal(loadConfig({ DATA_DIR: tmp() }).trustProxy, false)
    assert.deepEqual(
      loadConfig({ DATA_DIR: tmp(), TRUST_PROXY: '10.0.0.1, 10.1.0.0/16,::1,loopback' }).trustProxy,
      ['10.0.0.1', '10.1.0.0/16', '::1', 'loopback'],
    )
    for (const bad of ['true', '1', '2', '10.0.0.0/33', 'proxy.example', '10.0.0.1,nope']) {
      failsOn({ DATA_DIR: tmp(), TRUST_PROXY: bad }, 'TRUST_PROXY')
      failsOn({ ...productionEnv(), TRUST_PROXY: bad }, 'TRUST_PROXY')
    }
    assert.throws(
      () => loadConfig({ ...productionEnv(), TRUST_PROXY: 'true' }),
      /TRUST_PROXY: true would believe the left-most X-Forwarded-For address/,
    )
  })

  it('has a per-address ceiling of posts beside the per-session limit', () => {
    const config = loadConfig({ DATA_DIR: tmp() })
    assert.deepEqual(config.rateLimits, {
      postsPerMinute: 60,
      readsPerMinute: 600,
      postsPerMinutePerAddress: 300,
    })
    const set = loadConfig({ DATA_DIR: tmp(), RATE_LIMIT_ADDRESS_POSTS_PER_MINUTE: '1000' })
    assert.equal(set.rateLimits.postsPerMinutePerAddress, 1000)
    failsOn(
      { DATA_DIR: tmp(), RATE_LIMIT_ADDRESS_POSTS_PER_MINUTE: '0' },
      'RATE_LIMIT_ADDRESS_POSTS_PER_MINUTE',
    )
    failsOn({ DATA_DIR: tmp(), RATE_LIMIT_POSTS_PER_MINUTE: 'many' }, 'RATE_LIMIT_POSTS_PER_MINUTE')
  })

  it('keeps /metrics off the public listener in production unless METRICS_TOKEN is set', () => {
    assert.equal(loadConfig({ DATA_DIR: tmp() }).metrics.publicListener, 'open')
    assert.equal(loadConfig(productionEnv()).metrics.publicListener, 'off')
    const token = 'a'.repeat(40)
    const withToken = loadConfig({ ...productionEnv(), METRICS_TOKEN: token })
    assert.equal(withToken.metrics.publicListener, 'token')
    assert.equal(withToken.metrics.token, token)
    const port = loadConfig({ ...productionEnv(), METRICS_PORT: '9464' }).metrics
    assert.deepEqual(
      { publicListener: port.publicListener, port: port.port, host: port.host },
      { publicListener: 'off', port: 9464, host: '127.0.0.1' },
    )
    assert.equal(
      loadConfig({ DATA_DIR: tmp(), METRICS_PORT: '9464' }).metrics.publicListener,
      'off',
    )
    failsOn({ ...productionEnv(), METRICS_TOKEN: 'short' }, 'METRICS_TOKEN')
    failsOn({ ...productionEnv(), METRICS_PORT: 'x' }, 'METRICS_PORT')
  })
})
