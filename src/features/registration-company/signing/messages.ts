import { defineMessages } from '../../../platform/i18n/index.js'
import { vocabulary } from '../../../platform/i18n/vocabulary.js'

// E-mails go out in both languages at once (Thai first), so their texts are written once.
const bilingualMail = {
  'mail.inviteSubject':
    'โปรดยืนยันตัวตนในฐานะกรรมการของ {company} / Please confirm as a director of {company}',
  'mail.inviteBody':
    'เรียน {director}\n\nมีการยื่นคำขอลงทะเบียน {company} (เลขทะเบียนนิติบุคคล {juristicId}) เป็นผู้นำเข้าและส่งออกกับกรมศุลกากร เลขอ้างอิง {reference} และระบุให้ท่านเป็นกรรมการผู้ลงนาม\nเปิดลิงก์นี้บนโทรศัพท์ที่มีแอปเป๋าตังเพื่อดูรายละเอียดและยืนยันตัวตน (ใช้ได้ถึง {time}):\n{link}\nถ้าท่านไม่ทราบเรื่องนี้ ไม่ต้องทำอะไร และโปรดแจ้ง 1164\n\nAn application {reference} to register {company} (juristic ID {juristicId}) as an importer and exporter with Thai Customs names you as a signing director. Open this link on the phone that has Pao Tang to see the details and confirm your identity (valid until {time}). If you know nothing of this, do nothing and call 1164.',
  'mail.authoritySubject':
    'โปรดยืนยันการมอบอำนาจของ {company} / Please confirm a grant of authority by {company}',
  'mail.authorityBody':
    'เรียน {director}\n\nกรรมการของ {company} (เลขทะเบียนนิติบุคคล {juristicId}) เริ่มมอบอำนาจให้บุคคลหนึ่งดำเนินการทางศุลกากรแทนบริษัท (เลขอ้างอิง {reference}) และต้องให้ท่านลงนามร่วมตามอำนาจกรรมการ\nเปิดลิงก์นี้บนโทรศัพท์ที่มีแอปเป๋าตังเพื่อดูรายละเอียดและยืนยันตัวตน (ใช้ได้ถึง {time}):\n{link}\nถ้าท่านไม่ทราบเรื่องนี้ ไม่ต้องทำอะไร และโปรดแจ้ง 1164\n\nA director of {company} (juristic ID {juristicId}) has started to grant a person authority to act in customs matters for the company (reference {reference}), and the signing authority needs you to sign too. Open this link on the phone that has Pao Tang to see the details and confirm your identity (valid until {time}). If you know nothing of this, do nothing and call 1164.',
  'mail.reminderSubject':
    'เตือน: ยังรอการยืนยันตัวตนของท่านสำหรับ {company} / Reminder: {company} is waiting for you',
}

const th = {
  ...bilingualMail,
  'clause.any': 'กรรมการ {count} คนลงลายมือชื่อ{together}',
  'clause.together': 'ร่วมกัน',
  'clause.named': '{count} คนจาก: {names}',
  'clause.namedPlus': '{name} ลงลายมือชื่อร่วมกับกรรมการอื่นอีก {count} คน',
  'clause.seal': ' และประทับตราสำคัญ (ทางออนไลน์ การยืนยันตัวตนของกรรมการผู้ลงนามแทนการประทับตรา)',
  'clause.unparseable': 'ระบบอ่านข้อความนี้โดยอัตโนมัติไม่ได้',
  'signers.title': 'กรรมการผู้ลงนาม',
  'signers.you': 'ท่านยืนยันตัวตนแล้วในฐานะ {name}',
  'signers.clause': 'อำนาจกรรมการ: {words}',
  'signers.legend': 'เลือกกรรมการที่จะลงนามร่วมกับท่าน',
  'signers.hint': 'เลือกให้ครบตามอำนาจกรรมการ กรรมการแต่ละคนจะได้รับอีเมลพร้อมลิงก์ยืนยันตัวตนที่ใช้ได้ 72 ชั่วโมง',
  'signers.noneNeeded': 'ท่านลงนามได้เพียงคนเดียวตามอำนาจกรรมการ ไม่ต้องเลือกกรรมการคนอื่น',
  'signers.email': 'อีเมลของ {name}',
  'signers.button': 'บันทึกและส่งลิงก์ให้กรรมการ',
  'signers.buttonAlone': 'ดำเนินการต่อ',
  'error.signers.notEnough': 'กรรมการที่เลือกยังไม่ครบตามอำนาจกรรมการ ({words}) โปรดเลือกเพิ่ม',
  'error.signers.emailRequired': 'กรอกอีเมลของกรรมการที่เลือก',
  'error.signers.emailFormat': vocabulary.th.emailFormat,
  'error.signers.inProgress':
    'มีคำขอของนิติบุคคลนี้อีกคำขอหนึ่งเพิ่งเริ่มโดยกรรมการคนอื่น ระบบรับได้เพียงคำขอเดียว โปรดติดต่อกรรมการผู้นั้น',
}

const en: Record<keyof typeof th, string> = {
  ...bilingualMail,
  'clause.any': '{count} director(s) sign{together}',
  'clause.together': ' together',
  'clause.named': '{count} of: {names}',
  'clause.namedPlus': '{name} signs together with {count} other director(s)',
  'clause.seal':
    ', with the company seal (online, the verified consent of each signing director stands for the seal)',
  'clause.unparseable': 'The portal cannot read this text automatically',
  'signers.title': 'Signing directors',
  'signers.you': 'You have verified as {name}',
  'signers.clause': 'Signing authority: {words}',
  'signers.legend': 'Choose the directors who sign with you',
  'signers.hint':
    'Choose enough directors for the signing authority. Each gets an e-mail with a verification link valid for 72 hours.',
  'signers.noneNeeded':
    'Under the signing authority you can sign alone: no other director is needed.',
  'signers.email': 'E-mail address of {name}',
  'signers.button': 'Save and send the links',
  'signers.buttonAlone': 'Continue',
  'error.signers.notEnough':
    'The chosen directors are not enough for the signing authority ({words}). Choose more.',
  'error.signers.emailRequired': 'Enter the e-mail address of the chosen director',
  'error.signers.emailFormat': vocabulary.en.emailFormat,
  'error.signers.inProgress':
    'Another director has just started an application for this company, and there can be only one. Please contact that director.',
}

/** The texts of directors' signing (registrations and grants): the clause, the choice, the invitations. */
export const signingMessages = defineMessages({ th, en })
export type SigningMessage = keyof typeof th
