// Test support: an officer at the SSO simulator's page, driven with fetch (cookies carried,
// redirects followed by hand), ending at the redirect back to the relying party.
import assert from 'node:assert/strict'
import { Phone } from '../ekyc/ekyc-simulator.test-support.js'

export { freePort } from '../ekyc/ekyc-simulator.test-support.js'

/** Opens the authorization URL, picks (or types) a staff number, and returns the callback URL. */
export async function signInAtSimulator(
  authorizationUrl: string,
  issuer: string,
  staffNumber: string,
  opts: { mfa?: boolean } = {},
): Promise<URL> {
  const browser = new Phone()
  const page = await browser.follow(await browser.request(authorizationUrl), issuer)
  assert.equal(page.status, 200, `expected the simulator's page, got ${page.status}`)
  const html = await page.text()
  assert.match(html, /SIMULATOR/)
  const token = /name="form_token" value="([^"]+)"/.exec(html)?.[1]
  assert.ok(token, 'the page carries a form token')
  const form: Record<string, string> = { form_token: token, typed: staffNumber }
  if (opts.mfa) form.mfa = 'yes'
  const posted = await browser.request(page.url, { form, origin: new URL(issuer).origin })
  const out = await browser.follow(posted, issuer)
  const location = out.headers.get('location')
  assert.ok(location, `expected a redirect to the portal, got ${out.status}`)
  return new URL(location)
}
