import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { describeMailError, messageIdFor } from './mail.transport.js'

describe('mail transport', () => {
  it('derives the Message-ID from the outbox id alone', () => {
    const id = '01930000-0000-7000-8000-000000000123'
    assert.equal(messageIdFor(id), '<01930000-0000-7000-8000-000000000123@customs-trader-portal>')
    assert.equal(messageIdFor(id), messageIdFor(id))
  })

  it('describes an SMTP refusal without the addresses the server quoted', () => {
    const err = Object.assign(
      new Error(
        "Can't send mail - all recipients were rejected: 550 5.1.1 <somchai.j@example.co.th>: Recipient address rejected",
      ),
      {
        code: 'EENVELOPE',
        responseCode: 550,
      },
    )
    const text = describeMailError(err)
    assert.match(text, /^EENVELOPE 550: /)
    assert.match(text, /\[address\]/)
    assert.doesNotMatch(text, /somchai|example\.co\.th/)
  })

  it('removes national IDs and bounds the length', () => {
    assert.doesNotMatch(describeMailError(new Error('id 1103702071561 refused')), /1103702071561/)
    assert.ok(describeMailError(new Error('x'.repeat(5000))).length <= 500)
    assert.equal(describeMailError('plain'), 'plain')
  })
})
