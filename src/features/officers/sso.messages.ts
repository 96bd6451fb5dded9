import { defineMessages } from '../../platform/i18n/index.js'

/** Officers' sign-in through the agency's single sign-on. */
export const ssoMessages = defineMessages({
  th: {
    title: 'เข้าสู่ระบบด้วยบัญชีเจ้าหน้าที่ของกรม',
    'refused.title': 'เข้าสู่ระบบไม่ได้',
    'refused.claim': 'ระบบยืนยันตัวตนของกรมไม่ได้ส่งเลขประจำตัวเจ้าหน้าที่มา',
    'refused.not_in_directory': 'ไม่พบเลขประจำตัวของท่านในทะเบียนเจ้าหน้าที่ โปรดติดต่อฝ่ายบุคคล',
    'refused.left': 'ทะเบียนเจ้าหน้าที่ระบุว่าท่านพ้นสภาพแล้ว',
    'refused.checks':
      'คำตอบจากระบบยืนยันตัวตนของกรมไม่ผ่านการตรวจสอบ หรือคำขอนี้หมดอายุแล้ว โปรดเริ่มเข้าสู่ระบบใหม่',
    unavailable: 'ระบบยืนยันตัวตนของกรมไม่ตอบสนองในขณะนี้ โปรดลองใหม่ภายหลัง',
    again: 'เข้าสู่ระบบอีกครั้ง',
    signedOut: 'ออกจากระบบแล้ว',
    'signIn.heading': 'มีบัญชีเจ้าหน้าที่ของกรม',
    'signIn.lead': 'เข้าสู่ระบบด้วยบัญชีเดียวกับที่ใช้ในระบบอื่นของกรม โดยไม่ต้องใช้รหัสผ่านของพอร์ทัล',
  },
  en: {
    title: "Sign in with the agency's officer account",
    'refused.title': 'You could not be signed in',
    'refused.claim': "The agency's sign-on did not send a staff number",
    'refused.not_in_directory':
      'Your staff number is not in the staff directory. Please contact human resources.',
    'refused.left': 'The staff directory says you have left the agency',
    'refused.checks':
      "The agency's sign-on answer failed its checks, or this request has expired. Please sign in again.",
    unavailable: "The agency's sign-on is not answering. Please try again later.",
    again: 'Sign in again',
    signedOut: 'You are signed out',
    'signIn.heading': 'Have an agency officer account?',
    'signIn.lead':
      "Sign in with the account you use for the agency's other systems, without the portal's own password.",
  },
})
