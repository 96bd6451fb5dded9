import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose'
import { DEFAULT_ACR_LEVELS, DEFAULT_CLAIM_MAP, type IdpConfig } from '../../config.js'
import {
  createRelyingParty,
  ProviderErrorAnswer,
  ProviderResponseError,
  ProviderUnavailableError,
} from './relying-party.js'

// A minimal provider whose answers each test shapes, to prove what the relying party refuses.
let server: Server
let issuer: string
let goodKey: CryptoKey
let evilKey: CryptoKey
let publicJwk: Record<string, unknown>
let answer: {
  key: 'good' | 'evil' | 'none'
  nonce?: string
  iss?: string
  exp?: number
  aud?: string
} = {
  key: 'good',
}

before(async () => {
  const good = await generateKeyPair('EdDSA', { crv: 'Ed25519' })
  goodKey = good.privateKey
  evilKey = (await generateKeyPair('EdDSA', { crv: 'Ed25519' })).privateKey
  publicJwk = { ...(await exportJWK(good.publicKey)), kid: 'k1', alg: 'EdDSA', use: 'sig' }
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', issuer)
    const json = (body: unknown) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    if (url.pathname === '/.well-known/openid-configuration') {
      return json({
        issuer,
        authorization_endpoint: `${issuer}/auth`,
        token_endpoint: `${issuer}/token`,
        userinfo_endpoint: `${issuer}/me`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        id_token_signing_alg_values_supported: ['EdDSA'],
        authorization_response_iss_parameter_supported: true,
        code_challenge_methods_supported: ['S256'],
      })
    }
    if (url.pathname === '/jwks') return json({ keys: [publicJwk] })
    if (url.pathname === '/me') return json({ sub: 'subject-1', national_id: '1103702071561' })
    if (url.pathname === '/token') {
      const now = Math.floor(Date.now() / 1000)
      const claims = {
        nonce: answer.nonce ?? 'n-1',
        acr: 'urn:th:etda:ial:2.3',
        iss: answer.iss ?? issuer,
        sub: 'subject-1',
        aud: answer.aud ?? 'client-1',
        iat: now - 5,
        exp: answer.exp ?? now + 300,
      }
      if (answer.key === 'none') {
        // An unsigned token: header alg "none" and an empty signature.
        const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url')
        json({
          access_token: 'at-1',
          token_type: 'Bearer',
          expires_in: 300,
          id_token: `${part({ alg: 'none' })}.${part(claims)}.`,
        })
        return undefined
      }
      void new SignJWT(claims)
        .setProtectedHeader({ alg: 'EdDSA', kid: 'k1' })
        .sign(answer.key === 'good' ? goodKey : evilKey)
        .then((idToken) =>
          json({ access_token: 'at-1', token_type: 'Bearer', expires_in: 300, id_token: idToken }),
        )
      return undefined
    }
    res.writeHead(404).end()
    return undefined
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
after(() => new Promise<void>((resolve) => server.close(() => resolve())))

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
  new URL(
    `http://localhost:3000/ekyc/callback?${new URLSearchParams({ code: 'c-1', state: 's-1', iss: issuer, ...params })}`,
  )

describe('the relying party refuses what a forger sends', () => {
  it('accepts a well-formed answer and sends PKCE S256, state and nonce', async () => {
    answer = { key: 'good' }
    const url = new URL(await rp().authorizationUrl(checks))
    assert.equal(url.searchParams.get('code_challenge_method'), 'S256')
    assert.equal(url.searchParams.get('state'), 's-1')
    assert.equal(url.searchParams.get('nonce'), 'n-1')
    const identity = await rp().complete(callback(), checks)
    assert.equal(identity.subject, 'subject-1')
    assert.equal(identity.claims.national_id, '1103702071561')
  })

  it('refuses an ID token signed by a key the provider does not publish, and an unsigned one', async () => {
    answer = { key: 'evil' }
    await assert.rejects(rp().complete(callback(), checks), ProviderResponseError)
    answer = { key: 'none' }
    await assert.rejects(rp().complete(callback(), checks), ProviderResponseError)
  })

  it('refuses a wrong nonce, a foreign issuer, another audience and an expired token', async () => {
    for (const bad of [
      { nonce: 'other' },
      { iss: 'https://evil.example' },
      { aud: 'someone-else' },
      { exp: Math.floor(Date.now() / 1000) - 600 },
    ]) {
      answer = { key: 'good', ...bad }
      await assert.rejects(
        rp().complete(callback(), checks),
        ProviderResponseError,
        JSON.stringify(bad),
      )
    }
  })

  it('refuses a callback whose state or iss parameter is not the expected one', async () => {
    answer = { key: 'good' }
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
