import { defineMessages } from '../../platform/i18n/index.js'

// The changes a person made to their registrations, on "my data".
const th = {
  title: 'การเปลี่ยนแปลงข้อมูลทะเบียน',
  when: 'วันที่',
  what: 'เรื่อง',
  detail: 'รายละเอียด',
  'field.email': 'เปลี่ยนอีเมล',
  'field.mobile': 'เปลี่ยนเบอร์มือถือ',
  'field.mailing_address': 'เปลี่ยนที่อยู่สำหรับจัดส่งเอกสาร',
  'refresh.bank': 'ปรับปรุงข้อมูลจากธนาคาร',
  'refresh.dbd': 'ปรับปรุงข้อมูลจาก DBD',
  'outcome.approved': 'เป็นไปตามกฎ',
  'outcome.refused': 'ไม่เป็นไปตามกฎ ทะเบียนถูกระงับ',
  address: 'ที่อยู่',
  receipt: 'ดูใบรับรอง',
}
const en: Record<keyof typeof th, string> = {
  title: 'Changes to your registrations',
  when: 'Date',
  what: 'Change',
  detail: 'Detail',
  'field.email': 'E-mail changed',
  'field.mobile': 'Mobile number changed',
  'field.mailing_address': 'Mailing address changed',
  'refresh.bank': 'Updated from the bank',
  'refresh.dbd': 'Updated from DBD',
  'outcome.approved': 'Meets the rules',
  'outcome.refused': 'Does not meet the rules: suspended',
  address: 'an address',
  receipt: 'See the receipt',
}

export const registrationChangesMessages = defineMessages({ th, en })
