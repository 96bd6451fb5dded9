import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createOidcClient, mergeClaims, type OidcClientOptions } from './client.js'
import { startTestProvider, testCallback, type TestProvider } from './test-support/provider.js'

class Unavailable extends Error {}
class Refused extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message)
  }
}
class Answered extends Error {}

let provider: TestProvider
before(async () => {
  provider = await startTestProvider()
})
after(() => provider.close())

const client = (over: Partial<OidcClientOptions> = {}) =>
  createOidcClient({
    provider: {
      issuer: provider.issuer,
      clientId: 'client-1',
      clientSecret: 'secret',
      scopes: ['openid'],
      timeoutMs: 2000,
    },
    redirectUri: 'http://localhost:3000/callback',
    claimsPrecedence: 'userinfo',
    errors: { unavailable: Unavailable, response: Refused },
    ...over,
  })
const checks = { state: 's-1', nonce: 'n-1', codeVerifier: 'v'.repeat(43) }

describe('the OIDC client', () => {
  it('merges the ID token and userinfo with the chosen one laid last', () => {
    const token = { sub: 's', name: 'token' }
    const info = { sub: 's', name: 'userinfo', email: 'a@b' }
    assert.deepEqual(mergeClaims(token, info, 'id_token'), {
      sub: 's',
      name: 'token',
      email: 'a@b',
    })
    assert.deepEqual(mergeClaims(token, info, 'userinfo'), {
      sub: 's',
      name: 'userinfo',
      email: 'a@b',
    })
  })

  it('answers with the ID token apart and the claims merged by the precedence asked', async () => {
    provider.answer = { key: 'good', idToken: { name: 'token' }, userinfo: { name: 'userinfo' } }
    const byUserinfo = await client().complete(testCallback(provider), checks)
    assert.equal(byUserinfo.claims.name, 'userinfo')
    assert.equal(byUserinfo.idToken.name, 'token')
    const byToken = await client({ claimsPrecedence: 'id_token' }).complete(
      testCallback(provider),
      checks,
    )
    assert.equal(byToken.claims.name, 'token')
    assert.equal(byToken.claims.national_id, '1103702071561')
  })

  it("raises the caller's own errors", async () => {
    provider.answer = { key: 'evil' }
    await assert.rejects(client().complete(testCallback(provider), checks), Refused)
    provider.answer = { key: 'good' }
    const denied = testCallback(provider, { error: 'access_denied', code: '' })
    await assert.rejects(client().complete(denied, checks), { code: 'access_denied' })
    const withAnswer = client({
      errors: { unavailable: Unavailable, response: Refused, answer: Answered },
    })
    await assert.rejects(withAnswer.complete(denied, checks), Answered)
    const gone = client({
      provider: {
        issuer: 'http://127.0.0.1:9',
        clientId: 'c',
        clientSecret: 's',
        scopes: ['openid'],
        timeoutMs: 2000,
      },
    })
    await assert.rejects(gone.authorizationUrl(checks), Unavailable)
  })
})
