import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose'

/** How the provider answers the next token request; each test shapes it. */
export interface ProviderAnswer {
  key: 'good' | 'evil' | 'none'
  nonce?: string
  iss?: string
  exp?: number
  aud?: string
  /** Claims added to the ID token (besides nonce, acr, iss, sub, aud, iat, exp). */
  idToken?: Record<string, unknown>
  /** Claims userinfo answers besides sub and national_id. */
  userinfo?: Record<string, unknown>
}

export interface TestProvider {
  readonly issuer: string
  answer: ProviderAnswer
  close(): Promise<void>
}

/**
 * A minimal OpenID provider on a free local port whose answers each test shapes, to prove what
 * a relying party accepts and refuses (a forged key, an unsigned token, a foreign issuer…).
 */
export async function startTestProvider(): Promise<TestProvider> {
  const good = await generateKeyPair('EdDSA', { crv: 'Ed25519' })
  const goodKey: CryptoKey = good.privateKey
  const evilKey: CryptoKey = (await generateKeyPair('EdDSA', { crv: 'Ed25519' })).privateKey
  const publicJwk = { ...(await exportJWK(good.publicKey)), kid: 'k1', alg: 'EdDSA', use: 'sig' }
  let issuer = ''
  const provider = {
    get issuer() {
      return issuer
    },
    answer: { key: 'good' } as ProviderAnswer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', issuer)
    const answer = provider.answer
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
    if (url.pathname === '/me')
      return json({ sub: 'subject-1', national_id: '1103702071561', ...answer.userinfo })
    if (url.pathname === '/token') {
      const now = Math.floor(Date.now() / 1000)
      const claims = {
        ...answer.idToken,
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
  return provider
}

/** The callback URL a browser would bring back from the provider (code c-1, state s-1). */
export function testCallback(
  provider: TestProvider,
  params: Record<string, string> = {},
  base = 'http://localhost:3000/callback',
): URL {
  return new URL(
    `${base}?${new URLSearchParams({ code: 'c-1', state: 's-1', iss: provider.issuer, ...params })}`,
  )
}
