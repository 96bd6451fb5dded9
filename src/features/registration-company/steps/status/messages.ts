import { defineMessages } from '../../../../platform/i18n/index.js'
import { companyText } from '../../messages.js'

const th = {
  ...companyText.th,
  'status.title': 'สถานะคำขอ',
  'status.reference': 'เลขอ้างอิงคำขอ',
  'status.state': 'สถานะ',
  'status.resendTo': 'ส่งลิงก์ใหม่ให้',
  'status.resent': 'ส่งลิงก์ใหม่ให้ {name} แล้ว',
  'status.continue': 'กลับไปกรอกคำขอต่อ',
  'status.result': 'ดูผลการพิจารณา',
  'status.refresh': 'หน้านี้จะแสดงสถานะใหม่เองเมื่อกรรมการยืนยันตัวตน',
  'status.checkNow': 'ตรวจสอบตอนนี้',
  'status.registered': 'นิติบุคคลได้ลงทะเบียนแล้ว',
  'status.number': 'เลขทะเบียน',
}

const en: Record<keyof typeof th, string> = {
  ...companyText.en,
  'status.title': 'Application status',
  'status.reference': 'Application reference',
  'status.state': 'Status',
  'status.resendTo': 'Send a new link to',
  'status.resent': 'A new link was sent to {name}',
  'status.continue': 'Go back to the application',
  'status.result': 'See the decision',
  'status.refresh': 'This page updates itself as the directors verify.',
  'status.checkNow': 'Check now',
  'status.registered': 'The company is registered.',
  'status.number': 'Registration number',
}

/** The texts of the status page, with the journey's shared ones. */
export const statusMessages = defineMessages({ th, en })
export type StatusMessage = keyof typeof th
