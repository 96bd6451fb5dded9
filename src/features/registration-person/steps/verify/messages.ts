import { defineMessages } from '../../../../platform/i18n/index.js'
import { personText } from '../../messages.js'

const th = {
  ...personText.th,
  'verify.title': 'ยืนยันตัวตน',
  'verify.intro':
    'ธนาคารกรุงไทยจะยืนยันตัวตนของท่านผ่านแอปเป๋าตัง และส่งชื่อ วันเกิด ที่อยู่ตามบัตร และสัญชาติมาให้เรา เมื่อท่านกดยินยอมในแอป ไม่มีการส่งภาพใบหน้าหรือข้อมูลชีวมิติมาที่กรมศุลกากร',
  'verify.start': 'ยืนยันตัวตนด้วยเป๋าตัง',
  'verify.changeId': 'แก้ไขเลขประจำตัวประชาชนที่กรอกไว้',
}

const en: Record<keyof typeof th, string> = {
  ...personText.en,
  'verify.title': 'Prove your identity',
  'verify.intro':
    'Krungthai Bank verifies who you are in the Pao Tang app and, when you agree in the app, sends us your name, birth date, ID-card address and nationality. No photo of your face or biometric data ever reaches the Customs Department.',
  'verify.start': 'Verify with Pao Tang',
  'verify.changeId': 'Change the national ID number you typed',
}

/** The texts of the verify step, with the journey's shared ones. */
export const verifyMessages = defineMessages({ th, en })
export type VerifyMessage = keyof typeof th
