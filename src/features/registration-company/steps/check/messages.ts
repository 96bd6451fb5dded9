import { defineMessages } from '../../../../platform/i18n/index.js'
import { companyText } from '../../messages.js'

const th = {
  ...companyText.th,
  'check.title': 'ตรวจสอบข้อมูลก่อนยื่นคำขอ',
  'check.contact': 'ผู้ติดต่อ',
  'check.branch': 'รหัสสาขา',
  'check.change': 'แก้ไข',
  'check.waiting':
    'ยังรอกรรมการ {count} คนยืนยันตัวตน ท่านยื่นคำขอได้เลย ระบบจะพิจารณาโดยอัตโนมัติทันทีที่กรรมการครบ และแจ้งผลทางอีเมล',
  'check.declaration':
    'เมื่อยื่นคำขอ ระบบจะพิจารณาตามกฎฉบับที่ {version} โดยอัตโนมัติ ผลจะแจ้งทันทีพร้อมใบรับรองผลที่ตรวจสอบได้',
  'check.button': 'ยื่นคำขอ',
}

const en: Record<keyof typeof th, string> = {
  ...companyText.en,
  'check.title': 'Check your answers before applying',
  'check.contact': 'Contact',
  'check.branch': 'Branch code',
  'check.change': 'Change',
  'check.waiting':
    '{count} director(s) have not verified yet. You can apply now: the decision is made automatically as soon as they have, and e-mailed to you.',
  'check.declaration':
    'When you apply, the portal decides automatically on rule set {version} and shows the result at once with a receipt anyone can verify.',
  'check.button': 'Apply',
}

/** The texts of check your answers, with the journey's shared ones. */
export const checkMessages = defineMessages({ th, en })
export type CheckMessage = keyof typeof th
