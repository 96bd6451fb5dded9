import { parseTlv, tlv, withCrc } from './emvco.js'
import { bahtText, parseBaht } from './money.js'

// Thai QR Code payment standard, bill payment (the "PromptPay bill payment" of the banks):
// merchant account tag 30 with the bill payment AID, the biller ID (tax ID + 2-digit suffix),
// Ref1 and Ref2; currency 764 (THB), the amount, country TH, CRC.

export const BILL_PAYMENT_AID = 'A000000677010112'

/** What a bill-payment QR carries. */
export interface BillPaymentQr {
  billerId: string
  ref1: string
  ref2: string
  amountSatang: number
}

const BILLER_ID = /^\d{15}$/
const REF = /^[0-9A-Z]{1,20}$/

/** The QR payload text of a one-time (dynamic) bill payment. */
export function billPaymentPayload(bill: BillPaymentQr): string {
  if (!BILLER_ID.test(bill.billerId)) throw new RangeError('a biller ID is 15 digits')
  if (!REF.test(bill.ref1) || !REF.test(bill.ref2))
    throw new RangeError('Ref1 and Ref2 are up to 20 digits or capital letters')
  const account =
    tlv('00', BILL_PAYMENT_AID) +
    tlv('01', bill.billerId) +
    tlv('02', bill.ref1) +
    tlv('03', bill.ref2)
  return withCrc(
    tlv('00', '01') +
      tlv('01', '12') +
      tlv('30', account) +
      tlv('53', '764') +
      tlv('54', bahtText(bill.amountSatang)) +
      tlv('58', 'TH'),
  )
}

/** A bill payment read back from its payload (a bank's app does this); undefined if not one. */
export function parseBillPayment(payload: string): BillPaymentQr | undefined {
  const fields = parseTlv(payload)
  const account = fields?.get('30')
  if (!fields || !account || fields.get('53') !== '764') return undefined
  const sub = parseTlv(account, false)
  const amount = parseBaht(fields.get('54') ?? '')
  const billerId = sub?.get('01')
  const ref1 = sub?.get('02')
  const ref2 = sub?.get('03') ?? ''
  if (sub?.get('00') !== BILL_PAYMENT_AID || !billerId || !ref1 || amount === undefined)
    return undefined
  return { billerId, ref1, ref2, amountSatang: amount }
}
