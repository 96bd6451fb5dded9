import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { StaffSsoConfig } from '../../config.js'
import {
  startTestProvider,
  testCallback,
  type TestProvider,
} from '../../platform/oidc/test-support/provider.js'
import { createStaffRelyingParty } from './sso-relying-party.js'

// The agency-SSO simulator's ID token and userinfo agree; this provider lets them disagree.
let provider: TestProvider
before(async () => {
  provider = await startTestProvider()
})
after(() => provider.close())

const rp = (over: Partial<StaffSsoConfig> = {}) => {
  const sso: StaffSsoConfig = {
    issuer: provider.issuer,
    clientId: 'client-1',
    clientSecret: 'secret',
    scopes: ['openid', 'staff'],
    staffNumberClaim: 'staff_number',
    trustAmr: false,
    mfaAmr: ['otp'],
    simulatorPort: undefined,
    timeoutMs: 2000,
    ...over,
  }
  return createStaffRelyingParty(sso, 'http://localhost:3000/officer/sso/callback')
}
const checks = { state: 's-1', nonce: 'n-1', verifier: 'v'.repeat(43) }

describe("the officers' relying party reads the SSO's answer", () => {
  it("lets the signed ID token's word stand where userinfo names the same claim", async () => {
    provider.answer = {
      key: 'good',
      idToken: { staff_number: 'S-TOKEN', amr: ['pwd', 'otp', 7] },
      userinfo: { staff_number: 'S-USERINFO', email: 'officer@example.go.th' },
    }
    const identity = await rp().complete(testCallback(provider), checks)
    assert.equal(identity.claims.staff_number, 'S-TOKEN')
    assert.equal(
      identity.claims.email,
      'officer@example.go.th',
      'userinfo fills what the token lacks',
    )
    assert.deepEqual(identity.amr, ['pwd', 'otp'], 'amr: the strings of the ID token')
    assert.equal(identity.subject, 'subject-1')
  })

  it("refuses the SSO's error answer with the SSO's code", async () => {
    provider.answer = { key: 'good' }
    await assert.rejects(
      rp().complete(testCallback(provider, { error: 'access_denied', code: '' }), checks),
      { name: 'SsoResponseError', code: 'access_denied' },
    )
  })

  it('reports an unreachable SSO as unavailable', async () => {
    await assert.rejects(rp({ issuer: 'http://127.0.0.1:9' }).authorizationUrl(checks), {
      name: 'SsoUnavailableError',
    })
  })
})
