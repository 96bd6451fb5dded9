import { defineMessages } from '../../platform/i18n/index.js'

export const promptPayMessages = defineMessages({
  th: {
    title: 'แอปธนาคาร: ชำระบิลด้วย QR (SIMULATOR)',
    lead: 'หน้านี้จำลองแอปธนาคารที่สแกน QR ชำระบิล เมื่อชำระ ธนาคารจำลองจะส่งการแจ้งผลที่ลงลายมือชื่อ (HMAC) ไปยังพอร์ทัลเหมือนธนาคารจริง ระบบจริงไม่มีหน้านี้',
    qrAlt: 'QR ที่สแกนได้ ชำระ {amount} บาท',
    biller: 'รหัสผู้รับชำระ (Biller ID)',
    ref1: 'รหัสอ้างอิง 1 (Ref1)',
    ref2: 'รหัสอ้างอิง 2 (Ref2)',
    amount: 'จำนวนเงิน (บาท)',
    pay: 'ชำระเงิน',
    fail: 'ชำระไม่สำเร็จ (ธนาคารปฏิเสธ)',
    twice: 'ชำระซ้ำสองครั้ง',
    invalid: 'QR นี้ไม่ใช่ QR ชำระบิลที่ถูกต้อง (โครงสร้างหรือ CRC ผิด)',
    back: 'กลับไปที่พอร์ทัล',
    'result.paid': 'ชำระแล้ว พอร์ทัลตอบรับ: {answer}',
    'result.twice': 'ชำระสองครั้ง พอร์ทัลตอบรับ: {answer}',
    'result.declined': 'ธนาคารปฏิเสธการชำระ ไม่มีการส่งแจ้งผลไปยังพอร์ทัล',
  },
  en: {
    title: 'Bank app: pay a bill by QR (SIMULATOR)',
    lead: 'This page stands for a bank’s app scanning a bill-payment QR. On payment the simulated bank sends its signed (HMAC) notification to the portal as a real bank does. The real service has no such page.',
    qrAlt: 'The scanned QR, paying {amount} baht',
    biller: 'Biller ID',
    ref1: 'Reference 1 (Ref1)',
    ref2: 'Reference 2 (Ref2)',
    amount: 'Amount (baht)',
    pay: 'Pay',
    fail: 'Fail (the bank declines)',
    twice: 'Pay twice',
    invalid: 'This is not a valid bill-payment QR (its structure or CRC is wrong)',
    back: 'Back to the portal',
    'result.paid': 'Paid. The portal answered: {answer}',
    'result.twice': 'Paid twice. The portal answered: {answer}',
    'result.declined': 'The bank declined the payment; nothing was sent to the portal.',
  },
})

export type PromptPayMessage = Parameters<ReturnType<typeof promptPayMessages>>[0]
