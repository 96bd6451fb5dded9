import { defineMessages } from '../../platform/i18n/index.js'

const bilingualMail = {
  'mail.verifySubject': 'ลิงก์ยืนยันตัวตนด้วยแอปเป๋าตัง / Identity verification link',
  'mail.verifyBody':
    'เปิดลิงก์นี้บนโทรศัพท์ที่มีแอปเป๋าตังเพื่อยืนยันตัวตน (ใช้ได้ถึง {time}):\n{link}\n\nOpen this link on the phone that has Pao Tang to verify your identity (valid until {time}).',
  'mail.resultSubjectApproved': 'ลงทะเบียนผู้นำเข้าและส่งออกสำเร็จ / Registration approved',
  'mail.resultSubjectRefused': 'ผลการพิจารณาคำขอลงทะเบียน / Registration decision',
  'mail.resultBody':
    'ผลการพิจารณาคำขอเลขอ้างอิง {reference}: {outcome}\nเลขทะเบียน: {number}\nตรวจสอบใบรับรองผล: {link}\n\nDecision on application {reference}: {outcomeEn}\nVerify the receipt: {link}',
  'mail.resumeSubject': 'ลิงก์สำหรับกลับมาทำคำขอต่อ / Continue your application',
  'mail.resumeBody':
    'คำขอลงทะเบียนเลขอ้างอิง {reference} ถูกบันทึกไว้แล้ว เปิดลิงก์นี้เพื่อกลับมาทำต่อ (ต้องยืนยันอีเมลอีกครั้ง):\n{link}\n\nYour application {reference} is saved. Open this link to continue (you will confirm your e-mail again).',
}

const th = {
  ...bilingualMail,
  'start.title': 'ลงทะเบียนเป็นผู้นำเข้าและส่งออก (บุคคลธรรมดา)',
  'start.button': 'เริ่มลงทะเบียน',
  'yours.fromBank': 'ข้อมูลจากธนาคาร (แก้ไขไม่ได้)',
  'yours.fromBankHint': 'ธนาคารยืนยันข้อมูลเหล่านี้ตามบัตรประชาชน ถ้าไม่ถูกต้อง โปรดติดต่อสำนักทะเบียนหรือธนาคาร',
  'yours.name': 'ชื่อ-นามสกุล',
  'yours.nameEn': 'ชื่อ-นามสกุล (ภาษาอังกฤษ)',
  'yours.birthDate': 'วันเกิด',
  'yours.nationality': 'สัญชาติ',
  'yours.idAddress': 'ที่อยู่ตามบัตรประชาชน',
  'yours.nationalId': 'เลขประจำตัวประชาชน',
  'session.noApplication':
    'ไม่พบคำขอที่กำลังทำอยู่ในเบราว์เซอร์นี้ ถ้าท่านเริ่มไว้แล้ว ใช้ลิงก์ที่เราส่งทางอีเมลเพื่อกลับมาทำต่อ',
  'outcome.approved': 'อนุมัติ',
  'outcome.refused': 'ไม่ผ่านเงื่อนไข',
  'later.button': 'ส่งลิงก์ให้ฉันกลับมาทำต่อภายหลัง',
  'later.hint': 'ถ้าท่านออกไปโดยไม่กด เราจะส่งลิงก์ทางอีเมลให้เองเมื่อหมดเวลาใช้งาน',
  'later.title': 'เราส่งลิงก์ให้ท่านแล้ว',
  'later.body':
    'เราส่งลิงก์สำหรับกลับมาทำคำขอเลขอ้างอิง {reference} ต่อไปที่อีเมลของท่านแล้ว ข้อมูลที่ท่านบันทึกไว้ยังอยู่ครบ เมื่อกลับมา ท่านจะต้องยืนยันอีเมลอีกครั้ง',
  'later.continue': 'ทำต่อตอนนี้',
}

const en: Record<keyof typeof th, string> = {
  ...bilingualMail,
  'start.title': 'Register as an importer or exporter (individual)',
  'start.button': 'Start now',
  'yours.fromBank': 'From your bank (cannot be changed here)',
  'yours.fromBankHint':
    'Your bank verified these details from your ID card. If they are wrong, contact your civil registration office or your bank.',
  'yours.name': 'Name',
  'yours.nameEn': 'Name in English',
  'yours.birthDate': 'Date of birth',
  'yours.nationality': 'Nationality',
  'yours.idAddress': 'ID-card address',
  'yours.nationalId': 'National ID number',
  'session.noApplication':
    'There is no application in progress in this browser. If you started one, use the link we e-mailed you to continue.',
  'outcome.approved': 'approved',
  'outcome.refused': 'not approved',
  'later.button': 'Send me a link to continue later',
  'later.hint':
    'If you leave without asking, we e-mail you the link ourselves once your session has timed out.',
  'later.title': 'We have e-mailed you a link',
  'later.body':
    'We have sent a link to continue application {reference} to your e-mail address. Everything you saved is kept. When you come back, you will confirm your e-mail again.',
  'later.continue': 'Continue now',
}

/** The texts several steps of the person journey use; each step's catalogue adds its own. */
export const personText = { th, en }
export const personMessages = defineMessages(personText)
export type PersonMessage = keyof typeof th
