import { defineMessages } from '../../../../platform/i18n/index.js'
import { personText } from '../../messages.js'

const th = {
  ...personText.th,
  'start.who': 'บริการนี้สำหรับผู้มีสัญชาติไทยที่นำเข้าหรือส่งออกสินค้าในนามของตนเอง',
  'start.needTitle': 'ก่อนเริ่ม โปรดเตรียม',
  'start.needId': 'เลขประจำตัวประชาชน 13 หลัก',
  'start.needApp': 'โทรศัพท์ที่มีแอปเป๋าตังซึ่งยืนยันตัวตนแล้ว',
  'start.needEmail': 'อีเมลที่เปิดอ่านได้ตอนนี้ (เราจะส่งรหัสยืนยัน)',
  'start.needMobile': 'หมายเลขโทรศัพท์มือถือ',
  'start.time': 'ใช้เวลาประมาณ 5 นาที ระบบบันทึกข้อมูลให้ทุกขั้นตอน และส่งลิงก์ให้กลับมาทำต่อทางอีเมล',
  'start.decision': 'ระบบพิจารณาโดยอัตโนมัติตามกฎที่เผยแพร่ และแจ้งผลทันทีพร้อมใบรับรองผลที่ตรวจสอบได้',
  'start.rules': 'ดูกฎการพิจารณา',
  'start.acceptLegend': 'ข้อกำหนดและเงื่อนไข',
  'start.readTerms': 'อ่านข้อกำหนดและเงื่อนไข ฉบับที่ {version}',
  'start.readPrivacy': 'อ่านประกาศความเป็นส่วนตัว ฉบับที่ {version}',
  'start.accept': 'ข้าพเจ้าได้อ่านและยอมรับข้อกำหนดและเงื่อนไข และรับทราบประกาศความเป็นส่วนตัว',
  'start.signIn': 'ลงทะเบียนแล้ว? ตรวจสอบสถานะทะเบียน',
  'error.acceptRequired': 'โปรดยอมรับข้อกำหนดและเงื่อนไขก่อนเริ่ม',
}

const en: Record<keyof typeof th, string> = {
  ...personText.en,
  'start.who': 'This service is for Thai nationals who import or export goods in their own name.',
  'start.needTitle': 'Before you start, have ready',
  'start.needId': 'your 13-digit national ID number',
  'start.needApp': 'a phone with the Pao Tang app, identity verified',
  'start.needEmail': 'an e-mail address you can open now (we send a code)',
  'start.needMobile': 'your mobile phone number',
  'start.time':
    'It takes about 5 minutes. Every step is saved, and we e-mail you a link to come back.',
  'start.decision':
    'The decision is automatic, by published rules, and you get it at once with a receipt anyone can verify.',
  'start.rules': 'See the decision rules',
  'start.acceptLegend': 'Terms and Conditions',
  'start.readTerms': 'Read the Terms and Conditions, version {version}',
  'start.readPrivacy': 'Read the privacy notice, version {version}',
  'start.accept':
    'I have read and accept the Terms and Conditions, and I have read the privacy notice',
  'start.signIn': 'Already registered? Check your registration',
  'error.acceptRequired': 'Accept the Terms and Conditions to start',
}

/** The texts of the start step, with the journey's shared ones. */
export const startMessages = defineMessages({ th, en })
export type StartMessage = keyof typeof th
