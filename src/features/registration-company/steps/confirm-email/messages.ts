import { defineMessages } from '../../../../platform/i18n/index.js'
import { companyText } from '../../messages.js'

const th = {
  ...companyText.th,
  'code.title': 'ยืนยันอีเมลของบริษัท',
  'code.sent': 'เราส่งรหัส 6 หลักไปที่ {email} รหัสใช้ได้ 10 นาที',
  'code.label': 'รหัสยืนยัน',
  'code.button': 'ยืนยันอีเมล',
  'code.resend': 'ส่งรหัสใหม่',
  'code.resent': 'ส่งรหัสใหม่แล้ว',
  'code.changeEmail': 'แก้ไขอีเมล',
  'error.code.required': 'กรอกรหัสยืนยัน 6 หลัก',
  'error.code.format': 'รหัสยืนยันต้องเป็นตัวเลข 6 หลัก',
  'error.code.wrong': 'รหัสไม่ถูกต้อง เหลือโอกาสอีก {left} ครั้ง',
  'error.code.expired': 'รหัสหมดอายุแล้ว กด "ส่งรหัสใหม่"',
  'error.code.locked': 'กรอกรหัสผิดหลายครั้งเกินไป กด "ส่งรหัสใหม่" เพื่อรับรหัสใหม่',
  'error.code.tooMany': 'ส่งรหัสหลายครั้งเกินไปสำหรับคำขอนี้ โปรดโทร 1164',
}

const en: Record<keyof typeof th, string> = {
  ...companyText.en,
  'code.title': 'Confirm the company e-mail address',
  'code.sent': 'We sent a 6-digit code to {email}. It works for 10 minutes.',
  'code.label': 'Confirmation code',
  'code.button': 'Confirm e-mail address',
  'code.resend': 'Send a new code',
  'code.resent': 'A new code has been sent',
  'code.changeEmail': 'Change the e-mail address',
  'error.code.required': 'Enter the 6-digit code',
  'error.code.format': 'The code must be 6 digits',
  'error.code.wrong': 'The code is not right. {left} attempt(s) left',
  'error.code.expired': 'The code has expired. Choose "Send a new code"',
  'error.code.locked': 'Too many wrong codes. Choose "Send a new code" to get a new one',
  'error.code.tooMany': 'Too many codes were sent for this application. Call 1164',
}

/** The texts of the company e-mail's code, with the journey's shared ones. */
export const confirmEmailMessages = defineMessages({ th, en })
export type ConfirmEmailMessage = keyof typeof th
