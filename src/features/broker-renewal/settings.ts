import { z } from 'zod'
import { defineSetting } from '../settings/index.js'

// The renewal's fee and grace period, as settings: a changed fee or grace is an officer's
// edit, audited with its reason, not a release.

export const renewalFeeBaht = defineSetting({
  key: 'brokers.renewal.fee_baht',
  schema: z.int().min(1).max(100_000),
  default: 1200,
  label: {
    th: 'ค่าธรรมเนียมต่ออายุทะเบียนตัวแทนออกของ (บาท)',
    en: 'Customs broker registration renewal fee (baht)',
  },
  help: {
    th: 'ใช้กับใบแจ้งชำระที่ออกหลังการแก้ไข ใบแจ้งชำระที่ออกแล้วคงยอดเดิม',
    en: 'Applies to bills issued after the change; bills already issued keep their amount.',
  },
})

export const renewalGraceDays = defineSetting({
  key: 'brokers.renewal.grace_days',
  schema: z.int().min(0).max(90),
  default: 15,
  label: {
    th: 'ระยะผ่อนผันการชำระค่าต่ออายุหลังวันสิ้นอายุ (วัน)',
    en: 'Days after the end date a renewal fee paid late still renews',
  },
  help: {
    th: 'ชำระตามใบแจ้งที่ออกก่อนวันสิ้นอายุภายในระยะนี้ ทะเบียนต่ออายุจากวันสิ้นอายุเดิม หลังจากนั้นคืนเงิน',
    en: 'A bill issued before the end date and paid within this period renews from the old end date; later payments are refunded.',
  },
})
