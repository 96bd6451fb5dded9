import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ActivityBatch } from './activity.schema.js'
import { fieldErrorsOf, pointerOf } from './problem.js'

describe('problem field paths', () => {
  it('writes JSON Pointers with "~" and "/" escaped as RFC 6901 says', () => {
    assert.equal(pointerOf(['events', 3, 'a/b~c']), '/events/3/a~1b~0c')
    assert.equal(pointerOf([]), '')
  })

  it('points at each bad field of a batch, and at an unknown key by its own name', () => {
    const parsed = ActivityBatch.safeParse({
      events: [
        { registrationNumber: '123', declarationReference: 'A1234', declarationDate: '2025-02-30' },
        {
          registrationNumber: '1234567890123',
          declarationReference: 'A1235',
          declarationDate: '2025-01-01',
          x: 1,
        },
      ],
    })
    assert.equal(parsed.success, false)
    const errors = parsed.success ? [] : fieldErrorsOf(parsed.error)
    assert.deepEqual(errors.map((e) => e.pointer).sort(), [
      '/events/0/declarationDate',
      '/events/0/registrationNumber',
      '/events/1/x',
    ])
  })
})
