import { defineMessages } from '../../../../platform/i18n/index.js'
import { vocabulary } from '../../../../platform/i18n/vocabulary.js'
import { companyText } from '../../messages.js'

const th = {
  ...companyText.th,
  'contact.title': 'ผู้ติดต่อและสาขา',
  'contact.nameHint': 'ผู้ที่กรมศุลกากรติดต่อได้เรื่องทะเบียนนี้',
  'contact.emailHint': 'เราจะส่งรหัสยืนยัน 6 หลักไปที่อีเมลนี้ และส่งผลการพิจารณาไปที่นี่',
  'contact.phoneHint': 'โทรศัพท์มือถือ 10 หลัก เช่น 081 234 5678',
  'contact.branch': 'รหัสสาขา',
  'contact.branchHint': '5 หลัก สำนักงานใหญ่ใช้ 00000',
  'contact.button': 'ดำเนินการต่อ',
  'error.contactName.required': 'กรอกชื่อผู้ติดต่อ',
  'error.contactName.long': 'ชื่อผู้ติดต่อยาวได้ไม่เกิน 200 ตัวอักษร',
  'error.email.required': 'กรอกอีเมล',
  'error.email.format': vocabulary.th.emailFormat,
  'error.phone.required': 'กรอกหมายเลขโทรศัพท์',
  'error.phone.format': 'กรอกหมายเลขโทรศัพท์มือถือ 10 หลัก ขึ้นต้นด้วย 06 08 หรือ 09',
  'error.branch.required': 'กรอกรหัสสาขา (สำนักงานใหญ่ใช้ 00000)',
  'error.branch.format': 'รหัสสาขาต้องเป็นตัวเลข 5 หลัก เช่น 00000',
}

const en: Record<keyof typeof th, string> = {
  ...companyText.en,
  'contact.title': 'Contact and branch',
  'contact.nameHint': 'The person Customs may contact about this registration',
  'contact.emailHint': 'We will send a 6-digit code here, and the decision',
  'contact.phoneHint': '10-digit mobile number, for example 081 234 5678',
  'contact.branch': 'Branch code',
  'contact.branchHint': '5 digits; the head office is 00000',
  'contact.button': 'Continue',
  'error.contactName.required': 'Enter a contact name',
  'error.contactName.long': 'The contact name must be 200 characters or fewer',
  'error.email.required': 'Enter an e-mail address',
  'error.email.format': vocabulary.en.emailFormat,
  'error.phone.required': 'Enter a phone number',
  'error.phone.format': 'Enter a 10-digit mobile number starting 06, 08 or 09',
  'error.branch.required': 'Enter the branch code (the head office is 00000)',
  'error.branch.format': 'The branch code must be 5 digits, like 00000',
}

/** The texts of the contact step, with the journey's shared ones. */
export const contactMessages = defineMessages({ th, en })
export type ContactMessage = keyof typeof th
