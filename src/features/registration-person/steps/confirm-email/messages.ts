import { defineMessages } from '../../../../platform/i18n/index.js'
import { personText } from '../../messages.js'

const th = {
  ...personText.th,
  'code.title': 'ยืนยันอีเมลของท่าน',
  'code.sent': 'เราส่งรหัส 6 หลักไปที่ {email} รหัสใช้ได้ 10 นาที',
  'code.label': 'รหัสยืนยัน',
  'code.button': 'ยืนยันอีเมล',
  'code.resend': 'ส่งรหัสใหม่',
  'code.resent': 'ส่งรหัสใหม่แล้ว',
  'code.changeEmail': 'เปลี่ยนอีเมล',
  'error.code.required': 'กรอกรหัสยืนยัน 6 หลัก',
  'error.code.format': 'รหัสยืนยันมี 6 หลัก',
  'error.code.wrong': 'รหัสยืนยันไม่ถูกต้อง เหลือโอกาสอีก {left} ครั้ง',
  'error.code.expired': 'รหัสยืนยันหมดอายุแล้ว กด "ส่งรหัสใหม่"',
  'error.code.locked': 'กรอกรหัสผิดหลายครั้งเกินไป กด "ส่งรหัสใหม่" เพื่อรับรหัสใหม่',
  'error.code.tooMany': 'ส่งรหัสมากเกินไปแล้ว โปรดรอสักครู่หรือโทร 1164',
}

const en: Record<keyof typeof th, string> = {
  ...personText.en,
  'code.title': 'Confirm your e-mail address',
  'code.sent': 'We sent a 6-digit code to {email}. It works for 10 minutes.',
  'code.label': 'Confirmation code',
  'code.button': 'Confirm e-mail',
  'code.resend': 'Send a new code',
  'code.resent': 'We have sent a new code',
  'code.changeEmail': 'Change e-mail address',
  'error.code.required': 'Enter the 6-digit code',
  'error.code.format': 'The code has 6 digits',
  'error.code.wrong': 'The code is not right. You have {left} more tries',
  'error.code.expired': 'The code has expired. Press "Send a new code"',
  'error.code.locked': 'Too many wrong codes. Press "Send a new code" to get a new one',
  'error.code.tooMany': 'Too many codes have been sent. Wait a while or call 1164',
}

/** The texts of the confirm-email step, with the journey's shared ones. */
export const confirmEmailMessages = defineMessages({ th, en })
export type ConfirmEmailMessage = keyof typeof th
