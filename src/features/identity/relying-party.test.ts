import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { DEFAULT_ACR_LEVELS, DEFAULT_CLAIM_MAP, type IdpConfig } from '../../config.js'
import {
  startTestProvider,
  testCallback,
  type TestProvider,
} from '../../platform/oidc/test-support/provider.js'
import {
  createRelyingParty,
  ProviderErrorAnswer,
  ProviderResponseError,
  ProviderUnavailableError,
} from './relying-party.js'

// A minimal provider whose answers each test shapes, to prove what the relying party refuses.
let provider: TestProvider
let issuer: string
before(async () => {
  provider = await startTestProvider()
  issuer = provider.issuer
})
after(() => provider.close())

function rp(overrides: Partial<IdpConfig> = {}) {
  const idp: IdpConfig = {
    issuer,
    clientId: 'client-1',
    clientSecret: 'secret',
    scopes: ['openid'],
    claimMap: DEFAULT_CLAIM_MAP,
    acrLevels: DEFAULT_ACR_LEVELS,
    minimumIal: 2.2,
    verificationTtlMinutes: 15,
    simulatorPort: undefined,
    timeoutMs: 2000,
    ...overrides,
  }
  return createRelyingParty(idp, 'http://localhost:3000/ekyc/callback')
}

const checks = { state: 's-1', nonce: 'n-1', codeVerifier: 'v'.repeat(43) }
const callback = (params: Record<string, string> = {}) =>
  testCallback(provider, params, 'http://localhost:3000/ekyc/callback')

describe('the relying party refuses what a forger sends', () => {
  it('accepts a well-formed answer and sends PKCE S256, state and nonce', async () => {
    provider.answer = { key: 'good' }
    const url = new URL(await rp().authorizationUrl(checks))
    assert.equal(url.searchParams.get('code_challenge_method'), 'S256')
    assert.equal(url.searchParams.get('state'), 's-1')
    assert.equal(url.searchParams.get('nonce'), 'n-1')
    const identity = await rp().complete(callback(), checks)
    assert.equal(identity.subject, 'subject-1')
    assert.equal(identity.claims.national_id, '1103702071561')
  })

  it("lets userinfo's word stand where the ID token names the same claim", async () => {
    provider.answer = {
      key: 'good',
      idToken: { name: 'Token Name', national_id: '3100600129889' },
      userinfo: { name: 'Bank Name' },
    }
    const identity = await rp().complete(callback(), checks)
    assert.equal(identity.claims.name, 'Bank Name')
    assert.equal(identity.claims.national_id, '1103702071561')
    assert.equal(identity.acr, 'urn:th:etda:ial:2.3', 'the assurance is read from the ID token')
  })

  it('refuses an ID token signed by a key the provider does not publish, and an unsigned one', async () => {
    provider.answer = { key: 'evil' }
    await assert.rejects(rp().complete(callback(), checks), ProviderResponseError)
    provider.answer = { key: 'none' }
    await assert.rejects(rp().complete(callback(), checks), ProviderResponseError)
  })

  it('refuses a wrong nonce, a foreign issuer, another audience and an expired token', async () => {
    for (const bad of [
      { nonce: 'other' },
      { iss: 'https://evil.example' },
      { aud: 'someone-else' },
      { exp: Math.floor(Date.now() / 1000) - 600 },
    ]) {
      provider.answer = { key: 'good', ...bad }
      await assert.rejects(
        rp().complete(callback(), checks),
        ProviderResponseError,
        JSON.stringify(bad),
      )
    }
  })

  it('refuses a callback whose state or iss parameter is not the expected one', async () => {
    provider.answer = { key: 'good' }
    await assert.rejects(
      rp().complete(callback({ state: 'forged' }), checks),
      ProviderResponseError,
    )
    await assert.rejects(
      rp().complete(callback({ iss: 'https://evil.example' }), checks),
      ProviderResponseError,
    )
  })

  it('turns an error answer into its own error only after checking state and issuer', async () => {
    await assert.rejects(
      rp().complete(callback({ error: 'access_denied', code: '' }), checks),
      ProviderErrorAnswer,
    )
    await assert.rejects(
      rp().complete(callback({ error: 'access_denied', state: 'forged' }), checks),
      ProviderResponseError,
    )
  })

  it('reports an unreachable provider as unavailable', async () => {
    await assert.rejects(
      rp({ issuer: 'http://127.0.0.1:9' }).authorizationUrl(checks),
      ProviderUnavailableError,
    )
  })
})
