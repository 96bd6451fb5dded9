import { defineMessages } from '../../platform/i18n/index.js'

// The status history of the person's registrations on "my data".
const th = {
  title: 'ประวัติสถานะทะเบียน',
  when: 'วันที่',
  status: 'สถานะ',
  reason: 'เหตุ',
  receipt: 'ใบรับรอง',
  view: 'ดูใบรับรอง',
  'reason.automatic-approval': 'อนุมัติการลงทะเบียนโดยอัตโนมัติ',
  'reason.inactivity': 'ระงับเพราะไม่มีการผ่านพิธีการศุลกากรตามระยะเวลาที่กำหนด',
  'reason.reactivation': 'กลับมาใช้งานด้วยตนเองหลังยืนยันตัวตน',
  'reason.cancellation': 'ยกเลิกตามคำขอของผู้ถือทะเบียน',
  'reason.refresh': 'ระงับเพราะข้อมูลใหม่จากแหล่งข้อมูลไม่เป็นไปตามกฎ',
}
const en: Record<keyof typeof th, string> = {
  title: 'Status history of your registrations',
  when: 'Date',
  status: 'Status',
  reason: 'Why',
  receipt: 'Receipt',
  view: 'See the receipt',
  'reason.automatic-approval': 'Registration approved automatically',
  'reason.inactivity': 'Suspended: no customs activity for the set period',
  'reason.reactivation': 'Reactivated by the registrant after verifying',
  'reason.cancellation': 'Cancelled at the registrant’s request',
  'reason.refresh': 'Suspended: the data refreshed from its source did not meet the rules',
}

export const statusHistoryMessages = defineMessages({ th, en })
