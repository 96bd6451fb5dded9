import { defineMessages } from '../../../../platform/i18n/index.js'
import { personText } from '../../messages.js'

const th = {
  ...personText.th,
  'check.title': 'ตรวจสอบข้อมูลก่อนส่ง',
  'check.change': 'แก้ไข',
  'check.changeHidden': '{field}',
  'check.declaration': 'เมื่อกดส่ง ท่านยืนยันว่าข้อมูลถูกต้องและเป็นจริง ระบบจะพิจารณาทันทีตามกฎฉบับ {version}',
  'check.submit': 'ส่งคำขอลงทะเบียน',
  'check.contact': 'ข้อมูลติดต่อ',
  'step.details': 'ข้อมูลของท่าน',
  'step.email': 'อีเมล',
  'step.mobile': 'โทรศัพท์มือถือ',
  'step.mailing': 'ที่อยู่สำหรับจัดส่งเอกสาร',
}

const en: Record<keyof typeof th, string> = {
  ...personText.en,
  'check.title': 'Check your answers before sending',
  'check.change': 'Change',
  'check.changeHidden': '{field}',
  'check.declaration':
    'By sending, you confirm that your answers are true and correct. The decision is made at once under rule set version {version}.',
  'check.submit': 'Send application',
  'check.contact': 'Contact details',
  'step.details': 'Your details',
  'step.email': 'E-mail',
  'step.mobile': 'Mobile phone',
  'step.mailing': 'Mailing address',
}

/** The texts of the check step, with the journey's shared ones. */
export const checkMessages = defineMessages({ th, en })
export type CheckMessage = keyof typeof th
