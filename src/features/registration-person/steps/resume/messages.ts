import { defineMessages } from '../../../../platform/i18n/index.js'
import { personText } from '../../messages.js'

const th = {
  ...personText.th,
  'resume.title': 'กลับมาทำคำขอต่อ',
  'resume.intro': 'เพื่อความปลอดภัย เราจะส่งรหัสยืนยันไปที่อีเมลที่ใช้ในคำขอ {email}',
  'resume.send': 'ส่งรหัสยืนยัน',
  'resume.invalid': 'ลิงก์นี้ใช้ไม่ได้ คำขออาจส่งไปแล้วหรือถูกแทนที่ด้วยคำขอใหม่',
}

const en: Record<keyof typeof th, string> = {
  ...personText.en,
  'resume.title': 'Continue your application',
  'resume.intro':
    'For your safety we will send a confirmation code to the e-mail address on the application, {email}.',
  'resume.send': 'Send the code',
  'resume.invalid':
    'This link no longer works. The application may have been sent already or replaced by a newer one.',
}

/** The texts of the resume step, with the journey's shared ones. */
export const resumeMessages = defineMessages({ th, en })
export type ResumeMessage = keyof typeof th
