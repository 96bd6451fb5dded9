import { defineMessages } from '../../../../platform/i18n/index.js'
import { companyText } from '../../messages.js'

const th = {
  ...companyText.th,
  'start.who':
    'บริการนี้สำหรับกรรมการของนิติบุคคลที่จดทะเบียนกับกรมพัฒนาธุรกิจการค้า (DBD) ไม่ต้องส่งเอกสาร ระบบอ่านข้อมูลบริษัทจาก DBD และยืนยันตัวตนกรรมการผ่านแอปเป๋าตัง',
  'start.needTitle': 'ก่อนเริ่ม โปรดเตรียม',
  'start.needId': 'เลขทะเบียนนิติบุคคล 13 หลัก',
  'start.needApp': 'โทรศัพท์ที่มีแอปเป๋าตังของท่าน (ท่านต้องเป็นกรรมการตามข้อมูล DBD)',
  'start.needDirectors':
    'อีเมลของกรรมการคนอื่นที่ต้องลงนามร่วมตามอำนาจกรรมการ แต่ละคนยืนยันตัวตนบนโทรศัพท์ของตนเองภายใน 72 ชั่วโมง',
  'start.needContact': 'ชื่อผู้ติดต่อ อีเมล และหมายเลขโทรศัพท์ของบริษัท',
  'start.time':
    'ใช้เวลาประมาณ 10 นาทีสำหรับท่าน ระบบพิจารณาโดยอัตโนมัติตามกฎที่เผยแพร่ทันทีที่กรรมการครบ ไม่มีเจ้าหน้าที่อนุมัติหรือปฏิเสธ',
  'start.rules': 'ดูกฎการพิจารณาสำหรับนิติบุคคล',
  'start.acceptLegend': 'ข้อกำหนดและเงื่อนไข',
  'start.readTerms': 'อ่านข้อกำหนดและเงื่อนไข ฉบับที่ {version}',
  'start.readPrivacy': 'อ่านประกาศความเป็นส่วนตัว ฉบับที่ {version}',
  'start.accept': 'ข้าพเจ้าได้อ่านและยอมรับข้อกำหนดและเงื่อนไข และรับทราบประกาศความเป็นส่วนตัว',
  'start.button': 'เริ่มลงทะเบียนนิติบุคคล',
  'error.acceptRequired': 'โปรดยอมรับข้อกำหนดและเงื่อนไขก่อนเริ่ม',
}

const en: Record<keyof typeof th, string> = {
  ...companyText.en,
  'start.who':
    'For directors of a juristic person registered with the Department of Business Development (DBD). No documents: the portal reads the company from DBD and verifies directors through the Pao Tang app.',
  'start.needTitle': 'Before you start, have ready',
  'start.needId': 'the 13-digit juristic ID',
  'start.needApp': 'your phone with Pao Tang (you must be a director listed at DBD)',
  'start.needDirectors':
    'the e-mail addresses of the other directors who must sign with you; each verifies on their own phone within 72 hours',
  'start.needContact': 'a contact name, e-mail address and phone number for the company',
  'start.time':
    'About 10 minutes for you. The decision is automatic, on published rules, as soon as the directors have verified: no officer approves or refuses.',
  'start.rules': 'See the rules for companies',
  'start.acceptLegend': 'Terms and conditions',
  'start.readTerms': 'Read the terms and conditions, version {version}',
  'start.readPrivacy': 'Read the privacy notice, version {version}',
  'start.accept': 'I have read and accept the terms and conditions and the privacy notice',
  'start.button': 'Start the company registration',
  'error.acceptRequired': 'Accept the terms and conditions to start',
}

/** The texts of the start page, with the journey's shared ones. */
export const startMessages = defineMessages({ th, en })
export type StartMessage = keyof typeof th
