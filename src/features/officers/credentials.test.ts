import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  hashPassword,
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  totpCode,
  totpStep,
  verifyPassword,
} from './credentials.js'

describe('officer credentials', () => {
  it('hashes passwords with argon2id and the OWASP parameters', async () => {
    const hash = await hashPassword('ด่านศุลกากร ท่าเรือ 2568')
    assert.match(hash, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    assert.equal(await verifyPassword(hash, 'ด่านศุลกากร ท่าเรือ 2568'), true)
    assert.equal(await verifyPassword(hash, 'ด่านศุลกากร ท่าเรือ 2567'), false)
    assert.equal(await verifyPassword(null, 'anything'), false)
    assert.equal(await verifyPassword('not a hash', 'anything'), false)
  })

  it('accepts a TOTP code one step either side and names its step', () => {
    const secret = newTotpSecret()
    const now = 1_800_000_000_000
    const step = Math.floor(now / 30_000)
    assert.equal(totpStep(secret, totpCode(secret, now), now), step)
    assert.equal(totpStep(secret, totpCode(secret, now - 30_000), now), step - 1)
    assert.equal(totpStep(secret, totpCode(secret, now + 30_000), now), step + 1)
    assert.equal(totpStep(secret, totpCode(secret, now - 90_000), now), undefined)
    assert.equal(totpStep(secret, 'abcdef', now), undefined)
  })

  it('makes ten distinct recovery codes and reads them back however they are typed', () => {
    const codes = newRecoveryCodes()
    assert.equal(new Set(codes).size, 10)
    for (const c of codes) assert.match(c, /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/)
    const first = codes[0] ?? ''
    assert.equal(normaliseRecoveryCode(` ${first.toLowerCase()} `), first.replace(/-/g, ''))
    assert.equal(normaliseRecoveryCode('123456'), undefined)
  })
})
