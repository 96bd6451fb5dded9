import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { crc16, parseTlv } from './emvco.js'
import { bahtText, parseBaht } from './money.js'
import { signCallback, verifyCallbackSignature } from './signature.js'
import { billPaymentPayload, parseBillPayment } from './thai-qr.js'

describe('Thai QR bill payment', () => {
  it('computes CRC-16/CCITT-FALSE as the standard check value says (123456789 → 29B1)', () => {
    assert.equal(crc16('123456789'), '29B1')
  })

  it('writes a one-time bill payment with tag 30, THB, the amount, TH and a CRC that reads back', () => {
    const bill = {
      billerId: '099400016480101',
      ref1: 'ABC123',
      ref2: '20291231',
      amountSatang: 120_000,
    }
    const payload = billPaymentPayload(bill)
    assert.ok(payload.startsWith('000201010212'))
    const fields = parseTlv(payload)
    assert.equal(fields?.get('53'), '764')
    assert.equal(fields?.get('54'), '1200.00')
    assert.equal(fields?.get('58'), 'TH')
    assert.equal(
      fields?.get('30'),
      '0016A000000677010112011509940001648010102' + '06ABC123' + '0308' + '20291231',
    )
    assert.deepEqual(parseBillPayment(payload), bill)
  })

  it('refuses a payload whose amount was changed after its CRC', () => {
    const payload = billPaymentPayload({
      billerId: '099400016480101',
      ref1: 'ABC123',
      ref2: '20291231',
      amountSatang: 120_000,
    })
    assert.equal(parseBillPayment(payload.replace('1200.00', '1000.00')), undefined)
  })

  it('keeps money in satang: baht text and back are exact for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (satang) => {
        assert.equal(parseBaht(bahtText(satang)), satang)
      }),
    )
    assert.equal(parseBaht('1200.5'), 120_050)
    assert.equal(parseBaht('12.345'), undefined)
  })

  it('verifies the callback signature over the exact raw body only', () => {
    const secret = 'a-shared-secret-of-the-bank-and-the-portal'
    const body = '{"amount":"1200.00"}'
    assert.ok(verifyCallbackSignature(secret, body, signCallback(secret, body)))
    assert.ok(!verifyCallbackSignature(secret, `${body} `, signCallback(secret, body)))
    assert.ok(!verifyCallbackSignature(secret, body, signCallback('another-secret', body)))
    assert.ok(!verifyCallbackSignature(secret, body, undefined))
  })
})
