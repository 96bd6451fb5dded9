// Test support: a relying party built with openid-client and a "phone" that drives the
// simulator's pages with plain fetch, following redirects by hand and carrying cookies.
import assert from 'node:assert/strict'
import { createServer } from 'node:net'
import * as client from 'openid-client'

export const CLIENT = {
  client_id: 'ctp-portal',
  client_secret: 'test-secret-0123456789',
  redirect_uris: ['http://127.0.0.1:39999/callback'],
}
export const ALL_SCOPES = 'openid national_id profile_th profile_en birthdate address nationality'

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

/** The portal's side: discovery over plain http, client_secret_post unless told otherwise. */
export async function relyingParty(
  issuer: string,
  auth?: client.ClientAuth,
): Promise<client.Configuration> {
  return client.discovery(new URL(issuer), CLIENT.client_id, CLIENT.client_secret, auth, {
    execute: [client.allowInsecureRequests],
  })
}

export interface Started {
  url: URL
  verifier: string
  state: string
  nonce: string
}

/** Builds an authorization request the way the portal does: code flow, PKCE S256, state, nonce. */
export async function authorizationRequest(
  config: client.Configuration,
  scope = ALL_SCOPES,
): Promise<Started> {
  const verifier = client.randomPKCECodeVerifier()
  const state = client.randomState()
  const nonce = client.randomNonce()
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: CLIENT.redirect_uris[0] ?? '',
    scope,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  })
  return { url, verifier, state, nonce }
}

/** A browser on the phone: a cookie jar and manual redirects. */
export class Phone {
  private readonly cookies = new Map<string, string>()

  async request(
    url: string | URL,
    init: { method?: string; form?: Record<string, string>; origin?: string } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = {}
    if (this.cookies.size)
      headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    if (init.origin) headers.origin = init.origin
    let body: string | undefined
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded'
      body = new URLSearchParams(init.form).toString()
    }
    const res = await fetch(url, {
      method: init.method ?? (body ? 'POST' : 'GET'),
      headers,
      body,
      redirect: 'manual',
    })
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';')
      const i = pair.indexOf('=')
      const [name, value] = [pair.slice(0, i).trim(), pair.slice(i + 1).trim()]
      const expired = attrs.some((a) => /expires=Thu, 01 Jan 1970/i.test(a))
      if (expired || value === '') this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
    return res
  }

  /** Follows redirects inside the simulator; returns the last response (a page, or a redirect out). */
  async follow(res: Response, issuer: string): Promise<Response> {
    let current = res
    for (let hops = 0; hops < 10; hops++) {
      const location = current.headers.get('location')
      if (current.status < 300 || current.status >= 400 || location === null) return current
      const next = new URL(location, issuer)
      if (next.origin !== new URL(issuer).origin) return current
      await current.arrayBuffer()
      current = await this.request(next)
    }
    throw new Error('too many redirects')
  }

  /** Opens the authorization URL and lands on the phone page. */
  async open(url: URL, issuer: string): Promise<{ pageUrl: URL; html: string }> {
    const res = await this.follow(await this.request(url), issuer)
    assert.equal(
      res.status,
      200,
      `expected the phone page, got ${res.status} ${res.headers.get('location') ?? ''}`,
    )
    return { pageUrl: new URL(res.url), html: await res.text() }
  }

  /** Submits the phone page's form with the given choices. */
  async submit(
    pageUrl: URL,
    html: string,
    choices: { national_id?: string; person?: string; outcome?: string },
  ): Promise<Response> {
    const token = /name="form_token" value="([^"]+)"/.exec(html)?.[1]
    assert.ok(token, 'the page carries a form token')
    // As a browser would: the radio buttons checked by default are sent unless changed.
    const person = /name="person" value="(\d{13})" checked/.exec(html)?.[1] ?? ''
    const form = { form_token: token, national_id: '', person, outcome: 'approve', ...choices }
    // Browsers send the page's origin with a form post; the simulator checks it.
    return this.request(pageUrl, { form, origin: pageUrl.origin })
  }
}

/** The callback URL the simulator finally redirects to (outside its own origin). */
export function callbackUrl(res: Response): URL {
  const location = res.headers.get('location')
  assert.ok(location, `expected a redirect to the relying party, got ${res.status}`)
  const url = new URL(location)
  assert.equal(`${url.origin}${url.pathname}`, CLIENT.redirect_uris[0])
  return url
}

/** Exchanges the code as the portal does, validating state, nonce, PKCE and the ID token. */
export async function exchange(config: client.Configuration, started: Started, callback: URL) {
  const tokens = await client.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier: started.verifier,
    expectedState: started.state,
    expectedNonce: started.nonce,
    idTokenExpected: true,
  })
  const claims = tokens.claims()
  assert.ok(claims)
  const userinfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub)
  return { tokens, claims, userinfo }
}
